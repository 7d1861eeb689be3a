package io.ccsim.arrivals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccsim.center.ContactCenter;
import io.ccsim.center.ReplicationResult;
import io.ccsim.distribution.Exponential;
import io.ccsim.model.AgentGroup;
import io.ccsim.model.ArrivalStream;
import io.ccsim.model.Busyness;
import io.ccsim.model.Channel;
import io.ccsim.model.ChannelKind;
import io.ccsim.model.RateProfile;
import io.ccsim.model.Scenario;
import io.ccsim.model.ServiceLevelDefinition;
import io.ccsim.model.ServiceLevelGoal;
import io.ccsim.random.RandomStreams;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The initial backlog: exactly N contacts at time 0, counted when warmup is 0. */
class BacklogTest {
  private static final double HOUR = 3600;

  private static ArrivalStream email(int backlog) {
    return new ArrivalStream("email", RateProfile.constant(30 / HOUR), Busyness.NONE, List.of(), backlog);
  }

  private static Scenario withEmail(int backlog, double warmupSeconds) {
    Channel channel = new Channel("email", new ServiceLevelGoal(4 * HOUR, 0.9, ServiceLevelDefinition.ANSWERED_OF_OFFERED),
        new Exponential(600), null, Channel.UNLIMITED_QUEUE, ChannelKind.DEFERRED, null, 0, List.of());
    return new Scenario("backlog", 3, 1, warmupSeconds, warmupSeconds + 8 * HOUR, List.of(channel),
        List.of(email(backlog)), List.of(new AgentGroup("team", 3, List.of("email"))));
  }

  @Test
  void backlog_givesExactlyNArrivalsAtZero_thenThePoissonStream() {
    ArrivalProcess process = ArrivalProcesses.of(email(120), new RandomStreams(5, 0));
    for (int i = 0; i < 120; i++) {
      assertEquals(0.0, process.nextArrivalSeconds(0), "backlog contact " + (i + 1));
    }
    double next = process.nextArrivalSeconds(0);
    assertTrue(next > 0, "the 121st arrival is a new one: " + next);

    // After the backlog, the stream is the same as without one.
    assertEquals(ArrivalProcesses.of(email(0), new RandomStreams(5, 0)).nextArrivalSeconds(0), next);
  }

  @Test
  void backlog_inSchedule_isNContactsAtZero() {
    long atZero = 0;
    for (ScheduledContact c : ArrivalSchedule.of(withEmail(120, 0), 0)) {
      if (c.arrivalSeconds() == 0) {
        atZero++;
      }
    }
    assertEquals(120, atZero);
  }

  @Test
  void backlog_withoutWarmup_isCountedAsOffered() {
    long without = offered(withEmail(0, 0));
    long with = offered(withEmail(120, 0));

    assertEquals(without + 120, with, "the backlog arrives at 0, inside [warmup, horizon)");
  }

  @Test
  void backlog_withWarmup_isNotCounted() {
    assertEquals(offered(withEmail(0, HOUR)), offered(withEmail(120, HOUR)));
  }

  private static long offered(Scenario scenario) {
    ReplicationResult result = ContactCenter.simulate(scenario, 0);
    return result.channels().get(0).offered();
  }
}
