package io.ccsim.loadgen.report;

import io.ccsim.loadgen.IntervalListener;
import io.ccsim.loadgen.IntervalRow;
import io.ccsim.loadgen.measure.Meter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramLogWriter;

/**
 * Writes {@code intervals.csv} and {@code latency.hlog} while the run goes on (so memory stays flat
 * however long it runs), into hidden temporary files (inside the report folder when it exists, else beside
 * it) that {@link LoadReport#write} moves into place at the end with the rest of the report, as one set.
 *
 * <p>The HdrHistogram log holds, per interval and channel, three tagged histograms of nanoseconds:
 * {@code latency.<channel>}, {@code service.<channel>} and {@code lag.<channel>}, and for a SIP target's
 * channel also {@code ringing.<channel>} and {@code answer.<channel>} (from the intended start); HdrHistogram's
 * HistogramLogProcessor and plotting tools read it.
 */
public final class IntervalLog implements IntervalListener, AutoCloseable {
  public static final String CSV = "intervals.csv";
  public static final String HLOG = "latency.hlog";

  private final Path directory;
  private final Path csvTemporary;
  private final Path hlogTemporary;
  private final BufferedWriter csv;
  private final OutputStream hlogStream;
  private final HistogramLogWriter hlog;
  private final String comment;
  private boolean closed;

  /** Opens the temporary files for the report folder {@code directory}, which is not created here. */
  public IntervalLog(Path directory, String comment) throws IOException {
    Path target = directory.toAbsolutePath().normalize();
    this.directory = Files.isDirectory(target) ? target : target.getParent();
    this.comment = comment;
    Files.createDirectories(this.directory);
    // Not Files.createTempFile, whose files are private to the owner: reports are meant to be shared.
    csvTemporary = temporary(this.directory, CSV);
    hlogTemporary = temporary(this.directory, HLOG);
    csv = Files.newBufferedWriter(csvTemporary, StandardCharsets.UTF_8);
    hlogStream = Files.newOutputStream(hlogTemporary);
    hlog = new HistogramLogWriter(new PrintStream(hlogStream, false, StandardCharsets.UTF_8));
  }

  private static Path temporary(Path directory, String name) {
    return directory.resolve("." + name + "." + ProcessHandle.current().pid() + ".ccsim-tmp");
  }

  @Override
  public void started(Instant startedAt) throws IOException {
    csv.write(IntervalRow.CSV_HEADER + "," + IntervalRow.CALLS_CSV_HEADER);
    csv.write('\n');
    hlog.outputComment(comment.replace('\n', ' '));
    hlog.outputLogFormatVersion();
    hlog.outputStartTime(startedAt.toEpochMilli());
    hlog.setBaseTime(startedAt.toEpochMilli());
    hlog.outputLegend();
  }

  @Override
  public void interval(List<Meter.Interval> intervals, List<IntervalRow> rows) throws IOException {
    for (IntervalRow r : rows) {
      csv.write(csvLine(r));
      csv.write('\n');
    }
    csv.flush();
    for (Meter.Interval iv : intervals) {
      String channel = iv.meter().channel();
      tagged(iv.latency(), "latency." + channel);
      tagged(iv.service(), "service." + channel);
      tagged(iv.lag(), "lag." + channel);
      if (iv.calls() != null) {
        tagged(iv.calls().ringing(), "ringing." + channel);
        tagged(iv.calls().answer(), "answer." + channel);
      }
    }
  }

  private void tagged(Histogram h, String tag) {
    h.setTag(tag);
    hlog.outputIntervalHistogram(h);
  }

  static String csvLine(IntervalRow r) {
    return String.format(Locale.ROOT, "%.3f,%.3f,%s,%s,%d,%d,%d,%d,%d,%s,%s,%s,%s,%s,%s", r.startSeconds(),
        r.endSeconds(), cell(r.target()), r.channel(), r.sent(), r.ok(), r.errors(), r.dropped(), r.late(),
        ms(r.p50Millis()), ms(r.p90Millis()), ms(r.p99Millis()), ms(r.maxMillis()), ms(r.lagP99Millis()),
        ms(r.lagMaxMillis())) + "," + callCells(r.calls());
  }

  private static String callCells(IntervalRow.Calls c) {
    if (c == null) {
      return ",".repeat(IntervalRow.CALLS_CSV_HEADER.split(",").length - 1);
    }
    return String.format(Locale.ROOT, "%d,%d,%d,%d,%d,%d,%d,%d,%d,%d,%s,%s,%s,%s,%d,%d", c.concurrentMax(),
        c.concurrentAtEnd(), c.answered(), c.completed(), c.abandoned(), c.stopped(), c.rejected(), c.timeouts(),
        c.transport(), c.droppedByServer(), ms(c.ringingP50Millis()), ms(c.ringingP99Millis()),
        ms(c.answerP50Millis()), ms(c.answerP99Millis()), c.rtpSent(), c.rtpReceived());
  }

  private static String cell(String text) {
    return text.indexOf(',') < 0 && text.indexOf('"') < 0 ? text : '"' + text.replace("\"", "\"\"") + '"';
  }

  private static String ms(double millis) {
    return Double.isNaN(millis) ? "" : String.format(Locale.ROOT, "%.3f", millis);
  }

  /** The complete {@code intervals.csv}, closed; the report moves it into place. */
  Path csvFile() throws IOException {
    close();
    return csvTemporary;
  }

  /** The complete {@code latency.hlog}, closed; the report moves it into place. */
  Path hlogFile() throws IOException {
    close();
    return hlogTemporary;
  }

  /** Closes the files; without {@link #commit} they are deleted. */
  @Override
  public void close() throws IOException {
    if (!closed) {
      closed = true;
      csv.close();
      hlogStream.flush();
      hlogStream.close();
    }
  }

  /** Closes and deletes the temporary files (the run failed before its report). */
  public void discard() {
    try {
      close();
    } catch (IOException ignored) {
      // Deleting anyway.
    }
    try {
      Files.deleteIfExists(csvTemporary);
      Files.deleteIfExists(hlogTemporary);
    } catch (IOException ignored) {
      // Hidden temporary files; nothing else depends on them.
    }
  }
}
