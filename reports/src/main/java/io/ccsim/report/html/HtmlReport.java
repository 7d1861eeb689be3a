package io.ccsim.report.html;

import io.ccsim.kpi.Direction;
import io.ccsim.kpi.Format;
import io.ccsim.kpi.Kpi;
import io.ccsim.kpi.Scope;
import io.ccsim.kpi.View;
import io.ccsim.model.Quantities;
import io.ccsim.model.ServiceLevelDefinition;
import io.ccsim.report.OutputDirectory;
import io.ccsim.report.RunSeries;
import io.ccsim.report.TextTable;
import io.ccsim.report.Units;
import io.ccsim.report.chart.ChartImage;
import io.ccsim.report.chart.ClockFormat;
import io.ccsim.report.chart.ConcurrencyDistribution;
import io.ccsim.report.chart.IntervalSeries;
import io.ccsim.report.compare.ComparedRun;
import io.ccsim.report.compare.Comparison;
import io.ccsim.report.compare.ComparisonRow;
import io.ccsim.report.compare.ComparisonTable;
import io.ccsim.run.ChannelSummary;
import io.ccsim.run.GroupSummary;
import io.ccsim.run.RunResult;
import io.ccsim.run.Summary;
import io.ccsim.stats.Estimate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code report.html}: one self-contained page (styles and charts inline, no network resources) that
 * prints cleanly. A run's page has the scenario in brief, KPI tables with confidence intervals, the
 * interval tables when the engine recorded intervals, and the charts; a comparison's page puts the
 * scenarios side by side with paired differences. Nothing in it depends on the clock or the machine,
 * so the same inputs give the same bytes.
 */
public final class HtmlReport {
  private HtmlReport() {}

  /** The page of one run; {@code source} is the scenario file as given (may be empty). */
  public static String run(RunResult run, String source, RunSeries series, List<ChartImage> charts) {
    Summary summary = run.summary();
    StringBuilder out = new StringBuilder();
    Html.open(out, "ccsim report: " + summary.scenario());
    out.append("<header><h1>").append(Html.escape(summary.scenario())).append("</h1>\n<p class=\"meta\">ccsim run")
        .append(source.isEmpty() ? "" : " of " + Html.escape(source))
        .append("; every figure is the mean over replications ± the half-width of its 95% confidence interval.</p></header>\n");
    Headline.appendRun(out, summary);
    chartSection(out, "charts", "Charts", charts);
    out.append("<section id=\"kpis\"><h2>Key figures per channel</h2>\n");
    kpiTable(out, summary);
    serviceLevelNotes(out, summary);
    out.append("</section>\n<section id=\"groups\"><h2>Agent groups</h2>\n");
    groupTable(out, summary);
    out.append("</section>\n");
    journeySection(out, summary);
    intervalSections(out, series);
    out.append("<section id=\"scenario\"><h2>Scenario</h2>\n");
    ScenarioBrief.append(out, run.scenario());
    out.append("</section>\n");
    Html.close(out);
    return out.toString();
  }

