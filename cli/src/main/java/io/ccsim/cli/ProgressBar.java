package io.ccsim.cli;

import io.ccsim.run.ProgressListener;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A one-line progress bar on the error stream: replications done of all that the command will run,
 * and the estimated time left. Redrawn at most every {@link #REDRAW_NANOS} (workers report from
 * several threads) and erased when the work is done, so it never mixes with the results on stdout.
 */
final class ProgressBar {
  static final long REDRAW_NANOS = 200_000_000L;
  private static final int WIDTH = 30;

  private final PrintWriter err;
  private final long total;
  private final LongSupplier clock;
  private final long startNanos;
  private long done;
  private long lastDrawNanos = Long.MIN_VALUE;
  private int lastLength;

  ProgressBar(PrintWriter err, long total, LongSupplier clock) {
    this.err = err;
    this.total = total;
    this.clock = clock;
    this.startNanos = clock.getAsLong();
  }

  /** A listener for one run of a multi-run command; each finished replication advances the bar by one. */
  ProgressListener listener() {
    return (runDone, runTotal) -> advance();
  }

  synchronized void advance() {
    done++;
    long now = clock.getAsLong();
    if (done == total || lastDrawNanos == Long.MIN_VALUE || now - lastDrawNanos >= REDRAW_NANOS) {
      lastDrawNanos = now;
      draw(line(done, total, now - startNanos));
    }
  }

  /** Erases the bar. */
  synchronized void finish() {
    if (lastLength > 0) {
      err.print("\r" + " ".repeat(lastLength) + "\r");
      err.flush();
      lastLength = 0;
    }
  }

  private void draw(String line) {
    String padding = line.length() < lastLength ? " ".repeat(lastLength - line.length()) : "";
    err.print("\r" + line + padding);
    err.flush();
    lastLength = line.length();
  }

  /** {@code [#########.....] 12/20 replications  60%  ETA 0:08}. */
  static String line(long done, long total, long elapsedNanos) {
    int filled = total == 0 ? WIDTH : (int) (WIDTH * done / total);
    String eta = done == 0 ? "--:--" : clock(Math.round(elapsedNanos / 1e9 / done * (total - done)));
    return String.format(Locale.ROOT, "[%s%s] %d/%d replications %3d%%  ETA %s", "#".repeat(filled),
        ".".repeat(WIDTH - filled), done, total, total == 0 ? 100 : 100 * done / total, eta);
  }

  private static String clock(long seconds) {
    return seconds >= 3600
        ? String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
        : String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
  }
}
