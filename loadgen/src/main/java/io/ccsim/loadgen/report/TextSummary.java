package io.ccsim.loadgen.report;

import io.ccsim.loadgen.LoadOptions;
import io.ccsim.loadgen.LoadResult;
import io.ccsim.loadgen.Plan;
import io.ccsim.loadgen.measure.CallEnd;
import io.ccsim.loadgen.measure.CallTotals;
import io.ccsim.loadgen.measure.Totals;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.HdrHistogram.Histogram;

/** The plan and the result as plain text tables for the terminal. */
public final class TextSummary {
  private TextSummary() {}

  /** The plan, as {@code --dry-run} prints it. */
  public static String plan(Plan plan, LoadOptions options, List<String> targets) {
    StringBuilder out = new StringBuilder();
    out.append("Plan for ").append(plan.scenario()).append('\n');
    line(out, "source", plan.source());
    line(out, "speed", num(plan.speed()) + "x: " + duration(plan.lastArrivalSeconds()) + " of simulated time in "
        + duration(plan.wallSeconds()) + " of wall time");
    String byChannel = plan.planned().entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
        .collect(Collectors.joining(", "));
    line(out, "contacts", plan.total() + (byChannel.isEmpty() ? "" : " (" + byChannel + ")"));
    line(out, "peak rate", plan.peakPerSecond() + "/s in the busiest wall-clock second (cap "
        + num(options.maxRatePerSecond()) + "/s); mean " + String.format(Locale.ROOT, "%.1f/s", plan.meanPerSecond()));
    line(out, "caps", "max duration " + duration(options.maxDuration().toNanos() / 1e9) + ", max contacts "
        + options.maxContacts() + ", max rate " + num(options.maxRatePerSecond()) + "/s, in flight per target "
        + options.maxInFlight() + " (when full: " + options.whenFull().name().toLowerCase(Locale.ROOT) + ")");
    if (plan.cutBy() != null) {
      line(out, "cut", (plan.scheduled() - plan.total()) + " of " + plan.scheduled()
          + " scheduled contacts are not sent (" + plan.cutBy().key() + ")");
    }
    for (String t : targets) {
      line(out, "target", t);
    }
    return out.toString();
  }

  /** The result: one row per channel and one for all, then lag, errors and thresholds. */
  public static String result(LoadResult r) {
    StringBuilder out = new StringBuilder();
    Totals all = r.overall();
    out.append(String.format(Locale.ROOT, "ccsim load: %s after %.1f s; sent %d of %d planned, ok %d, errors %d,"
            + " dropped %d, unfinished %d, lost %d%n", r.outcome().key(), r.wallSeconds(), all.sent(), r.plan().total(),
        all.ok(), all.errors(), all.dropped(), all.unfinished(), all.lost()));
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("channel", "target", "sent", "ok", "errors", "dropped", "late", "unfinished", "p50 ms", "p90 ms",
        "p99 ms", "max ms"));
    for (Totals t : r.perChannel()) {
      rows.add(row(t.channel(), t.target(), t));
    }
    if (r.perChannel().size() > 1) {
      rows.add(row("all", "", all));
    }
    table(out, rows);
    Histogram lag = all.lag();
    if (lag.getTotalCount() > 0) {
      out.append(String.format(Locale.ROOT, "schedule lag: p50 %.3f ms, p99 %.3f ms, max %.3f ms%n",
          lag.getValueAtPercentile(50) / 1e6, lag.getValueAtPercentile(99) / 1e6, lag.getMaxValue() / 1e6));
    }
    if (!all.errorClasses().isEmpty()) {
      out.append("errors by class: ").append(all.errorClasses().entrySet().stream()
          .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "))).append('\n');
    }
    for (Totals t : r.perChannel()) {
      if (t.calls() != null) {
        out.append(calls(t.channel(), t.calls()));
      }
    }
    if (r.notSent() > 0) {
      out.append("not sent: ").append(r.notSent()).append(" planned contacts (the run ended early)\n");
    }
    if (r.abortedBy() != null) {
      out.append("aborted: ").append(r.abortedBy().text()).append(" held during the run\n");
    }
    for (LoadResult.Judged j : r.thresholds()) {
      out.append("threshold ").append(j.threshold().text()).append(": ").append(j.threshold().describe(j.observed()))
          .append(j.holds() ? " -> FAILED" : " -> passed").append('\n');
    }
    return out.toString();
  }

