package io.ccsim.report.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.ccsim.kpi.Kpi;
import io.ccsim.kpi.KpiEstimates;
import io.ccsim.kpi.Scope;
import io.ccsim.report.SummaryJson;
import io.ccsim.run.ChannelSummary;
import io.ccsim.run.GroupSummary;
import io.ccsim.run.Summary;
import io.ccsim.stats.Estimate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CheckTest {
  private static final Estimate NONE = new Estimate(Double.NaN, Double.NaN);

  /** A one-channel summary with the given service level and ASA; other KPIs undefined. */
  static Summary summary(int replications, Estimate serviceLevel, Estimate asa) {
    Estimate zero = new Estimate(0, 0);
    KpiEstimates kpis = KpiEstimates.undefined(Scope.CHANNEL).with(Kpi.OFFERED, new Estimate(1000, 10))
        .with(Kpi.ANSWERED, new Estimate(990, 10)).with(Kpi.ABANDONED, new Estimate(10, 1)).with(Kpi.BLOCKED, zero)
        .with(Kpi.SERVICE_LEVEL, serviceLevel).with(Kpi.ASA_SECONDS, asa).with(Kpi.UNFINISHED, zero);
    ChannelSummary phone = new ChannelSummary("live", kpis, "answered-of-offered", 20, 0.8, "calendar");
    GroupSummary team = new GroupSummary(10,
        KpiEstimates.undefined(Scope.GROUP).with(Kpi.OCCUPANCY, new Estimate(0.8, 0.01)), Map.of());
    return new Summary("s", 1, replications, 0, 3600, Map.of("phone", phone), Map.of("team", team));
  }

  static JsonNode json(Summary summary) {
    return SummaryJson.parse(SummaryJson.toJson(summary));
  }

  @Test
  void expectation_parsesOperatorsNumbersAndPercentages() {
    Expectation e = Expectation.parse("  phone.serviceLevel>=80% ");
    assertEquals(Operator.AT_LEAST, e.operator());
    assertEquals(0.8, e.value(), 1e-15);
    assertEquals("phone.serviceLevel >= 0.8", e.name());
    assertEquals(Operator.EQUAL, Expectation.parse("phone.blocked == 0").operator());
    assertEquals(-1.5e-3, Expectation.parse("phone.asaSeconds > -1.5e-3").value());
    assertEquals("groups.team.occupancy", Expectation.parse("groups.team.occupancy < 0.9").kpi().toString());
  }

  @Test
  void expectation_evaluatesTheMean_undefinedNeverHolds() {
    Summary s = summary(10, new Estimate(0.85, 0.02), NONE);
    assertEquals(CheckOutcome.Status.PASSED, Expectation.parse("phone.serviceLevel >= 0.85").evaluate(s).status());
    assertEquals(CheckOutcome.Status.FAILED, Expectation.parse("phone.serviceLevel > 0.85").evaluate(s).status());
    CheckOutcome undefined = Expectation.parse("phone.asaSeconds < 100").evaluate(s);
    assertTrue(undefined.failed());
    assertTrue(undefined.detail().contains("undefined"), undefined.detail());
    assertTrue(Expectation.parse("groups.team.occupancy <= 0.8").evaluate(s).status() == CheckOutcome.Status.PASSED);
    IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
        () -> Expectation.parse("chat.serviceLevel >= 0.8").evaluate(s));
    assertTrue(missing.getMessage().contains("no channel 'chat'; it has channels phone"), missing.getMessage());
  }

  @Test
  void expectation_groupKpis_areShownInTheirCatalogueFormat() {
    Summary s = summary(10, new Estimate(0.85, 0.02), NONE);
    GroupSummary team = new GroupSummary(10, s.groups().get("team").kpis()
        .with(Kpi.CONCURRENCY, new Estimate(2.5, 0.04)).with(Kpi.INTERRUPTIONS, new Estimate(3, 0.5)), Map.of());
    Summary withTeam = new Summary("s", 1, 10, 0, 3600, s.channels(), Map.of("team", team));
    assertTrue(Expectation.parse("groups.team.concurrency >= 2").evaluate(withTeam).detail()
        .contains("= 2.50 ± 0.04 (mean"), "items held, not a percentage");
    assertTrue(Expectation.parse("groups.team.interruptions < 5").evaluate(withTeam).detail().contains("= 3.0 ± 0.5 (mean"));
    assertTrue(Expectation.parse("groups.team.occupancy <= 0.9").evaluate(withTeam).detail().contains("= 80.00% ± 1.00%"));
  }

  @Test
  void expectation_badText_saysWhatIsAllowed() {
    for (String bad : new String[] {"phone.serviceLevel", "phone.serviceLevel =< 1", "phone.serviceLevel >= x",
        "phone.serviceLevel >= 1 2", "phone.x >= 1", ">= 1"}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Expectation.parse(bad), bad);
      assertTrue(e.getMessage().contains("allowed"), e.getMessage());
      assertFalse(e.getMessage().contains("\n"));
    }
  }

  @Test
  void baseline_significantAndBeyondAllowance_isARegression() {
    JsonNode baseline = json(summary(20, new Estimate(0.85, 0.005), new Estimate(10, 0.5)));
    List<CheckOutcome> worse = BaselineCheck.compare(summary(20, new Estimate(0.80, 0.005), new Estimate(10.1, 0.5)),
        baseline, 0.02);
    assertEquals(2, worse.size(), worse.toString());
    CheckOutcome sl = worse.get(0);
    assertTrue(sl.failed(), sl.detail());
    assertTrue(sl.detail().contains("5.88% worse, significant regression"), sl.detail());
    assertFalse(worse.get(1).failed(), "ASA 1% worse is within a 2% allowance: " + worse.get(1).detail());
  }

  @Test
  void baseline_beyondAllowanceButNoise_isNoRegression() {
    JsonNode baseline = json(summary(10, new Estimate(0.85, 0.06), new Estimate(10, 0.5)));
    CheckOutcome sl = BaselineCheck.compare(summary(10, new Estimate(0.80, 0.06), new Estimate(10, 0.5)), baseline, 0.02)
        .get(0);
    assertFalse(sl.failed(), sl.detail());
    assertTrue(sl.detail().contains("worse beyond the allowance but not significant"), sl.detail());
  }

  @Test
  void baseline_significantButWithinAllowance_isNoRegression_andBetterNever() {
    JsonNode baseline = json(summary(50, new Estimate(0.85, 0.001), new Estimate(10, 0.01)));
    List<CheckOutcome> out = BaselineCheck.compare(summary(50, new Estimate(0.84, 0.001), new Estimate(5, 0.01)),
        baseline, 0.02);
    assertFalse(out.get(0).failed(), out.get(0).detail());
    assertFalse(out.get(1).failed(), out.get(1).detail());
    assertTrue(out.get(1).detail().contains("better"), out.get(1).detail());
  }

  @Test
  void baseline_singleReplication_isSkipped() {
    JsonNode baseline = json(summary(1, new Estimate(0.85, Double.NaN), new Estimate(10, Double.NaN)));
    List<CheckOutcome> out = BaselineCheck.compare(summary(1, new Estimate(0.5, Double.NaN), NONE), baseline, 0);
    assertEquals(1, out.size(), "ASA is undefined in the current run, so only service level is compared");
    assertEquals(CheckOutcome.Status.SKIPPED, out.get(0).status());
    assertThrows(IllegalArgumentException.class, () -> BaselineCheck.compare(summary(1, NONE, NONE), baseline, -0.1));
  }

  @Test
  void junitXml_oneCasePerOutcome_escapedAndDeterministic() {
    List<CheckOutcome> outcomes = List.of(
        new CheckOutcome("expectations", "phone.serviceLevel >= 0.8", CheckOutcome.Status.PASSED, "ok & fine"),
        new CheckOutcome("baseline", "phone.asaSeconds", CheckOutcome.Status.FAILED, "a \"regression\" <here>"),
        new CheckOutcome("baseline", "phone.probWait", CheckOutcome.Status.SKIPPED, "one replication"));
    String xml = JUnitXml.render("ccsim check: s", outcomes);
    assertTrue(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuite name=\"ccsim check: s\" tests=\"3\""
        + " failures=\"1\" errors=\"0\" skipped=\"1\""), xml);
    assertTrue(xml.contains("name=\"phone.serviceLevel &gt;= 0.8\""), xml);
    assertTrue(xml.contains("<failure type=\"regression\" message=\"a &quot;regression&quot; &lt;here&gt;\">"), xml);
    assertTrue(xml.contains("<skipped message=\"one replication\"/>"), xml);
    assertEquals(xml, JUnitXml.render("ccsim check: s", outcomes));
  }
}
