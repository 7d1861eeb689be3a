package io.ccsim.singleskill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccsim.DeepEquality;
import io.ccsim.center.ContactCenter;
import io.ccsim.center.ReplicationResult;
import io.ccsim.distribution.Constant;
import io.ccsim.distribution.Distribution;
import io.ccsim.distribution.Exponential;
import io.ccsim.distribution.Gamma;
import io.ccsim.distribution.Lognormal;
import io.ccsim.distribution.Uniform;
import io.ccsim.model.AgentCapacity;
import io.ccsim.model.AgentGroup;
import io.ccsim.model.ArrivalStream;
import io.ccsim.model.Burst;
import io.ccsim.model.Busyness;
import io.ccsim.model.Channel;
import io.ccsim.model.ChannelKind;
import io.ccsim.model.RateProfile;
import io.ccsim.model.Scenario;
import io.ccsim.model.ServiceLevelGoal;
import io.ccsim.run.BenchmarkModels;
import io.ccsim.run.Engine;
import io.ccsim.run.ProgressListener;
import io.ccsim.run.ReplicationRunner;
import io.ccsim.stats.ChannelTally;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The single-skill kernel must give exactly what the general engine gives: every field of every tally
 * (histograms and hold sums included), the events fired and the end time, bit for bit, on scenarios that exercise every rule it shares with the
 * general engine (patience, blocking, wrap-up, proficiency, several silos and streams, time-varying
 * arrivals with bursts, a backlog at time 0 with constant times so that many events tie, the drain limit).
 */
class SingleSkillKernelTest {
  private static final double HOUR = 3600;