  /** The page of a comparison of scenarios run with common random numbers. */
  public static String comparison(Comparison comparison, List<ChartImage> charts) {
    List<ComparedRun> runs = comparison.runs();
    ComparedRun first = runs.get(0);
    StringBuilder out = new StringBuilder();
    List<String> labels = runs.stream().map(ComparedRun::label).toList();
    Html.open(out, "ccsim comparison: " + String.join(" vs ", labels));
    out.append("<header><h1>").append(Html.escape(String.join(" vs ", labels))).append("</h1>\n<p class=\"meta\">")
        .append(Html.escape(String.format(Locale.ROOT,
            "ccsim compare: %d scenarios run with common random numbers (seed %d, %d replications each). Figures are"
                + " mean ± 95%% CI half-width; differences are paired per replication, and a marked difference"
                + " (*) has a 95%% interval that excludes 0.", runs.size(), first.run().scenario().seed(),
            first.run().replicationCount())))
        .append("</p>\n<p class=\"meta\">");
    for (ComparedRun r : runs) {
      out.append(Html.escape(r.letter() + " = " + r.label()
          + (r.source() == null || r.source().isEmpty() ? "" : " (" + r.source() + ")"))).append("<br>\n");
    }
    out.append("</p></header>\n");
    ComparisonHeadline.append(out, comparison);
    List<ChartImage> compared = charts.stream().filter(c -> c.name().startsWith("compare-")).toList();
    List<ChartImage> own = charts.stream().filter(c -> !c.name().startsWith("compare-")).toList();
    chartSection(out, "charts", "Charts", compared);
    out.append("<section id=\"side-by-side\"><h2>Side by side</h2>\n");
    for (String subject : comparison.subjects()) {
      if (subject.startsWith("groups.") || subject.equals(Comparison.ALL_AGENTS)) {
        continue;
      }
      out.append("<h3>").append(subject.equals(Comparison.JOURNEYS)
          ? "Customer journeys (issues that started in the window)" : Html.swatched(subject)).append("</h3>\n");
      List<List<String>> rows = new ArrayList<>();
      rows.add(comparisonHeader(runs, "KPI"));
      for (ComparisonRow row : comparison.rows(subject)) {
        boolean deferred = isDeferred(runs, subject);
        String label = row.kpi().format() == Format.SECONDS ? Units.labelWithoutSeconds(row.kpi())
            : ComparisonTable.label(row.kpi());
        rows.add(comparisonCells(row, Html.escape(label), Units.inHours(row.kpi(), deferred)));
      }
      Html.table(out, rows, "comparison");
    }
    out.append("<h3>Occupancy</h3>\n");
    List<List<String>> occupancy = new ArrayList<>();
    occupancy.add(comparisonHeader(runs, "group"));
    for (ComparisonRow row : comparison.rows()) {
      if (row.kpi() != Kpi.OCCUPANCY) {
        continue;
      }
      if (row.subject().startsWith("groups.")) {
        occupancy.add(comparisonCells(row, Html.swatchedGroup(row.subject().substring("groups.".length())), false));
      } else if (row.subject().equals(Comparison.ALL_AGENTS)) {
        occupancy.add(comparisonCells(row, "<b>all agents</b>", false));
      }
    }
    Html.table(out, occupancy, "comparison");
    out.append("<p class=\"note\">Green: significantly better, red: significantly worse (for KPIs with a"
        + " direction); counts and occupancy are only marked. Wait percentiles' differences are means of"
        + " per-replication differences.</p>\n");
    out.append("</section>\n");
    chartSection(out, "scenario-charts", "Each scenario's charts", own);
    out.append("<section id=\"scenarios\"><h2>Scenarios</h2>\n");
    for (ComparedRun r : runs) {
      out.append("<h3>").append(Html.escape(r.letter() + ": " + r.label())).append("</h3>\n");
      if (r.source() != null && !r.source().isEmpty()) {
        out.append("<p class=\"note\">").append(Html.escape(r.source())).append("</p>\n");
      }
      ScenarioBrief.append(out, r.run().scenario());
    }
    out.append("</section>\n");
    Html.close(out);
    return out.toString();
  }

  private static List<String> comparisonHeader(List<ComparedRun> runs, String first) {
    List<String> header = new ArrayList<>(List.of(first));
    runs.forEach(r -> header.add(Html.escape(r.letter() + ": " + r.label())));
    runs.subList(1, runs.size()).forEach(r -> header.add(Html.escape(r.letter() + " − " + runs.get(0).letter())));
    return header;
  }

  private static boolean isDeferred(List<ComparedRun> runs, String channel) {
    return runs.stream().map(r -> r.run().summary().channels().get(channel))
        .anyMatch(c -> c != null && "deferred".equals(c.kind()));
  }

  private static List<String> comparisonCells(ComparisonRow row, String firstCell, boolean deferred) {
    Format format = row.kpi().format();
    List<String> cells = new ArrayList<>(List.of(firstCell));
    for (Estimate e : row.estimates()) {
      cells.add(e == null ? "–" : Html.escape(format == Format.SECONDS ? Units.duration(e, deferred)
          : TextTable.format(e, format)));
    }
    Estimate first = row.estimates().get(0);
    double reference = first == null ? 0 : first.mean();
    for (Estimate d : row.differences()) {
      cells.add(difference(d, format, row.kpi(), reference, deferred));
    }
    return cells;
  }

