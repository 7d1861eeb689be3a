package io.ccsim.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccsim.center.Agent;
import io.ccsim.center.CenterObserver;
import io.ccsim.center.ChannelState;
import io.ccsim.center.Contact;
import io.ccsim.center.ContactCenter;
import io.ccsim.center.ReplicationResult;
import io.ccsim.kpi.Kpi;
import io.ccsim.model.FollowUp;
import io.ccsim.model.Scenario;
import io.ccsim.stats.ChannelTally;
import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The observer's moments on every shipped scenario: each counted arrival, answer, abandonment, block
 * and end of handling is reported exactly once (the counts equal the tallies), every pause is resumed,
 * and a replication advanced piece by piece with {@link ContactCenter#runUntil} and {@link
 * ContactCenter#finish} measures exactly what {@link ContactCenter#run} does.
 */
class CenterObserverHooksTest {
  @TestFactory
  Stream<DynamicTest> observerCounts_equalTheTallies_onEveryShippedScenario() throws IOException {
    return ScenarioFilesTest.scenarioFiles(ScenarioFilesTest.SHIPPED).stream()
        .map(file -> DynamicTest.dynamicTest(file.toString(), () -> countsMatch(file)));
  }

  @TestFactory
  Stream<DynamicTest> runUntilInPieces_thenFinish_measuresWhatRunDoes() throws IOException {
    return ScenarioFilesTest.scenarioFiles(ScenarioFilesTest.SHIPPED).stream()
        .map(file -> DynamicTest.dynamicTest(file.toString(), () -> piecesMatch(file)));
  }

  /** Per channel: counted arrivals, answers, abandonments, blocks, ends; and pauses, resumes, presence. */
  private static final class Counter implements CenterObserver {
    final long[] arrived;
    final long[] started;
    final long[] abandoned;
    final long[] blocked;
    final long[] finished;
    final long[] queuedOrPlacedOrBlocked;
    long paused;
    long resumed;
    long presenceChanges;
    long followUpsWithContext;
    long arrivalsWithContext;
    double lastTime = Double.NEGATIVE_INFINITY;

    Counter(int channels) {
      arrived = new long[channels];
      started = new long[channels];
      abandoned = new long[channels];
      blocked = new long[channels];
      finished = new long[channels];
      queuedOrPlacedOrBlocked = new long[channels];
    }

    private void at(double now) {
      assertTrue(now >= lastTime, "time went back from " + lastTime + " to " + now);
      lastTime = now;
    }

    @Override
    public void arrived(Contact contact, double now) {
      at(now);
      assertEquals(contact.arrivalSeconds(), now);
      if (contact.counted()) {
        arrived[contact.channelIndex()]++;
      }
      if (contact.withContext()) {
        arrivalsWithContext++;
      }
    }

    @Override
    public void queued(Contact contact, double now) {
      at(now);
      assertTrue(contact.isWaiting());
      if (contact.counted()) {
        queuedOrPlacedOrBlocked[contact.channelIndex()]++;
      }
    }

    @Override
    public void started(Contact contact, Agent agent, double now) {
      at(now);
      if (contact.counted()) {
        started[contact.channelIndex()]++;
        if (contact.arrivalSeconds() == now) {
          queuedOrPlacedOrBlocked[contact.channelIndex()]++;
        }
      }
    }

    @Override
    public void abandoned(Contact contact, double now) {
      at(now);
      if (contact.counted()) {
        abandoned[contact.channelIndex()]++;
      }
    }

    @Override
    public void blocked(Contact contact, double now) {
      at(now);
      if (contact.counted()) {
        blocked[contact.channelIndex()]++;
        queuedOrPlacedOrBlocked[contact.channelIndex()]++;
      }
    }

    @Override
    public void finished(Contact contact, Agent agent, double now) {
      at(now);
      if (contact.counted()) {
        finished[contact.channelIndex()]++;
      }
    }

    @Override
    public void paused(Contact item, Agent agent, double now) {
      assertTrue(item.isPaused());
      paused++;
    }

    @Override
    public void resumed(Contact item, Agent agent, double now) {
      assertFalse(item.isPaused());
      resumed++;
    }

    @Override
    public void presenceChanged(Agent agent, double now) {
      presenceChanges++;
    }

    @Override
    public void followUpPlanned(Contact from, FollowUp.Outcome outcome, ChannelState to, double delaySeconds,
        boolean withContext, double now) {
      assertTrue(delaySeconds >= 0);
      if (withContext) {
        followUpsWithContext++;
      }
    }
  }

  private static void countsMatch(Path file) {
    Scenario scenario = ScenarioLoader.load(file);
    Counter counter = new Counter(scenario.channels().size());
    ReplicationResult result = new ContactCenter(scenario, 0).observe(counter).run();
    for (int c = 0; c < scenario.channels().size(); c++) {
      ChannelTally tally = result.channels().get(c);
      String what = file + " " + scenario.channels().get(c).name() + ": ";
      // Every counted arrival is answered, abandoned, blocked or still waiting at the end.
      assertEquals(tally.offered() + tally.unfinishedCount(), counter.arrived[c], what + "arrivals");
      assertEquals(tally.answered(), counter.started[c], what + "answered");
      assertEquals(tally.abandoned(), counter.abandoned[c], what + "abandoned");
      assertEquals(tally.blocked(), counter.blocked[c], what + "blocked");
      assertEquals(tally.handled(), counter.finished[c], what + "handled");
      assertTrue(counter.queuedOrPlacedOrBlocked[c] >= counter.arrived[c], what + "each arrival queued or placed");
    }
    long interruptions = result.groups().stream().mapToLong(g -> g.interruptions()).sum();
    assertTrue(counter.paused >= interruptions, file + ": pauses " + counter.paused + " < " + interruptions);
    assertTrue(counter.paused - counter.resumed >= 0, file + ": resumed more than paused");
    boolean shifts = scenario.groups().stream().anyMatch(g -> !g.shifts().isEmpty());
    assertEquals(shifts, counter.presenceChanges > 0, file + ": presence changes " + counter.presenceChanges);
    assertTrue(counter.arrivalsWithContext <= counter.followUpsWithContext, file + ": context arrivals");
    if (scenario.journeys().sharedContext() && !scenario.journeys().followUps().isEmpty()) {
      assertTrue(counter.arrivalsWithContext > 0, file + ": no follow-up arrived with context");
    }
  }

  private static void piecesMatch(Path file) {
    Scenario scenario = ScenarioLoader.load(file);
    ReplicationResult whole = new ContactCenter(scenario, 0).run();
    ContactCenter center = new ContactCenter(scenario, 0);
    double[] advanced = {Double.NEGATIVE_INFINITY};
    center.observe(new CenterObserver() {
      @Override
      public void timeAdvanced(double now) {
        advanced[0] = now;
      }
    });
    // A few single events first (as `ccsim show`'s step does), then uneven pieces to the end.
    for (int i = 0; i < 5; i++) {
      center.runUntil(center.nextEventSeconds());
    }
    double t = center.nowSeconds();
    while (!center.runUntil(t)) {
      assertEquals(t, center.nowSeconds(), file + ": clock after runUntil");
      assertEquals(t, advanced[0], file + ": timeAdvanced");
      t += 997.3;
    }
    assertTrue(center.ended());
    assertEquals(Double.POSITIVE_INFINITY, center.nextEventSeconds());
    ReplicationResult pieces = center.finish();
    assertTrue(pieces == center.finish(), "finish returns the same result");
    assertEquals(whole.endSeconds(), pieces.endSeconds(), file + ": end");
    assertEquals(whole.firedEvents(), pieces.firedEvents(), file + ": events");
    assertEquals(whole.simulatedContacts(), pieces.simulatedContacts(), file + ": contacts");
    // Every KPI of the catalogue, for every channel, group and the journeys, is the same either way.
    for (Kpi kpi : Kpi.values()) {
      int subjects = switch (kpi.scope()) {
        case CHANNEL -> scenario.channels().size();
        case GROUP -> scenario.groups().size();
        case JOURNEY -> 1;
      };
      for (int i = 0; i < subjects; i++) {
        assertEquals(kpi.perReplication(scenario, whole, i), kpi.perReplication(scenario, pieces, i),
            file + ": " + kpi.scope() + " " + i + " " + kpi.key());
      }
    }
  }
}
