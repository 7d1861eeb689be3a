package io.ccsim.loadgen.report;

import io.ccsim.loadgen.LoadResult;
import io.ccsim.loadgen.Plan;
import io.ccsim.loadgen.measure.Totals;
import io.ccsim.report.chart.ChartImage;
import io.ccsim.report.html.Html;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * {@code report.html} of a load run: one self-contained page (styles and charts inline) in the same
 * look as the simulator's report: the plan, the figures per channel and target, errors by class,
 * thresholds and the charts.
 */
public final class LoadHtml {
  /** The simulator report's style (reports' html.Html), kept the same so both reports look alike. */
  static final String STYLE = """
      :root { --ink: #222; --muted: #666; --line: #d8d8d8; --head: #f3f3f3; --good: #0a7d32; --bad: #b3261e; }
      * { box-sizing: border-box; }
      body { font-family: "DejaVu Sans", "Segoe UI", Helvetica, Arial, sans-serif; color: var(--ink);
             max-width: 1100px; margin: 0 auto; padding: 24px; line-height: 1.4; font-size: 14px; }
      h1 { font-size: 24px; margin: 0 0 4px; }
      h2 { font-size: 19px; margin: 28px 0 8px; border-bottom: 2px solid var(--line); padding-bottom: 4px; }
      p.meta, p.note { color: var(--muted); margin: 4px 0 12px; }
      table { border-collapse: collapse; margin: 6px 0 14px; font-variant-numeric: tabular-nums; }
      th, td { border: 1px solid var(--line); padding: 4px 8px; text-align: right; vertical-align: top; }
      th { background: var(--head); font-weight: 600; }
      td:first-child, th:first-child { text-align: left; }
      td.text, th.text { text-align: left; }
      .swatch { display: inline-block; width: 10px; height: 10px; margin-right: 6px; border-radius: 2px; }
      .good { color: var(--good); font-weight: 700; }
      .bad { color: var(--bad); font-weight: 700; }
      figure { margin: 16px 0 24px; }
      figure img { max-width: 100%; height: auto; border: 1px solid var(--line); }
      figcaption { color: var(--muted); font-size: 13px; margin-top: 4px; }
      .scroll { overflow-x: auto; }
      section.headline { border: 1px solid var(--line); border-radius: 6px; padding: 4px 16px 8px; margin: 16px 0;
                         background: #fafafa; }
      section.headline h2 { margin-top: 8px; }
      p.outcome { font-size: 16px; font-weight: 700; }
      p.outcome.met { color: var(--good); }
      p.outcome.missed { color: var(--bad); }
      ul.verdicts { list-style: none; padding: 0; margin: 6px 0 10px; }
      ul.verdicts li { font-size: 15px; margin: 6px 0; padding-left: 10px; border-left: 6px solid var(--line); }
      ul.verdicts li.met { border-color: var(--good); }
      ul.verdicts li.missed { border-color: var(--bad); }
      li.met .verdict { color: var(--good); font-weight: 600; }
      li.missed .verdict { color: var(--bad); font-weight: 600; }
      table.figures th, table.figures td { padding: 3px 5px; font-size: 13px; }
      table.figures td.text { overflow-wrap: anywhere; max-width: 200px; }
      @media print {
        body { max-width: none; padding: 0; font-size: 10pt; }
        h2 { break-after: avoid; }
        table, figure { break-inside: avoid; }
        .scroll { overflow: visible; }
        figure img { border: none; }
        @page { margin: 14mm; }
      }
      """;

  private LoadHtml() {}

  public static String page(LoadResult r, List<ChartImage> charts) {
    Plan plan = r.plan();
    StringBuilder out = new StringBuilder();
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta name=\"generator\" content=\"ccsim\">\n<title>ccsim load: ").append(esc(plan.scenario()))
        .append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
    out.append("<header><h1>").append(esc(plan.scenario())).append("</h1>\n<p class=\"meta\">ccsim load of ")
        .append(esc(plan.source())).append(", run ").append(esc(r.options().runId())).append(", started ")
        .append(esc(r.startedAt().toString()))
        .append(String.format(Locale.ROOT, ", %.1f s of wall time", r.wallSeconds()))
        .append(". Outcome: <span class=\"").append(r.failed() ? "bad" : "good").append("\">")
        .append(esc(r.outcome().key())).append(r.failed() ? ", thresholds failed" : "").append("</span>.")
        .append(" Latency runs from each contact's intended send time (coordinated-omission free);"
            + " service time from the actual send.</p></header>\n");
    LoadHeadline.append(out, r);
    if (!charts.isEmpty()) {
      out.append("<section id=\"charts\"><h2>Charts</h2>\n");
      for (ChartImage c : charts) {
        String data = Base64.getEncoder().encodeToString(c.svg().getBytes(StandardCharsets.UTF_8));
        out.append("<figure id=\"chart-").append(esc(c.name())).append("\"><img src=\"data:image/svg+xml;base64,")
            .append(data).append("\" width=\"").append(c.width()).append("\" height=\"").append(c.height())
            .append("\" alt=\"").append(esc(c.title())).append("\"><figcaption>").append(esc(c.title()))
            .append(" (charts/").append(esc(c.name())).append(".png, .svg)</figcaption></figure>\n");
      }
      out.append("</section>\n");
    }