  private static String difference(Estimate d, Format format, Kpi kpi, double reference, boolean deferred) {
    if (d == null) {
      return "–";
    }
    String text = Html.escape(format == Format.SECONDS ? Units.durationDifference(d, reference, deferred)
        : TextTable.formatDifference(d, format));
    if (!ComparisonRow.significant(d)) {
      return text;
    }
    String tone = kpi.direction() == Direction.NONE ? ""
        : kpi.direction().worsening(0, d.mean()) > 0 ? " worse" : " better";
    return "<td class=\"sig" + tone + "\">" + text + " *</td>";
  }

  private static void kpiTable(StringBuilder out, Summary summary) {
    List<List<String>> rows = new ArrayList<>();
    List<String> header = new ArrayList<>(List.of("KPI"));
    summary.channels().keySet().forEach(c -> header.add(Html.swatched(c)));
    rows.add(header);
    for (Kpi kpi : Kpi.shownIn(Scope.CHANNEL, View.REPORT)) {
      List<String> row = new ArrayList<>(List.of(Html.escape(Units.labelWithoutSeconds(kpi))));
      for (ChannelSummary c : summary.channels().values()) {
        row.add(Html.escape(Units.figure(c.get(kpi), kpi, "deferred".equals(c.kind()))));
      }
      rows.add(row);
    }
    Html.table(out, rows, "kpis");
  }

  private static void serviceLevelNotes(StringBuilder out, Summary summary) {
    out.append("<p class=\"note\">");
    List<String> notes = new ArrayList<>();
    for (Map.Entry<String, ChannelSummary> e : summary.channels().entrySet()) {
      ChannelSummary c = e.getValue();
      String note = String.format(Locale.ROOT, "Service level of %s: %s, T = %s, target %.0f%%.", e.getKey(),
          ServiceLevelDefinition.fromKey(c.serviceLevelDefinition()).formula(),
          Quantities.formatDuration(c.serviceLevelThresholdSeconds()), c.serviceLevelTarget() * 100);
      if (c.get(Kpi.UNFINISHED).mean() > 0) {
        note += String.format(Locale.ROOT, " Warning: %.1f contacts per replication were still waiting when the"
            + " drain limit ended the run.", c.get(Kpi.UNFINISHED).mean());
      }
      notes.add(Html.escape(note));
    }
    out.append(String.join("<br>\n", notes)).append("</p>\n");
  }

