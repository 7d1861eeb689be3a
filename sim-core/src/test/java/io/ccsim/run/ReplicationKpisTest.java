package io.ccsim.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.ccsim.distribution.Exponential;
import io.ccsim.kpi.Kpi;
import io.ccsim.kpi.Scope;
import io.ccsim.model.AgentGroup;
import io.ccsim.model.ArrivalStream;
import io.ccsim.model.Channel;
import io.ccsim.model.Scenario;
import io.ccsim.model.ServiceLevelGoal;
import io.ccsim.stats.Estimate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReplicationKpisTest {
  private static final Scenario SCENARIO = new Scenario("kpis", 9, 5, 600, 4 * 3600,
      List.of(new Channel("phone", ServiceLevelGoal.DEFAULT, new Exponential(180), new Exponential(200), 10),
          new Channel("chat", ServiceLevelGoal.DEFAULT, new Exponential(300), null, Channel.UNLIMITED_QUEUE)),
      List.of(new ArrivalStream("phone", 200 / 3600.0), new ArrivalStream("chat", 30 / 3600.0)),
      List.of(new AgentGroup("a", 10, List.of("phone")), new AgentGroup("b", 4, List.of("chat", "phone"))));

  @Test
  void summary_isTheEstimateOfThePerReplicationKpis() {
    RunResult run = ReplicationRunner.run(SCENARIO, 1, ProgressListener.NONE);
    ChannelSummary phone = run.summary().channels().get("phone");
    assertEquals(Estimate.of(ReplicationKpis.perReplication(run, Kpi.SERVICE_LEVEL, "phone")),
        phone.get(Kpi.SERVICE_LEVEL));
    assertEquals(Estimate.of(ReplicationKpis.perReplication(run, Kpi.ASA_SECONDS, "phone")), phone.get(Kpi.ASA_SECONDS));
    assertEquals(Estimate.of(ReplicationKpis.perReplication(run, Kpi.BLOCK_RATE, "phone")), phone.get(Kpi.BLOCK_RATE));
    assertEquals(Estimate.of(ReplicationKpis.perReplication(run, Kpi.OFFERED, "chat")),
        run.summary().channels().get("chat").get(Kpi.OFFERED));
    assertEquals(Estimate.of(ReplicationKpis.perReplication(run, Kpi.OCCUPANCY, "b")),
        run.summary().groups().get("b").get(Kpi.OCCUPANCY));
    assertEquals(Estimate.of(ReplicationKpis.perReplication(run, Kpi.WAIT_P90_SECONDS, "phone")).ci95(),
        phone.get(Kpi.WAIT_P90_SECONDS).ci95());
    assertEquals(ReplicationKpis.waitHistogram(run, "phone").getValueAtPercentile(90) / 1000.0,
        phone.get(Kpi.WAIT_P90_SECONDS).mean());
    long waited = Math.round(phone.get(Kpi.ANSWERED).mean() * 5) + Math.round(phone.get(Kpi.ABANDONED).mean() * 5);
    assertEquals(waited, ReplicationKpis.waitHistogram(run, "phone").getTotalCount());
    double[] all = ReplicationKpis.allAgentsOccupancy(run);
    double[] a = ReplicationKpis.perReplication(run, Kpi.OCCUPANCY, "a");
    double[] b = ReplicationKpis.perReplication(run, Kpi.OCCUPANCY, "b");
    assertEquals((a[0] * 10 + b[0] * 4) / 14, all[0], 1e-12);
    for (Kpi kpi : Kpi.of(Scope.CHANNEL)) {
      assertEquals(5, ReplicationKpis.perReplication(run, kpi, "phone").length, kpi.key());
    }
    assertThrows(IllegalArgumentException.class, () -> ReplicationKpis.perReplication(run, Kpi.OFFERED, "fax"));
    assertThrows(IllegalArgumentException.class, () -> ReplicationKpis.perReplication(run, Kpi.OCCUPANCY, "nobody"));
  }
}
