package io.ccsim.center;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccsim.distribution.Exponential;
import io.ccsim.model.AgentGroup;
import io.ccsim.model.ArrivalStream;
import io.ccsim.model.Channel;
import io.ccsim.model.ChannelKind;
import io.ccsim.model.Scenario;
import io.ccsim.model.ServiceLevelGoal;
import io.ccsim.stats.GroupTally;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Agents who take one item at a time but whose email a call may interrupt hold 2 items while the call
 * lasts (the paused email stays in hand). They are still one busy agent each: busy share is the share
 * of logged-in time with at least one item, never above 1.
 */
class InterruptedBusyShareTest {
  @Test
  void callsInterruptEmail_oneItemAtATimeGroup_busyShareIsTheCapacityInUse() {
    Channel phone = new Channel("phone", ServiceLevelGoal.DEFAULT, new Exponential(180), new Exponential(300),
        Channel.UNLIMITED_QUEUE, ChannelKind.LIVE, null, 1, List.of());
    Channel email = new Channel("email", ServiceLevelGoal.DEFAULT, new Exponential(600), null,
        Channel.UNLIMITED_QUEUE, ChannelKind.DEFERRED, null, 0, List.of("phone"));
    // More email than the 4 agents can answer, so they are nearly always busy and calls often interrupt.
    Scenario scenario = new Scenario("interrupted", 5, 1, 3600, 3600 + 20 * 3600, List.of(phone, email),
        List.of(new ArrivalStream("phone", 0.5 * 4 / 180.0), new ArrivalStream("email", 4 / 600.0)),
        List.of(new AgentGroup("team", 4, List.of("phone", "email"))));

    ReplicationResult result = ContactCenter.simulate(scenario, 0);

    GroupTally team = result.groups().get(0);
    double end = result.endSeconds();
    assertTrue(team.interruptions() > 100, "interruptions " + team.interruptions());
    double busyShare = team.busyShare(end);
    assertTrue(busyShare <= 1, "busy share " + busyShare);
    // Without wrap-up an agent holding anything works on exactly one item (the paused one frees its
    // capacity), so the time with at least one item is the capacity in use.
    assertEquals(team.slotOccupancy(end), busyShare, 1e-9);
  }
}
