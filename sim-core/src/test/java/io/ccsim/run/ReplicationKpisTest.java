package io.ccsim.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.ccsim.distribution.Exponential;
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
    assertEquals(Estimate.of(ReplicationKpis.channel(run, "phone", "serviceLevel")), phone.serviceLevel());
    assertEquals(Estimate.of(ReplicationKpis.channel(run, "phone", "asaSeconds")), phone.asaSeconds());
    assertEquals(Estimate.of(ReplicationKpis.channel(run, "phone", "blockRate")), phone.blockRate());
    assertEquals(Estimate.of(ReplicationKpis.channel(run, "chat", "offered")), run.summary().channels().get("chat").offered());
    assertEquals(Estimate.of(ReplicationKpis.occupancy(run, "b")), run.summary().groups().get("b").occupancy());
    assertEquals(Estimate.of(ReplicationKpis.channel(run, "phone", "waitP90Seconds")).ci95(), phone.waitP90Seconds().ci95());
    assertEquals(ReplicationKpis.waitHistogram(run, "phone").getValueAtPercentile(90) / 1000.0,
        phone.waitP90Seconds().mean());
    long waited = (long) (Math.round(phone.answered().mean() * 5) + Math.round(phone.abandoned().mean() * 5));
    assertEquals(waited, ReplicationKpis.waitHistogram(run, "phone").getTotalCount());
    double[] all = ReplicationKpis.allAgentsOccupancy(run);
    double[] a = ReplicationKpis.occupancy(run, "a");
    double[] b = ReplicationKpis.occupancy(run, "b");
    assertEquals((a[0] * 10 + b[0] * 4) / 14, all[0], 1e-12);
    for (String key : ReplicationKpis.CHANNEL_KEYS) {
      assertEquals(5, ReplicationKpis.channel(run, "phone", key).length, key);
    }
    assertThrows(IllegalArgumentException.class, () -> ReplicationKpis.channel(run, "phone", "nope"));
    assertThrows(IllegalArgumentException.class, () -> ReplicationKpis.channel(run, "fax", "offered"));
    assertThrows(IllegalArgumentException.class, () -> ReplicationKpis.occupancy(run, "nobody"));
  }
}
