package io.ccsim.center;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.ccsim.arrivals.ArrivalSchedule;
import io.ccsim.arrivals.ScheduledContact;
import io.ccsim.distribution.Exponential;
import io.ccsim.distribution.Lognormal;
import io.ccsim.kpi.Kpi;
import io.ccsim.model.AgentGroup;
import io.ccsim.model.ArrivalStream;
import io.ccsim.model.Channel;
import io.ccsim.model.ChannelKind;
import io.ccsim.model.Journeys;
import io.ccsim.model.Routing;
import io.ccsim.model.Scenario;
import io.ccsim.model.ServiceLevelGoal;
import io.ccsim.run.ProgressListener;
import io.ccsim.run.ReplicationRunner;
import io.ccsim.run.Summary;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Replaying a trace instead of generating arrivals. */
class TraceReplayTest {
  private static Scenario scenario() {
    return new Scenario("trace", 77, 1, 1800, 12 * 3600,
        List.of(new Channel("phone", ServiceLevelGoal.DEFAULT, new Lognormal(200, 1.1), new Exponential(240),
                Channel.UNLIMITED_QUEUE, ChannelKind.LIVE, new Exponential(20), 1, List.of()),
            new Channel("email", ServiceLevelGoal.DEFAULT, new Exponential(400), null, Channel.UNLIMITED_QUEUE,
                ChannelKind.DEFERRED, null, 0, List.of("phone"))),
        List.of(new ArrivalStream("phone", 100 / 3600.0), new ArrivalStream("email", 20 / 3600.0)),
        List.of(new AgentGroup("team", 8, List.of("phone", "email"))), Routing.DEFAULT, Journeys.NONE, 1800);
  }

  @Test
  void replayingTheExportedSchedule_givesExactlyTheOriginalResults() {
    Scenario scenario = scenario();
    List<ScheduledContact> exported = new ArrayList<>();
    ArrivalSchedule.of(scenario, 0).forEach(exported::add);
    Summary original = ReplicationRunner.run(scenario, 1, ProgressListener.NONE).summary();
    Summary replayed = ReplicationRunner.run(scenario, 1, ProgressListener.NONE, exported).summary();
    assertEquals(original, replayed);
  }

  @Test
  void replayingTheExport_withJourneys_givesExactlyTheOriginalResults() {
    Scenario base = scenario();
    Journeys journeys = new Journeys(true, 0.8, java.util.Map.of("phone", 0.7), java.util.Map.of(),
        List.of(new io.ccsim.model.FollowUp("phone", io.ccsim.model.FollowUp.Outcome.ABANDONED, 0.5, "email",
                new Exponential(600), 0),
            new io.ccsim.model.FollowUp("phone", io.ccsim.model.FollowUp.Outcome.UNRESOLVED, 0.9, "phone",
                new Exponential(1800), 0)));
    Scenario scenario = new Scenario(base.name(), base.seed(), 1, base.warmupSeconds(), base.horizonSeconds(),
        base.channels(), base.arrivals(), base.groups(), base.routing(), journeys, base.intervalSeconds());
    List<ScheduledContact> exported = new ArrayList<>();
    ArrivalSchedule.of(scenario, 0).forEach(exported::add);
    Summary original = ReplicationRunner.run(scenario, 1, ProgressListener.NONE).summary();
    Summary replayed = ReplicationRunner.run(scenario, 1, ProgressListener.NONE, exported).summary();
    assertEquals(original, replayed);
  }

  @Test
  void replayingAHandMadeTrace_reproducesItsArrivalsPerInterval_andUsesItsHandleTimes() {
    Scenario scenario = scenario();
    List<ScheduledContact> trace = new ArrayList<>();
    long number = 1;
    // 3 calls in the first half hour, none in the second, 5 in the third, each exactly 60 s long.
    for (double t : new double[] {100, 700, 1500, 3700, 4000, 4300, 4600, 5000}) {
      trace.add(new ScheduledContact(number++, t, "phone", 60, Double.NaN, null));
    }
    ReplicationResult r = new ContactCenter(scenario, 0, trace).run();
    assertEquals(3, r.intervals().get(0).offered(0));
    assertEquals(0, r.intervals().get(0).offered(1));
    assertEquals(5, r.intervals().get(0).offered(2));
    for (int i = 3; i < r.intervals().get(0).intervals(); i++) {
      assertEquals(0, r.intervals().get(0).offered(i), "interval " + i);
      assertEquals(0, r.intervals().get(1).offered(i), "no generated email before the horizon either");
    }
    // Counted (after the 30-minute warm-up): the five calls, handled in exactly 60 s plus wrap-up.
    assertEquals(5, r.channels().get(0).handled());
    Summary generated = ReplicationRunner.run(scenario, 1, ProgressListener.NONE).summary();
    assertNotEquals(generated.channels().get("phone").get(Kpi.OFFERED).mean(), 5.0);
  }
}