  static Stream<Scenario> scenarios() {
    return Stream.of(
        BenchmarkModels.mmc(100, 0.9, 180, 50_000),
        // The README's single queue: Erlang A with a finite queue.
        scenario("erlang-a", 2 * HOUR, 30 * HOUR,
            List.of(channel("phone", new Exponential(180), new Exponential(300), 50, null)),
            List.of(new ArrivalStream("phone", 200 / HOUR)), List.of(new AgentGroup("team", 14, List.of("phone")))),
        // Erlang B: no queue at all.
        scenario("erlang-b", HOUR, 20 * HOUR,
            List.of(channel("phone", new Exponential(180), null, 0, null)),
            List.of(new ArrivalStream("phone", 200 / HOUR)), List.of(new AgentGroup("team", 12, List.of("phone")))),
        // Overloaded, lognormal work, gamma patience, uniform wrap-up, a small queue: every outcome.
        scenario("overloaded", HOUR, 10 * HOUR,
            List.of(channel("phone", new Lognormal(240, 1.2), new Gamma(120, 0.7), 8, new Uniform(5, 40))),
            List.of(new ArrivalStream("phone", 300 / HOUR)), List.of(new AgentGroup("team", 10, List.of("phone")))),
        // Two silos, phone with time-varying arrivals, random busyness and a daily burst, proficiency, deferred email.
        scenario("two-silos", HOUR, 2 * 24 * HOUR,
            List.of(channel("phone", new Exponential(200), new Exponential(240), Channel.UNLIMITED_QUEUE,
                    new Constant(30)),
                new Channel("email", ServiceLevelGoal.DEFAULT, new Gamma(400, 0.5), null, Channel.UNLIMITED_QUEUE,
                    ChannelKind.DEFERRED, null, 0, List.of())),
            List.of(new ArrivalStream("phone", new RateProfile(8 * HOUR, HOUR, List.of(0.04, 0.06, 0.05, 0.0)),
                    new Busyness(0.2, false), List.of(Burst.daily(9 * HOUR, 1800, 3)), 0),
                new ArrivalStream("email", 20 / HOUR)),
            List.of(new AgentGroup("phones", 9, List.of("phone"), Map.of("phone", 0.8), AgentCapacity.SINGLE),
                new AgentGroup("mail", 3, List.of("email")))),
        // A backlog at time 0 and constant times: many events at the same instant, in scheduling order.
        scenario("ties", 0, 4 * HOUR,
            List.of(new Channel("email", ServiceLevelGoal.DEFAULT, new Constant(60), null, Channel.UNLIMITED_QUEUE,
                    ChannelKind.DEFERRED, new Constant(10), 0, List.of()),
                channel("phone", new Constant(60), new Constant(30), Channel.UNLIMITED_QUEUE, null)),
            List.of(new ArrivalStream("email", RateProfile.constant(60 / HOUR), Busyness.NONE, List.of(), 40),
                new ArrivalStream("phone", 90 / HOUR)),
            List.of(new AgentGroup("mail", 5, List.of("email")), new AgentGroup("phones", 2, List.of("phone")))),
        // Unstable without patience: the drain limit ends the run with contacts still waiting.
        scenario("drain-limit", HOUR, 5 * HOUR,
            List.of(channel("phone", new Exponential(300), null, Channel.UNLIMITED_QUEUE, null)),
            List.of(new ArrivalStream("phone", 400 / HOUR)), List.of(new AgentGroup("team", 10, List.of("phone")))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void givesExactlyWhatTheGeneralEngineGives(Scenario scenario) {
    assertNull(Eligibility.whyNot(scenario));
    for (int replication = 0; replication < 3; replication++) {
      ReplicationResult general = ContactCenter.simulate(scenario, replication);
      ReplicationResult kernel = SingleSkillKernel.simulate(scenario, replication);
      assertSame(general, kernel, scenario.name() + " replication " + replication);
    }
    assertEquals(ReplicationRunner.run(scenario, 1, ProgressListener.NONE, null, Engine.GENERAL).summary(),
        ReplicationRunner.run(scenario, 2, ProgressListener.NONE, null, Engine.AUTO).summary());
  }

  @Test
  void theDrainLimitCaseReallyLeavesContactsUnfinished() {
    Scenario drain = scenarios().filter(s -> s.name().equals("drain-limit")).findFirst().orElseThrow();
    ChannelTally tally = SingleSkillKernel.simulate(drain, 0).channels().get(0);
    assertTrue(tally.unfinishedCount() > 0, "unfinished " + tally.unfinishedCount());
  }

  @Test
  void namesWhyItCannotRunAScenario() {
    Scenario blended = scenario("blended", 0, HOUR,
        List.of(channel("phone", new Exponential(180), null, Channel.UNLIMITED_QUEUE, null),
            channel("chat", new Exponential(180), null, Channel.UNLIMITED_QUEUE, null)),
        List.of(new ArrivalStream("phone", 0.01), new ArrivalStream("chat", 0.01)),
        List.of(new AgentGroup("all", 5, List.of("phone", "chat"))));
    assertEquals("group all serves several channels", Eligibility.whyNot(blended));
    Scenario twoGroups = scenario("two-groups", 0, HOUR,
        List.of(channel("phone", new Exponential(180), null, Channel.UNLIMITED_QUEUE, null)),
        List.of(new ArrivalStream("phone", 0.01)),
        List.of(new AgentGroup("a", 5, List.of("phone")), new AgentGroup("b", 5, List.of("phone"))));
    assertEquals("channel phone is served by more than one group", Eligibility.whyNot(twoGroups));
    Scenario chats = scenario("chats", 0, HOUR,
        List.of(channel("chat", new Exponential(180), null, Channel.UNLIMITED_QUEUE, null)),
        List.of(new ArrivalStream("chat", 0.01)),
        List.of(new AgentGroup("team", 5, List.of("chat"), Map.of(),
            new AgentCapacity(Map.of("chat", 3), 0, Map.of(), false, java.util.Set.of(), Map.of(), false))));
    assertEquals("group team takes more than one contact at a time or has effort rules", Eligibility.whyNot(chats));
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
        () -> Engine.SINGLE_SKILL.resolve(chats, null));
    assertTrue(error.getMessage().contains("takes more than one contact"), error.getMessage());
    assertEquals(Engine.GENERAL, Engine.AUTO.resolve(chats, null));
    assertEquals(Engine.SINGLE_SKILL, Engine.AUTO.resolve(BenchmarkModels.mmc(10, 0.5, 60, 1000), null));
    assertEquals(Engine.GENERAL, Engine.AUTO.resolve(BenchmarkModels.mmc(10, 0.5, 60, 1000), List.of()));
  }

  @Test
  void parsesEngineNames() {
    assertEquals(Engine.SINGLE_SKILL, Engine.parse("single-skill"));
    assertEquals(Engine.GENERAL, Engine.parse("general"));
    assertEquals("unknown engine 'fast': allowed are auto, general, single-skill",
        assertThrows(IllegalArgumentException.class, () -> Engine.parse("fast")).getMessage());
  }

  /** Every field of the two results, tallies included, recursively (see {@link DeepEquality}). */
  private static void assertSame(ReplicationResult expected, ReplicationResult actual, String what) {
    settle(expected);
    settle(actual);
    DeepEquality.assertDeepEquals(expected, actual, what);
  }

  /**
   * Brings every tally to the state reading its figures at the end leaves it in: zero waits folded into
   * the histogram, and interval queue lengths accumulated up to the end. Time integrals need nothing:
   * reading them settles nothing.
   */
  private static void settle(ReplicationResult result) {
    double end = result.endSeconds();
    result.channels().forEach(ChannelTally::waitMillis);
    result.intervals().forEach(interval -> interval.queueLength().averages(end));
  }

  private static Channel channel(String name, Distribution work, Distribution patience, int capacity,
      Distribution wrapUp) {
    return new Channel(name, ServiceLevelGoal.DEFAULT, work, patience, capacity, ChannelKind.LIVE, wrapUp, 0,
        List.of());
  }

  private static Scenario scenario(String name, double warmupSeconds, double horizonSeconds, List<Channel> channels,
      List<ArrivalStream> arrivals, List<AgentGroup> groups) {
    return new Scenario(name, 7, 3, warmupSeconds, horizonSeconds, channels, arrivals, groups);
  }
}
