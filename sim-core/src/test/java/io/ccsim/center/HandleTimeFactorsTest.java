package io.ccsim.center;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.ccsim.distribution.Exponential;
import io.ccsim.kpi.Kpi;
import io.ccsim.model.AgentGroup;
import io.ccsim.model.ArrivalStream;
import io.ccsim.model.Channel;
import io.ccsim.model.ChannelKind;
import io.ccsim.model.Scenario;
import io.ccsim.model.ServiceLevelGoal;
import io.ccsim.model.TimeOfDayFactors;
import io.ccsim.singleskill.Eligibility;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Handle time and patience by time of day: each draw times its arrival interval's factor. */
class HandleTimeFactorsTest {
  private static Scenario scenario(TimeOfDayFactors factors) {
    Channel phone = new Channel("phone", ServiceLevelGoal.DEFAULT, new Exponential(100), null,
        Channel.UNLIMITED_QUEUE, ChannelKind.LIVE, null, 0, List.of(), null, false, factors);
    // 60 calls an hour for 10 days, 40 agents: nobody waits, so handle time alone is measured.
    return new Scenario("factors", 5, 1, 0, 10 * 86_400, List.of(phone), List.of(new ArrivalStream("phone", 60 / 3600.0)),
        List.of(new AgentGroup("team", 40, List.of("phone"))));
  }

  private static double aht(Scenario scenario) {
    ReplicationResult result = new ContactCenter(scenario, 0).run();
    return Kpi.AHT_SECONDS.perReplication(scenario, result, 0);
  }

  @Test
  void factors_halfAndDouble_giveTheirTimeWeightedMean() {
    // 0.5 from 00:00 to 12:00, 2.0 from 12:00 to 24:00, calls spread evenly: mean 100 × 1.25 = 125 s.
    // The mixture of exponential(50) and exponential(200) has sd 164 s; over ~14,400 calls, 3 standard
    // errors are 4.1 s.
    double withFactors = aht(scenario(new TimeOfDayFactors(0, 43_200, List.of(0.5, 2.0))));
    assertEquals(125, withFactors, 4.1);
    assertEquals(100, aht(scenario(null)), 2.5);
  }

  @Test
  void factors_needTheGeneralEngine_andPositiveValues() {
    assertNotNull(Eligibility.whyNot(scenario(new TimeOfDayFactors(0, 43_200, List.of(0.5, 2.0)))));
    assertThrows(IllegalArgumentException.class, () -> new TimeOfDayFactors(0, 43_200, List.of(0.5, 0.0)));
    assertThrows(IllegalArgumentException.class, () -> new TimeOfDayFactors(3600, 43_200, List.of(1.0, 1.0)));
    assertEquals(1.0, new TimeOfDayFactors(7 * 3600, 3600, List.of(2.0)).at(86_400 + 6 * 3600));
    assertEquals(2.0, new TimeOfDayFactors(7 * 3600, 3600, List.of(2.0)).at(86_400 + 7.5 * 3600));
  }

  @Test
  void patienceFactors_double_doubleTheTimeToAbandon() {
    // One agent held for ever by the first call: every later caller waits until patience runs out, so the
    // mean wait of all offered is the mean patience (exponential 100 s; 2 × 100 s with factor 2 all day).
    java.util.function.Function<TimeOfDayFactors, Double> meanWait = factors -> {
      Channel phone = new Channel("phone", ServiceLevelGoal.DEFAULT, new io.ccsim.distribution.Constant(1e9),
          new Exponential(100), Channel.UNLIMITED_QUEUE, ChannelKind.LIVE, null, 0, List.of(), null, false, null,
          factors);
      Scenario s = new Scenario("patience", 3, 1, 0, 6 * 86_400, List.of(phone),
          List.of(new ArrivalStream("phone", 60 / 3600.0)), List.of(new AgentGroup("team", 1, List.of("phone"))));
      ReplicationResult result = new ContactCenter(s, 0).run();
      return Kpi.MEAN_WAIT_SECONDS.perReplication(s, result, 0);
    };
    // ~8,640 callers: 3 standard errors of an exponential mean are 3.2% of it.
    assertEquals(100, meanWait.apply(null), 3.2);
    assertEquals(200, meanWait.apply(new TimeOfDayFactors(0, 43_200, List.of(2.0, 2.0))), 6.4);
  }
}
