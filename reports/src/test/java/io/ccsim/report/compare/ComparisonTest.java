package io.ccsim.report.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccsim.kpi.Kpi;
import io.ccsim.report.Runs;
import io.ccsim.run.ReplicationKpis;
import io.ccsim.run.RunResult;
import io.ccsim.stats.Estimate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComparisonTest {
  private static final RunResult SILOED = Runs.run(Runs.scenario("siloed", false, 11, 5, 8));
  private static final RunResult POOLED = Runs.run(Runs.scenario("pooled", true, 11, 5, 8));

  private static Comparison siloedVsPooled() {
    return Comparison.of(List.of(new ComparedRun("A", "siloed", "a.yaml", SILOED),
        new ComparedRun("B", "pooled", "b.yaml", POOLED)));
  }

  @Test
  void paired_isMeanAndTIntervalOfPerReplicationDifferences_skippingUndefined() {
    Estimate d = Comparison.paired(new double[] {1, 2, 3, Double.NaN}, new double[] {2, 4, 6, 1});
    assertEquals(2, d.mean(), 1e-12);
    assertEquals(Estimate.of(new double[] {1, 2, 3}).ci95(), d.ci95(), 1e-12);
  }

  @Test
  void rows_haveEachRunsSummaryEstimate_andPairedDifferences() {
    Comparison c = siloedVsPooled();
    ComparisonRow sl = c.row("chat", "serviceLevel");
    assertEquals(SILOED.summary().channels().get("chat").get(Kpi.SERVICE_LEVEL), sl.estimates().get(0));
    assertEquals(POOLED.summary().channels().get("chat").get(Kpi.SERVICE_LEVEL), sl.estimates().get(1));
    double[] a = ReplicationKpis.perReplication(SILOED, Kpi.SERVICE_LEVEL, "chat");
    double[] b = ReplicationKpis.perReplication(POOLED, Kpi.SERVICE_LEVEL, "chat");
    assertEquals(Comparison.paired(a, b), sl.differences().get(0));
    // Same seed, same channel names: the arrivals are the same, so offered does not differ at all.
    ComparisonRow offered = c.row("phone", "offered");
    assertEquals(0, offered.differences().get(0).mean());
    assertEquals(0, offered.differences().get(0).ci95());
    assertFalse(ComparisonRow.significant(offered.differences().get(0)));
    assertTrue(ComparisonRow.significant(sl.differences().get(0)), sl.toString());
  }

  @Test
  void groups_presentInOneRunOnly_haveNoDifference_allAgentsAlwaysDoes() {
    Comparison c = siloedVsPooled();
    ComparisonRow team = c.row("groups.phone-team", "occupancy");
    assertNull(team.estimates().get(1));
    assertNull(team.differences().get(0));
    ComparisonRow all = c.row(Comparison.ALL_AGENTS, "occupancy");
    assertEquals(2, all.estimates().size());
    assertEquals(List.of("phone", "chat", "groups.phone-team", "groups.chat-team", "groups.blended",
        Comparison.ALL_AGENTS), c.subjects());
  }

  @Test
  void text_andCsv_markSignificantDifferences() {
    Comparison c = siloedVsPooled();
    String text = ComparisonTable.render(c);
    assertTrue(text.contains("A = siloed (a.yaml)"), text);
    assertTrue(text.lines().anyMatch(l -> l.startsWith("service level") && l.endsWith("*")), text);
    String csv = ComparisonCsv.render(c);
    assertTrue(csv.lines().anyMatch(l -> l.startsWith("chat,serviceLevel,") && l.endsWith(",true")), csv);
    assertTrue(csv.lines().anyMatch(l -> l.startsWith("phone,offered,") && l.endsWith(",0.0,0.0,false")), csv);
    assertTrue(csv.contains("\ngroups.blended,occupancy,,,"), csv);
  }

  @Test
  void runsWithDifferentSeeds_areRefused() {
    RunResult other = Runs.run(Runs.scenario("other", true, 11, 6, 8));
    assertThrows(IllegalArgumentException.class, () -> Comparison.of(List.of(
        new ComparedRun("A", "a", "", SILOED), new ComparedRun("B", "b", "", other))));
    assertThrows(IllegalArgumentException.class, () -> Comparison.of(List.of(new ComparedRun("A", "a", "", SILOED))));
  }
}