  /** One line of a SIP channel's call figures. */
  static String calls(String channel, CallTotals c) {
    StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
        "calls %s: %d started, %d answered, %d completed, %d abandoned by plan, %d dropped by server, %d stopped",
        channel, c.started(), c.answered(), c.count(CallEnd.COMPLETED), c.count(CallEnd.ABANDONED),
        c.count(CallEnd.DROPPED), c.count(CallEnd.STOPPED)));
    Map<String, Long> failures = c.setupFailures();
    out.append("; setup failures ").append(failures.isEmpty() ? "0" : failures.entrySet().stream()
        .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")));
    out.append("; ringing p50 ").append(ms(c.ringing(), 50)).append(" ms, answer p50 ").append(ms(c.answer(), 50))
        .append(" ms, p99 ").append(ms(c.answer(), 99)).append(" ms; at most ").append(c.concurrentMax())
        .append(" at once");
    if (c.rtpSent() > 0 || c.rtpReceived() > 0) {
      out.append("; RTP packets sent ").append(c.rtpSent()).append(", received ").append(c.rtpReceived());
    }
    return out.append('\n').toString();
  }

  private static List<String> row(String channel, String target, Totals t) {
    Histogram h = t.latency();
    return List.of(channel, target, Long.toString(t.sent()), Long.toString(t.ok()), Long.toString(t.errors()),
        Long.toString(t.dropped()), Long.toString(t.late()), Long.toString(t.unfinished()), ms(h, 50), ms(h, 90),
        ms(h, 99), h.getTotalCount() == 0 ? "-" : String.format(Locale.ROOT, "%.3f", h.getMaxValue() / 1e6));
  }

  private static String ms(Histogram h, double percentile) {
    return h.getTotalCount() == 0 ? "-" : String.format(Locale.ROOT, "%.3f", h.getValueAtPercentile(percentile) / 1e6);
  }

  private static void table(StringBuilder out, List<List<String>> rows) {
    int[] width = new int[rows.get(0).size()];
    for (List<String> row : rows) {
      for (int i = 0; i < row.size(); i++) {
        width[i] = Math.max(width[i], row.get(i).length());
      }
    }
    for (List<String> row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < row.size(); i++) {
        String cell = row.get(i);
        boolean left = i < 2;
        String pad = " ".repeat(width[i] - cell.length());
        line.append(i == 0 ? "" : "  ").append(left ? cell + pad : pad + cell);
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
  }

  private static void line(StringBuilder out, String label, String text) {
    out.append(String.format(Locale.ROOT, "  %-10s %s%n", label, text));
  }

  static String num(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
        : String.format(Locale.ROOT, "%.3f", value).replaceAll("0+$", "");
  }

  /**
   * A duration as 1h02m03.4s / 2m05.0s / 12.345s. Rounded to tenths before it is split into units, so
   * 14,399.96 s prints 4h00m00.0s (not 3h59m60.0s).
   */
  static String duration(double seconds) {
    if (Math.round(seconds * 1000) < 60_000) {
      return String.format(Locale.ROOT, "%.3fs", seconds);
    }
    long tenths = Math.round(seconds * 10);
    long whole = tenths / 10;
    long tenth = tenths % 10;
    if (whole < 3600) {
      return String.format(Locale.ROOT, "%dm%02d.%ds", whole / 60, whole % 60, tenth);
    }
    return String.format(Locale.ROOT, "%dh%02dm%02d.%ds", whole / 3600, (whole % 3600) / 60, whole % 60, tenth);
  }
}
