package io.ccsim.loadgen.report;

import io.ccsim.loadgen.LoadResult;
import io.ccsim.report.OutputDirectory;
import io.ccsim.report.chart.ChartImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * The report folder of a load run: {@code summary.json}, {@code intervals.csv}, {@code latency.hlog}
 * (the last two written during the run by {@link IntervalLog}), {@code report.html} and
 * {@code charts/*.png, *.svg}. Each file appears whole or not at all.
 */
public final class LoadReport {
  static {
    // ImageIO's file cache registers a shutdown hook for each stream, which fails while the JVM shuts
    // down; after Ctrl-C the partial report's charts are encoded exactly then. Memory is faster anyway.
    ImageIO.setUseCache(false);
  }

  private LoadReport() {}

  /**
   * Writes the files that are made at the end together with the interval log, as one set (see
   * {@link OutputDirectory}); returns the directory. On failure the log's temporary files are removed.
   */
  public static Path write(Path directory, LoadResult result, IntervalLog log) throws IOException {
    List<ChartImage> charts = LoadCharts.of(result.intervals(), result.plan().speed());
    OutputDirectory out = new OutputDirectory(directory)
        .add("summary.json", SummaryJson.toJson(result))
        .add("report.html", LoadHtml.page(result, charts));
    for (ChartImage c : charts) {
      out.add("charts/" + c.name() + ".png", c.png()).add("charts/" + c.name() + ".svg", c.svg());
    }
    out.addWritten(IntervalLog.CSV, log.csvFile()).addWritten(IntervalLog.HLOG, log.hlogFile());
    try {
      out.write();
    } finally {
      log.discard();
    }
    return directory;
  }
}