  /** The journey KPIs, labelled as the catalogue says, when the scenario has journeys. */
  private static void journeySection(StringBuilder out, Summary summary) {
    if (summary.journeys() == null) {
      return;
    }
    out.append("<section id=\"journeys\"><h2>Customer journeys (issues that started in the window)</h2>\n");
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("KPI", "value"));
    for (Kpi kpi : Kpi.shownIn(Scope.JOURNEY, View.TEXT)) {
      Estimate e = summary.journeys().get(kpi);
      rows.add(List.of(Html.escape(Units.labelWithoutSeconds(kpi)), Html.escape(Units.figure(e, kpi, false))));
    }
    Html.table(out, rows, "journeys");
    out.append("</section>\n");
  }

  private static void groupTable(StringBuilder out, Summary summary) {
    List<List<String>> rows = new ArrayList<>();
    List<Kpi> kpis = Kpi.shownIn(Scope.GROUP, View.REPORT);
    List<String> header = new ArrayList<>(List.of("group", "agents"));
    kpis.forEach(kpi -> header.add(Html.escape(kpi.label())));
    rows.add(header);
    for (Map.Entry<String, GroupSummary> g : summary.groups().entrySet()) {
      List<String> row = new ArrayList<>(List.of(Html.swatchedGroup(g.getKey()), Integer.toString(g.getValue().agents())));
      kpis.forEach(kpi -> row.add(Html.escape(TextTable.format(g.getValue().get(kpi), kpi.format()))));
      rows.add(row);
    }
    Html.table(out, rows, "groups");
  }

  private static void intervalSections(StringBuilder out, RunSeries series) {
    if (!series.serviceLevelPerInterval().isEmpty()) {
      out.append("<section id=\"service-level-intervals\"><h2>Service level per interval</h2>\n");
      intervalTable(out, series.serviceLevelPerInterval(), false);
      out.append("</section>\n");
    }
    if (!series.occupancyPerInterval().isEmpty()) {
      out.append("<section id=\"occupancy-intervals\"><h2>Occupancy per interval</h2>\n");
      intervalTable(out, series.occupancyPerInterval(), true);
      out.append("</section>\n");
    }
    if (!series.concurrency().isEmpty()) {
      out.append("<section id=\"concurrency\"><h2>Items held at once</h2>\n");
      int levels = series.concurrency().stream().mapToInt(d -> d.shareOfTime().length).max().orElse(0);
      List<List<String>> rows = new ArrayList<>();
      List<String> header = new ArrayList<>(List.of("items held"));
      series.concurrency().forEach(d -> header.add(Html.swatchedGroup(d.name())));
      rows.add(header);
      for (int k = 0; k < levels; k++) {
        List<String> row = new ArrayList<>(List.of(Integer.toString(k)));
        for (ConcurrencyDistribution d : series.concurrency()) {
          double[] shares = d.shareOfTime();
          row.add(TextTable.number(k < shares.length ? shares[k] : 0, Format.PERCENT));
        }
        rows.add(row);
      }
      List<String> observed = new ArrayList<>(List.of("observed concurrency"));
      series.concurrency().forEach(d -> observed.add(Double.isNaN(d.observedConcurrency()) ? "n/a"
          : String.format(Locale.ROOT, "%.2f", d.observedConcurrency())));
      rows.add(observed);
      Html.table(out, rows, "concurrency");
      out.append("</section>\n");
    }
  }

  /** Series that share interval starts become one table; otherwise one table each. */
  private static void intervalTable(StringBuilder out, List<IntervalSeries> series, boolean groups) {
    double[] starts = series.get(0).intervalStartSeconds();
    boolean shared = series.stream().allMatch(s -> java.util.Arrays.equals(s.intervalStartSeconds(), starts));
    List<List<IntervalSeries>> tables = shared ? List.of(series) : series.stream().map(List::of).toList();
    for (List<IntervalSeries> table : tables) {
      double[] t = table.get(0).intervalStartSeconds();
      List<List<String>> rows = new ArrayList<>();
      List<String> header = new ArrayList<>(List.of("interval"));
      table.forEach(s -> header.add(groups ? Html.swatchedGroup(s.name()) : Html.swatched(s.name())));
      rows.add(header);
      for (int i = 0; i < t.length; i++) {
        double end = i + 1 < t.length ? t[i + 1] : table.get(0).endSeconds();
        List<String> row = new ArrayList<>(List.of(ClockFormat.clock(t[i]) + "–" + ClockFormat.clock(end)));
        for (IntervalSeries s : table) {
          double v = s.values()[i];
          row.add(Double.isNaN(v) ? "n/a" : TextTable.number(v, Format.PERCENT));
        }
        rows.add(row);
      }
      Html.table(out, rows, "intervals");
    }
  }

  private static void chartSection(StringBuilder out, String id, String title, List<ChartImage> charts) {
    if (charts.isEmpty()) {
      return;
    }
    out.append("<section id=\"").append(id).append("\"><h2>").append(Html.escape(title)).append("</h2>\n");
    for (ChartImage chart : charts) {
      Html.figure(out, chart);
    }
    out.append("</section>\n");
  }

  /** Adds {@code report.html} and {@code charts/NAME.png} and {@code .svg} for every chart. */
  public static OutputDirectory addTo(OutputDirectory directory, String html, List<ChartImage> charts) {
    directory.add("report.html", html);
    for (ChartImage chart : charts) {
      directory.add("charts/" + chart.name() + ".png", chart.png());
      directory.add("charts/" + chart.name() + ".svg", chart.svg());
    }
    return directory;
  }
}
