package io.ccsim.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccsim.kpi.Kpi;
import io.ccsim.kpi.KpiEstimates;
import io.ccsim.kpi.Scope;
import io.ccsim.report.ComparisonCharts;
import io.ccsim.report.RunCharts;
import io.ccsim.report.RunSeries;
import io.ccsim.report.Runs;
import io.ccsim.report.chart.ChartImage;
import io.ccsim.report.chart.ConcurrencyDistribution;
import io.ccsim.report.chart.IntervalSeries;
import io.ccsim.report.compare.ComparedRun;
import io.ccsim.report.compare.Comparison;
import io.ccsim.run.RunResult;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HtmlReportTest {
  private static final RunResult RUN = Runs.run(Runs.scenario("Demo <center>", false, 11, 3, 3));

  private static void assertSelfContained(String html) {
    assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"en\">"));
    assertTrue(html.endsWith("</html>\n"));
    assertFalse(html.contains("http://") || html.contains("https://"), "no network resources");
    assertFalse(html.contains(" src=\"/") || html.contains(" href="), "no local files either");
    assertTrue(html.contains("@media print"));
  }

  @Test
  void run_withoutSeries_hasBriefKpisGroupsAndCharts_butNoIntervalSections() {
    List<ChartImage> charts = RunCharts.of(RUN, RunSeries.NONE, "", "");
    assertEquals(List.of("wait-percentiles", "occupancy"), charts.stream().map(ChartImage::name).toList());
    String html = HtmlReport.run(RUN, "demo.yaml", RunSeries.NONE, charts);
    assertSelfContained(html);
    assertTrue(html.contains("<h1>Demo &lt;center&gt;</h1>"), "escaped");
    assertTrue(html.contains("<section id=\"scenario\">") && html.contains("<section id=\"kpis\">")
        && html.contains("<section id=\"groups\">") && html.contains("<section id=\"charts\">"));
    assertTrue(html.contains("200.0/h") && html.contains("10.00 Erlangs"), "demand in brief");
    assertTrue(html.contains("<th><span class=\"swatch\" style=\"background:#0072b2\"></span>phone</th>"), "phone is blue");
    assertFalse(html.contains("id=\"service-level-intervals\""));
    assertFalse(html.contains("id=\"concurrency\""));
    assertEquals(2, html.split("<img ", -1).length - 1);
    assertEquals(html, HtmlReport.run(RUN, "demo.yaml", RunSeries.NONE, RunCharts.of(RUN, RunSeries.NONE, "", "")),
        "deterministic");
  }

  @Test
  void run_withEngineSeries_addsIntervalTablesAndCharts() {
    double[] starts = {8 * 3600, 8.5 * 3600, 9 * 3600};
    RunSeries series = new RunSeries(
        List.of(new IntervalSeries("phone", starts, new double[] {0.9, 0.7, Double.NaN})), Map.of("phone", 0.8),
        List.of(new IntervalSeries("phone-team", starts, new double[] {0.6, 0.95, 0.8})),
        List.of(new IntervalSeries("phone", starts, new double[] {0, 4, 1})),
        List.of(new ConcurrencyDistribution("chat", new double[] {0.2, 0.5, 0.3})),
        List.of(new IntervalSeries("phone", starts, new double[] {40, 90, 60})),
        List.of(new IntervalSeries("phone", starts, new double[] {10, 14, 12})));
    List<ChartImage> charts = RunCharts.of(RUN, series, "", "");
    assertEquals(List.of("service-level-intervals", "demand-staffing-intervals", "queue-length", "wait-percentiles", "occupancy-intervals",
        "occupancy", "concurrency"), charts.stream().map(ChartImage::name).toList());
    String html = HtmlReport.run(RUN, "demo.yaml", series, charts);
    assertSelfContained(html);
    assertTrue(html.contains("id=\"service-level-intervals\"") && html.contains("id=\"occupancy-intervals\"")
        && html.contains("id=\"concurrency\""));
    assertTrue(html.contains("<td>8:00–8:30</td><td>90.00%</td>"), "interval rows");
    assertTrue(html.contains("<td>9:00–9:30</td><td>n/a</td>"), "undefined interval");
    assertTrue(html.contains("<td>observed concurrency</td><td>1.38</td>"), html);
    assertEquals(7, html.split("<img ", -1).length - 1);
  }

  @Test
  void runSeries_fromSummaryIntervalsAndConcurrency() {
    io.ccsim.stats.Estimate e = new io.ccsim.stats.Estimate(0.5, 0.1);
    var intervals = new io.ccsim.run.IntervalSummary(1800, List.of(0.0, 1800.0),
        Map.of("phone", Map.of("serviceLevel", List.of(new io.ccsim.stats.Estimate(0.9, 0.01), e),
            "queueLength", List.of(e, e))),
        Map.of("team", Map.of("occupancy", List.of(e, new io.ccsim.stats.Estimate(0.7, 0.02)))));
    var phone = RUN.summary().channels().get("phone");
    var team = new io.ccsim.run.GroupSummary(5, KpiEstimates.of(Scope.GROUP, kpi -> e)
        .with(Kpi.BUSY_SHARE, new io.ccsim.stats.Estimate(0.8, 0.01)),
        Map.of("1", new io.ccsim.stats.Estimate(0.5, 0), "2", new io.ccsim.stats.Estimate(0.5, 0)));
    var summary = new io.ccsim.run.Summary("s", 1, 3, 0, 3600, Map.of("phone", phone), Map.of("team", team), null,
        intervals);
    RunSeries series = RunSeries.of(summary);
    assertEquals(0.9, series.serviceLevelPerInterval().get(0).values()[0]);
    assertEquals(0.8, series.serviceLevelTargets().get("phone"));
    assertEquals(0.7, series.occupancyPerInterval().get(0).values()[1]);
    assertEquals(1, series.queueLength().size());
    double[] shares = series.concurrency().get(0).shareOfTime();
    assertEquals(0.2, shares[0], 1e-12);
    assertEquals(0.4, shares[2], 1e-12);
    assertEquals(RunSeries.NONE, RunSeries.of(RUN.summary()), "no intervals, one item at a time: nothing to draw");
  }

  @Test
  void comparison_sideBySideWithMarkedDifferences_andAllCharts() {
    RunResult pooled = Runs.run(Runs.scenario("pooled", true, 11, 3, 3));
    Comparison c = Comparison.of(List.of(new ComparedRun("A", "siloed", "s.yaml", RUN),
        new ComparedRun("B", "pooled", "p.yaml", pooled)));
    List<ChartImage> charts = ComparisonCharts.of(c);
    String html = HtmlReport.comparison(c, charts);
    assertSelfContained(html);
    assertTrue(html.contains("<th>B − A</th>"), "difference column");
    assertTrue(html.contains("<b>all agents</b>"));
    assertTrue(html.contains("class=\"sig "), "significant differences are marked");
    assertEquals(charts.size(), html.split("<img ", -1).length - 1);
    assertTrue(charts.stream().anyMatch(ch -> ch.name().equals("compare-serviceLevel")));
    assertTrue(charts.stream().anyMatch(ch -> ch.name().equals("b-wait-percentiles")));
  }
}
