package io.ccsim.loadgen.report;

import io.ccsim.loadgen.LoadResult;
import io.ccsim.loadgen.measure.Totals;
import io.ccsim.report.html.Html;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.HdrHistogram.Histogram;

/**
 * The headline of a load report: the outcome against the thresholds ({@code --abort-if}), each in
 * words ("p99 > 500ms: observed 12.3 ms, passed"), and per channel what got through and how fast
 * ("phone: 1,204 of 1,204 sent, all ok; latency p50 0.41 ms, p99 21.0 ms").
 */
public final class LoadHeadline {
  private LoadHeadline() {}

  /** Whether a channel got every contact through: nothing dropped, failed or unfinished. */
  public static boolean clean(Totals t) {
    return t.lost() == 0;
  }

  /** The sentence of one channel. */
  public static String sentence(Totals t) {
    String through = t.lost() == 0 ? "all ok" : String.format(Locale.ROOT, "%d lost (%s: %d errors, %d dropped,"
        + " %d unfinished)", t.lost(), share(t.lost(), t.attempted()), t.errors(), t.dropped(), t.unfinished());
    String latency = t.latency().getTotalCount() == 0 ? "no latency measured"
        : "latency p50 " + ms(t.latency(), 50) + ", p99 " + ms(t.latency(), 99);
    return String.format(Locale.ROOT, "%s: %,d of %,d sent, %s; %s", t.channel(), t.sent(), t.attempted(), through,
        latency);
  }

  /** The sentence of one threshold. */
  public static String sentence(LoadResult.Judged j) {
    return j.threshold().text() + ": observed " + j.threshold().describe(j.observed()) + ", "
        + (j.holds() ? "failed" : "passed");
  }

  static void append(StringBuilder out, LoadResult r) {
    out.append("<section id=\"headline\" class=\"headline\"><h2>At a glance</h2>\n");
    out.append("<p class=\"outcome ").append(r.failed() ? "missed" : "met").append("\">")
        .append(LoadHtml.esc(r.failed() ? "Failed: a threshold held" + (r.abortedBy() != null
            ? " and stopped the run (" + r.abortedBy().text() + ")" : "")
            : r.thresholds().isEmpty() ? "Finished (" + r.outcome().key() + "); no thresholds were set (--abort-if)"
            : "Passed: no threshold held"))
        .append("</p>\n<ul class=\"verdicts\">\n");
    for (LoadResult.Judged j : r.thresholds()) {
      out.append("<li class=\"").append(j.holds() ? "missed" : "met").append("\"><span class=\"verdict\">")
          .append(LoadHtml.esc(sentence(j))).append("</span></li>\n");
    }
    for (Totals t : r.perChannel()) {
      out.append("<li class=\"").append(clean(t) ? "met" : "missed").append("\">").append(Html.swatched(t.channel()))
          .append(LoadHtml.esc(sentence(t).substring(t.channel().length()))).append("</li>\n");
    }
    out.append("</ul>\n</section>\n");
  }

  private static String share(long part, long whole) {
    return whole == 0 ? "n/a" : String.format(Locale.ROOT, "%.2f%%", 100.0 * part / whole);
  }

  private static String ms(Histogram h, double percentile) {
    double ms = h.getValueAtPercentile(percentile) / 1e6;
    return String.format(Locale.ROOT, ms >= 100 ? "%.0f ms" : ms >= 10 ? "%.1f ms" : "%.2f ms", ms);
  }

  /** Rows for the headline's list, for tests. */
  static List<String> sentences(LoadResult r) {
    List<String> lines = new ArrayList<>();
    r.thresholds().forEach(j -> lines.add(sentence(j)));
    r.perChannel().forEach(t -> lines.add(sentence(t)));
    return lines;
  }
}
