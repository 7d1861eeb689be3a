package io.ccsim.center;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.ccsim.distribution.Exponential;
import io.ccsim.model.AgentGroup;
import io.ccsim.model.ArrivalStream;
import io.ccsim.model.Channel;
import io.ccsim.model.ChannelKind;
import io.ccsim.model.Scenario;
import io.ccsim.model.ServiceLevelGoal;
import io.ccsim.model.TimeOfDayFactors;
import io.ccsim.run.ReplicationKpis;
import io.ccsim.singleskill.Eligibility;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Handle time by time of day: each contact's handle time is its draw times its arrival interval's factor. */
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
    return ReplicationKpis.channel("ahtSeconds", scenario.channels().get(0), result.channels().get(0));
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
}
