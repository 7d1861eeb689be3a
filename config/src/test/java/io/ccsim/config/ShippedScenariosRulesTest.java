package io.ccsim.config;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccsim.center.Agent;
import io.ccsim.center.CenterObserver;
import io.ccsim.center.Contact;
import io.ccsim.center.ContactCenter;
import io.ccsim.center.ReplicationResult;
import io.ccsim.model.Scenario;
import io.ccsim.stats.GroupTally;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The routing rules on every shipped scenario (blending, concurrency, interruptions, reservations,
 * overflow, shifts, journeys): no contact is answered before one of its channel that arrived earlier,
 * and busy share and occupancy stay within [0, 1].
 */
class ShippedScenariosRulesTest {
  @TestFactory
  Stream<DynamicTest> shippedScenarios_answerEachChannelInArrivalOrder_andKeepSharesWithinOne() throws IOException {
    return ScenarioFilesTest.scenarioFiles(ScenarioFilesTest.SHIPPED).stream()
        .map(file -> DynamicTest.dynamicTest(file.toString(), () -> check(file)));
  }

  private static void check(Path file) {
    Scenario scenario = ScenarioLoader.load(file);
    ContactCenter center = new ContactCenter(scenario, 0);
    double[] lastAnsweredArrival = new double[scenario.channels().size()];
    Arrays.fill(lastAnsweredArrival, Double.NEGATIVE_INFINITY);
    long[] answered = {0};
    center.observe(new CenterObserver() {
      @Override
      public void started(Contact contact, Agent agent, double nowSeconds) {
        int c = contact.channelIndex();
        assertTrue(contact.arrivalSeconds() >= lastAnsweredArrival[c], () -> file + ": a " + scenario.channels()
            .get(c).name() + " contact that arrived at " + contact.arrivalSeconds() + " s was answered at "
            + nowSeconds + " s, after one that arrived at " + lastAnsweredArrival[c] + " s");
        lastAnsweredArrival[c] = contact.arrivalSeconds();
        answered[0]++;
      }
    });
    ReplicationResult result = center.run();
    assertTrue(answered[0] > 100, file + ": contacts answered " + answered[0]);
    for (int g = 0; g < result.groups().size(); g++) {
      GroupTally tally = result.groups().get(g);
      String group = scenario.groups().get(g).name();
      double busyShare = tally.busyShare(result.endSeconds());
      double occupancy = tally.slotOccupancy(result.endSeconds());
      assertTrue(busyShare >= 0 && busyShare <= 1 + 1e-12, file + ": busy share of " + group + " = " + busyShare);
      assertTrue(occupancy >= 0 && occupancy <= 1 + 1e-12, file + ": occupancy of " + group + " = " + occupancy);
      assertTrue(occupancy <= busyShare + 1e-12, file + ": occupancy above busy share for " + group);
    }
  }
}