    out.append("<section id=\"plan\"><h2>Plan</h2>\n");
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("", ""));
    rows.add(List.of("speed", esc(TextSummary.num(plan.speed()) + "x: "
        + TextSummary.duration(plan.lastArrivalSeconds()) + " of simulated time in "
        + TextSummary.duration(plan.wallSeconds()) + " of wall time")));
    StringBuilder by = new StringBuilder();
    for (Map.Entry<String, Long> e : plan.planned().entrySet()) {
      by.append(by.length() == 0 ? "" : ", ").append(swatched(e.getKey())).append(' ').append(e.getValue());
    }
    rows.add(List.of("contacts", plan.total() + (by.length() == 0 ? "" : " (" + by + ")")));
    rows.add(List.of("peak rate", plan.peakPerSecond() + "/s in the busiest second (cap "
        + TextSummary.num(r.options().maxRatePerSecond()) + "/s)"));
    if (plan.cutBy() != null) {
      rows.add(List.of("cut", (plan.scheduled() - plan.total()) + " of " + plan.scheduled() + " scheduled contacts ("
          + plan.cutBy().key() + ")"));
    }
    if (r.notSent() > 0) {
      rows.add(List.of("not sent", r.notSent() + " (the run ended early: " + esc(r.outcome().key()) + ")"));
    }
    table(out, rows.subList(1, rows.size()), List.of("", ""), true);
    out.append("</section>\n");

    out.append("<section id=\"figures\"><h2>Figures per channel</h2>\n");
    List<List<String>> fig = new ArrayList<>();
    for (Totals t : r.perChannel()) {
      fig.add(figures(swatched(t.channel()), esc(t.target()), t));
    }
    if (r.perChannel().size() > 1) {
      fig.add(figures("all", "", r.overall()));
    }
    tableWithClass(out, fig, "figures", List.of("channel", "target", "sent", "ok", "errors", "dropped", "late", "unfinished", "lost",
        "latency p50 ms", "p90 ms", "p99 ms", "p99.9 ms", "max ms", "service p99 ms", "lag p99 ms"), false);
    out.append("</section>\n");

    LoadCallsHtml.append(out, r.perChannel());
    if (!r.overall().errorClasses().isEmpty()) {
      out.append("<section id=\"errors\"><h2>Errors by class</h2>\n");
      List<List<String>> err = new ArrayList<>();
      for (Totals t : r.perChannel()) {
        t.errorClasses().forEach((k, v) -> err.add(List.of(swatched(t.channel()), esc(k), Long.toString(v))));
      }
      table(out, err, List.of("channel", "class", "contacts"), false);
      out.append("</section>\n");
    }
    if (!r.thresholds().isEmpty()) {
      out.append("<section id=\"thresholds\"><h2>Thresholds (--abort-if)</h2>\n");
      List<List<String>> th = new ArrayList<>();
      for (LoadResult.Judged j : r.thresholds()) {
        th.add(List.of(esc(j.threshold().text()), esc(j.threshold().describe(j.observed())),
            j.holds() ? "<span class=\"bad\">failed</span>" : "<span class=\"good\">passed</span>"));
      }
      table(out, th, List.of("condition", "observed", "result"), false);
      if (r.abortedBy() != null) {
        out.append("<p class=\"note\">The run stopped early when ").append(esc(r.abortedBy().text()))
            .append(" held.</p>\n");
      }
      out.append("</section>\n");
    }
    out.append("<p class=\"note\">Files: summary.json, intervals.csv (one row per interval and channel),"
        + " latency.hlog (HdrHistogram log, nanoseconds, tags latency.CHANNEL, service.CHANNEL, lag.CHANNEL).</p>\n");
    out.append("</body>\n</html>\n");
    return out.toString();
  }

  private static List<String> figures(String channel, String target, Totals t) {
    return List.of(channel, target, Long.toString(t.sent()), Long.toString(t.ok()), Long.toString(t.errors()),
        Long.toString(t.dropped()), Long.toString(t.late()), Long.toString(t.unfinished()), Long.toString(t.lost()),
        ms(t.latency(), 50), ms(t.latency(), 90), ms(t.latency(), 99), ms(t.latency(), 99.9), max(t.latency()),
        ms(t.service(), 99), ms(t.lag(), 99));
  }

  private static String ms(Histogram h, double p) {
    return h.getTotalCount() == 0 ? "–" : String.format(Locale.ROOT, "%.3f", h.getValueAtPercentile(p) / 1e6);
  }

  private static String max(Histogram h) {
    return h.getTotalCount() == 0 ? "–" : String.format(Locale.ROOT, "%.3f", h.getMaxValue() / 1e6);
  }

  static void table(StringBuilder out, List<List<String>> rows, List<String> header, boolean noHeader) {
    tableWithClass(out, rows, null, header, noHeader);
  }

  private static void tableWithClass(StringBuilder out, List<List<String>> rows, String cssClass, List<String> header,
      boolean noHeader) {
    out.append("<div class=\"scroll\"><table").append(cssClass == null ? "" : " class=\"" + cssClass + "\"")
        .append(">\n");
    if (!noHeader) {
      out.append("<thead><tr>");
      for (int i = 0; i < header.size(); i++) {
        out.append(i == 1 ? "<th class=\"text\">" : "<th>").append(esc(header.get(i))).append("</th>");
      }
      out.append("</tr></thead>\n");
    }
    out.append("<tbody>\n");
    for (List<String> row : rows) {
      out.append("<tr>");
      for (int i = 0; i < row.size(); i++) {
        out.append(i == 1 && !noHeader ? "<td class=\"text\">" : "<td>").append(row.get(i)).append("</td>");
      }
      out.append("</tr>\n");
    }
    out.append("</tbody></table></div>\n");
  }

  static String swatched(String name) {
    return Html.swatched(name);
  }

  static String esc(String text) {
    return Html.escape(text);
  }
}
