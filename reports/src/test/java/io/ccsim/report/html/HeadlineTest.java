package io.ccsim.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccsim.kpi.Kpi;
import io.ccsim.kpi.KpiEstimates;
import io.ccsim.kpi.Scope;
import io.ccsim.report.Runs;
import io.ccsim.report.Units;
import io.ccsim.report.compare.ComparedRun;
import io.ccsim.report.compare.Comparison;
import io.ccsim.run.ChannelSummary;
import io.ccsim.run.RunResult;
import io.ccsim.run.Summary;
import io.ccsim.stats.Estimate;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeadlineTest {
  private static ChannelSummary channel(String kind, double serviceLevel, double ci95, double thresholdSeconds,
      double target) {
    KpiEstimates kpis = KpiEstimates.of(Scope.CHANNEL, k -> switch (k) {
      case SERVICE_LEVEL -> new Estimate(serviceLevel, ci95);
      case ASA_SECONDS -> new Estimate(kind.equals("deferred") ? 18_720 : 12.34, 0.5);
      case ABANDON_RATE -> new Estimate(0.031, 0.002);
      case WAIT_P90_SECONDS -> new Estimate(kind.equals("deferred") ? 36_000 : 2_400, 10);
      default -> new Estimate(0, 0);
    });
    return new ChannelSummary(kind, kpis, "answered-of-offered", thresholdSeconds, target, "calendar");
  }

  @Test
  void missedTarget_saysByHowManyPoints() {
    ChannelSummary phone = channel("live", 0.772, 0.004, 20, 0.8);
    assertEquals("phone: 77.2% answered within 20 s, target 80%: missed by 2.8 points",
        Headline.sentence("phone", phone));
    assertEquals(Headline.Verdict.MISSED, Headline.verdict(phone));
  }

  @Test
  void metTarget_withinItsInterval_saysSo() {
    ChannelSummary email = channel("deferred", 0.905, 0.01, 24 * 3600, 0.9);
    assertEquals("email: 90.5% answered within 24 h, target 90%: met by 0.5 points"
        + " (the target is inside the 95% interval of ± 1.0 points)", Headline.sentence("email", email));
    assertEquals(Headline.Verdict.MET, Headline.verdict(email));
  }

  @Test
  void followUps_deferredWaitsInHours_liveThousandsOfSecondsInMinutes_noAbandonsForDeferred() {
    assertEquals("ASA 5.20 h · wait p90 10.0 h", Headline.followUps(channel("deferred", 0.9, 0.01, 86400, 0.9)));
    assertEquals("ASA 12.3 s · abandon rate 3.10% · wait p90 40.0 min",
        Headline.followUps(channel("live", 0.9, 0.01, 20, 0.8)));
  }

  @Test
  void units_thresholdsAndEstimates() {
    assertEquals("20 s", Units.threshold(20));
    assertEquals("90 s", Units.threshold(90));
    assertEquals("15 min", Units.threshold(900));
    assertEquals("90 min", Units.threshold(5400));
    assertEquals("2.5 h", Units.threshold(9000));
    assertEquals("24 h", Units.threshold(86400));
    assertEquals("5.20 ± 0.10 h", Units.duration(new Estimate(18_720, 360), true));
    assertEquals("ASA", Units.labelWithoutSeconds(Kpi.ASA_SECONDS));
  }

  @Test
  void runPage_opensWithTheHeadline_beforeChartsAndTables() {
    RunResult run = Runs.run(Runs.scenario("Demo", false, 11, 3, 3));
    String html = HtmlReport.run(run, "demo.yaml", io.ccsim.report.RunSeries.NONE,
        io.ccsim.report.RunCharts.of(run, io.ccsim.report.RunSeries.NONE, "", ""));
    int headline = html.indexOf("<section id=\"headline\"");
    assertTrue(headline > 0 && headline < html.indexOf("<section id=\"charts\"")
        && html.indexOf("<section id=\"charts\"") < html.indexOf("<section id=\"kpis\""), "headline, charts, tables");
    assertTrue(html.contains("answered within 20 s, target 80%: "), html);
    assertTrue(html.contains("<li class=\"met\">") || html.contains("<li class=\"missed\">"));
    assertTrue(html.contains("Occupancy: "), "groups in the headline");
  }

  @Test
  void comparison_namesWhatDiffers_andTheSignificantDifferences() {
    RunResult siloed = Runs.run(Runs.scenario("siloed", false, 11, 3, 3));
    RunResult pooled = Runs.run(Runs.scenario("pooled", true, 11, 3, 3));
    List<ComparedRun> runs = List.of(new ComparedRun("A", "siloed", "s.yaml", siloed),
        new ComparedRun("B", "pooled", "p.yaml", pooled));
    List<ComparisonHeadline.Aspect> aspects = ComparisonHeadline.differences(runs);
    assertEquals(List.of("headcount"), aspects.stream().map(ComparisonHeadline.Aspect::name).toList());
    assertEquals(List.of("16 agents: phone-team 11, chat-team 5", "16 agents: blended 16"), aspects.get(0).values());

    Comparison comparison = Comparison.of(runs);
    List<ComparisonHeadline.Finding> findings = ComparisonHeadline.findings(comparison);
    assertFalse(findings.isEmpty());
    assertTrue(findings.size() <= ComparisonHeadline.MAX_DIFFERENCES);
    assertTrue(findings.get(0).text().contains("service level: A "), findings.get(0).text());
    assertTrue(findings.get(0).text().matches(".* [+−]\\d+\\.\\d ± \\d+\\.\\d points \\(B (better|worse)\\)"),
        findings.get(0).text());

    String html = HtmlReport.comparison(comparison, List.of());
    assertTrue(html.indexOf("<section id=\"headline\"") < html.indexOf("<section id=\"side-by-side\""));
    assertTrue(html.contains("<h3>What differs</h3>") && html.contains("<h3>Differences that matter</h3>"));
    assertTrue(html.contains("class=\"text verdict "), "targets met or missed per scenario");
  }

  @Test
  void runPage_withJourneys_labelsThemAndReadsDurationsInMinutes() {
    Summary base = Runs.run(Runs.scenario("Demo", false, 11, 3, 3)).summary();
    KpiEstimates journeys = KpiEstimates.of(Scope.JOURNEY, k -> k == Kpi.TIME_TO_RESOLUTION_SECONDS
        ? new Estimate(1396.33, 140.29) : new Estimate(0.5, 0.01));
    Summary summary = new Summary(base.scenario(), base.seed(), base.replications(), base.warmupSeconds(),
        base.horizonSeconds(), base.channels(), base.groups(), journeys, base.intervals());
    RunResult run = Runs.run(Runs.scenario("Demo", false, 11, 3, 3));
    String html = HtmlReport.run(new RunResult(run.scenario(), run.values(), summary), "demo.yaml",
        io.ccsim.report.RunSeries.NONE, List.of());
    assertTrue(html.contains("<td>first contact to resolution</td><td>23.3 ± 2.34 min</td>"), html);
    assertTrue(html.contains("<td>repeat-contact rate</td>"), "catalogue labels, not keys");
    assertFalse(html.contains("repeatContactRate"));
  }

  @Test
  void sameSetUp_saysSo() {
    RunResult a = Runs.run(Runs.scenario("a", false, 11, 3, 3));
    assertEquals(List.of(), ComparisonHeadline.differences(List.of(new ComparedRun("A", "a", "", a),
        new ComparedRun("B", "b", "", a))));
  }
}
