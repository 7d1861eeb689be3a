package io.ccsim.size;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccsim.distribution.Exponential;
import io.ccsim.model.AgentGroup;
import io.ccsim.model.ArrivalStream;
import io.ccsim.model.Channel;
import io.ccsim.model.Scenario;
import io.ccsim.model.Journeys;
import io.ccsim.model.FollowUp;
import io.ccsim.model.Routing;
import io.ccsim.model.ServiceLevelGoal;
import io.ccsim.center.ContactCenter;
import java.util.Map;
import io.ccsim.run.Engine;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunSizeTest {
  private static final long MIB = 1L << 20;

  private static Scenario phone(double ratePerSecond, int agents, Exponential patience, int queueCapacity,
      double horizonSeconds) {
    Channel channel = new Channel("phone", ServiceLevelGoal.DEFAULT, new Exponential(180), patience, queueCapacity);
    return new Scenario("s", 1, 4, 0, horizonSeconds, List.of(channel),
        List.of(new ArrivalStream("phone", ratePerSecond)), List.of(new AgentGroup("team", agents, List.of("phone"))));
  }

  @Test
  void stableQueue_fitsASmallHeap() {
    RunSize size = RunSize.of(phone(200 / 3600.0, 14, new Exponential(300), Channel.UNLIMITED_QUEUE, 360_000));
    assertTrue(size.fits(Engine.GENERAL, 64 * MIB));
    assertEquals(20_000, size.contactsPerReplication(), 1e-6);
    assertEquals(80_000, size.contactsPerRun(), 1e-6);
  }

  @Test
  void overloadWithoutPatience_growsWithTheHorizon_andIsCappedByTheQueue() {
    RunSize unlimited = RunSize.of(phone(1000, 14, null, Channel.UNLIMITED_QUEUE, 360_000));
    assertTrue(unlimited.contactsAtOnce() > 3e8, () -> "estimate " + unlimited.contactsAtOnce());
    assertFalse(unlimited.fits(Engine.SINGLE_SKILL, 8192 * MIB));
    RunSize capped = RunSize.of(phone(1000, 14, null, 50, 360_000));
    assertTrue(capped.contactsAtOnce() < 100, () -> "estimate " + capped.contactsAtOnce());
    assertTrue(capped.fits(Engine.GENERAL, 64 * MIB));
  }

  @Test
  void agents_costOnlyInTheGeneralEngine_andThreadsShrinkToFit() {
    RunSize size = RunSize.of(phone(1, 2_000_000, new Exponential(300), 50, 3600));
    assertTrue(size.fits(Engine.SINGLE_SKILL, 256 * MIB));
    assertFalse(size.fits(Engine.GENERAL, 256 * MIB));
    assertTrue(size.fits(Engine.GENERAL, 2048 * MIB));
    assertEquals(2, size.threadsThatFit(Engine.GENERAL, 2048 * MIB, 8));
    assertEquals(8, size.threadsThatFit(Engine.SINGLE_SKILL, 2048 * MIB, 8));
  }

  @Test
  void texts_areShort() {
    assertEquals("512 MiB", RunSize.bytes(512 * MIB));
    assertEquals("112 GiB", RunSize.bytes(112.4 * 1024 * MIB));
    assertEquals("15h", RunSize.roughDuration(15 * 3600 + 100));
  }

  @Test
  void followUps_areCounted_soTheEstimateCoversTheContactsSimulated() {
    // Half the handled calls are unresolved and 90% of those call back, and 60% of abandoning callers
    // try again: the simulated contacts exceed the first contacts, and the estimate must cover them.
    Channel channel = new Channel("phone", ServiceLevelGoal.DEFAULT, new Exponential(180), new Exponential(60),
        Channel.UNLIMITED_QUEUE);
    Journeys journeys = new Journeys(false, 1.0, Map.of("phone", 0.5), Map.of(), List.of(
        new FollowUp("phone", FollowUp.Outcome.UNRESOLVED, 0.9, "phone", new Exponential(600), 0),
        new FollowUp("phone", FollowUp.Outcome.ABANDONED, 0.6, "phone", new Exponential(300), 0)));
    Scenario s = new Scenario("s", 1, 1, 0, 20 * 3600, List.of(channel), List.of(new ArrivalStream("phone", 0.05)),
        List.of(new AgentGroup("team", 12, List.of("phone"))), Routing.DEFAULT, journeys);
    long simulated = ContactCenter.simulate(s, 0).simulatedContacts();
    double firstContacts = 0.05 * 20 * 3600;
    assertTrue(simulated > 1.3 * firstContacts, () -> "simulated " + simulated);
    RunSize size = RunSize.of(s);
    assertTrue(size.contactsPerReplication() >= simulated, () -> size.contactsPerReplication() + " < " + simulated);
    assertTrue(size.contactsPerReplication() <= 4 * simulated, () -> "estimate " + size.contactsPerReplication());
  }
}
