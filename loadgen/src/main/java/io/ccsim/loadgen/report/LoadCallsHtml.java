package io.ccsim.loadgen.report;

import io.ccsim.loadgen.measure.CallEnd;
import io.ccsim.loadgen.measure.CallTotals;
import io.ccsim.loadgen.measure.Totals;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.HdrHistogram.Histogram;

/** The "Calls (SIP)" section of report.html: how the phone calls of SIP targets went. */
final class LoadCallsHtml {
  private LoadCallsHtml() {}

  static void append(StringBuilder out, List<Totals> perChannel) {
    List<List<String>> rows = new ArrayList<>();
    for (Totals t : perChannel) {
      CallTotals c = t.calls();
      if (c == null) {
        continue;
      }
      String failures = c.setupFailures().entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
          .collect(Collectors.joining(", "));
      rows.add(List.of(LoadHtml.swatched(t.channel()), LoadHtml.esc(t.target()), Long.toString(c.started()),
          Long.toString(c.answered()), Long.toString(c.count(CallEnd.COMPLETED)),
          Long.toString(c.count(CallEnd.ABANDONED)), Long.toString(c.count(CallEnd.DROPPED)),
          Long.toString(c.count(CallEnd.STOPPED)), failures.isEmpty() ? "0" : LoadHtml.esc(failures),
          ms(c.ringing(), 50), ms(c.ringing(), 99), ms(c.answer(), 50), ms(c.answer(), 99),
          Long.toString(c.concurrentMax()), Long.toString(c.rtpSent()), Long.toString(c.rtpReceived())));
    }
    if (rows.isEmpty()) {
      return;
    }
    out.append("<section id=\"calls\"><h2>Calls (SIP)</h2>\n");
    LoadHtml.table(out, rows, List.of("channel", "target", "started", "answered", "completed", "abandoned by plan",
        "dropped by server", "stopped", "setup failures", "ringing p50 ms", "p99 ms", "answer p50 ms", "p99 ms",
        "most at once", "RTP sent", "RTP received"), false);
    out.append("<p class=\"note\">Ringing is the first 18x response and answer the 200 OK, both timed from the"
        + " call's intended start. Abandoned by plan: cancelled at the contact's patience. Dropped by server:"
        + " answered, then ended before its planned handle time (the server's BYE, or a BYE that failed).</p>\n");
    out.append("</section>\n");
  }

  private static String ms(Histogram h, double p) {
    return h.getTotalCount() == 0 ? "–" : String.format(Locale.ROOT, "%.3f", h.getValueAtPercentile(p) / 1e6);
  }
}
