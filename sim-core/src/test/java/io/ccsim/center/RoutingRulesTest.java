package io.ccsim.center;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccsim.analytic.ErlangC;
import io.ccsim.analytic.ErlangCResult;
import io.ccsim.analytic.Traffic;
import io.ccsim.distribution.Distribution;
import io.ccsim.distribution.Exponential;
import io.ccsim.model.AgentCapacity;
import io.ccsim.model.AgentGroup;
import io.ccsim.model.ArrivalStream;
import io.ccsim.model.Channel;
import io.ccsim.model.ChannelKind;
import io.ccsim.model.BreakRule;
import io.ccsim.model.Journeys;
import io.ccsim.model.Reservation;
import io.ccsim.model.Routing;
import io.ccsim.model.RoutingMode;
import io.ccsim.model.Scenario;
import io.ccsim.model.ServiceLevelDefinition;
import io.ccsim.model.ServiceLevelGoal;
import io.ccsim.model.Shift;
import io.ccsim.run.Engine;
import io.ccsim.stats.ChannelTally;
import io.ccsim.stats.Estimate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

/**
 * The routing rules of docs/routing.md, each tested by the figures a user reads: a blended team whose
 * calls pre-empt email against the same team without email (paired, common random numbers) and against
 * Erlang C; email throughput against the capacity calls leave; reservations at their limits.
 */
class RoutingRulesTest {
  private static final double CALL_SECONDS = 180;
  private static final double EMAIL_SECONDS = 600;
  private static final int AGENTS = 10;
  private static final double CALL_LOAD_ERLANGS = 7;

  private static Channel phone(Distribution patience) {
    return new Channel("phone", ServiceLevelGoal.DEFAULT, new Exponential(CALL_SECONDS), patience,
        Channel.UNLIMITED_QUEUE, ChannelKind.LIVE, null, 2, List.of());
  }

  /** Email whose queue holds at most {@code queueCapacity}: overloaded email keeps a bounded backlog. */
  private static Channel email(List<String> interruptibleBy, int queueCapacity) {
    return new Channel("email", new ServiceLevelGoal(8 * 3600, 0.9, ServiceLevelDefinition.ANSWERED_OF_OFFERED),
        new Exponential(EMAIL_SECONDS), null, queueCapacity, ChannelKind.DEFERRED, null, 1, interruptibleBy);
  }

  private static Scenario scenario(List<Channel> channels, List<ArrivalStream> arrivals, int agents,
      List<Reservation> reservations, double horizonHours, int replications) {
    List<String> skills = channels.stream().map(Channel::name).toList();
    AgentCapacity oneAtATime = new AgentCapacity(Map.of(), 0, Map.of(), false, Set.of(), Map.of(), false);
    return new Scenario("rules", 4242, replications, 5 * 3600, 5 * 3600 + horizonHours * 3600, channels, arrivals,
        List.of(new AgentGroup("team", agents, skills, Map.of(), oneAtATime)),
        new Routing(RoutingMode.BLENDED, "longest-idle", "priority-fifo", reservations, List.of()), Journeys.NONE);
  }

  private static List<ChannelTally> channelTallies(Scenario scenario, int channel) {
    List<ChannelTally> tallies = new ArrayList<>();
    for (int r = 0; r < scenario.replications(); r++) {
      tallies.add(Engine.AUTO.simulate(scenario, r, null).channels().get(channel));
    }
    return tallies;
  }

  private static Estimate kpi(List<ChannelTally> tallies, ToDoubleFunction<ChannelTally> kpi) {
    return Estimate.of(tallies.stream().mapToDouble(kpi).toArray());
  }

  /** The paired difference B - A per replication, as an estimate with its 95% interval. */
  private static Estimate pairedDifference(List<ChannelTally> a, List<ChannelTally> b, ToDoubleFunction<ChannelTally> kpi) {
    double[] differences = new double[a.size()];
    for (int r = 0; r < differences.length; r++) {
      differences[r] = kpi.applyAsDouble(b.get(r)) - kpi.applyAsDouble(a.get(r));
    }
    return Estimate.of(differences);
  }

  private static double probWait(ChannelTally t) {
    return (double) t.delayedCount() / t.offered();
  }

  private static double serviceLevel(ChannelTally t) {
    return (double) t.answeredWithinThreshold() / t.offered();
  }

  private static double asa(ChannelTally t) {
    return t.answeredWaitSumSeconds() / t.answered();
  }

  private static double waitP90(ChannelTally t) {
    return t.waitMillis().getValueAtPercentile(90) / 1000.0;
  }

  private static double abandonRate(ChannelTally t) {
    return (double) t.abandoned() / t.offered();
  }

  private static void assertInside(String what, Estimate simulated, double expected) {
    assertTrue(simulated.contains(expected),
        what + ": simulated " + simulated.mean() + " ± " + simulated.ci95() + ", expected " + expected);
    assertTrue(simulated.ci95() <= Math.max(0.1 * Math.abs(expected), 0.01), what + ": interval too wide " + simulated);
  }

  private static ArrivalStream calls() {
    return new ArrivalStream("phone", CALL_LOAD_ERLANGS / CALL_SECONDS);
  }

  @Test
  void preemptibleEmail_phoneKpis_equalThePhoneOnlyTeam_andErlangC() {
    // Email demand (30/h) is well above the 18/h that the 3 agents' worth of capacity left by calls can serve.
    ArrivalStream emails = new ArrivalStream("email", 30 / 3600.0);
    Scenario phoneOnly = scenario(List.of(phone(null)), List.of(calls()), AGENTS, List.of(), 3000, 8);
    Scenario blended = scenario(List.of(phone(null), email(List.of("phone"), 50)), List.of(calls(), emails), AGENTS,
        List.of(), 3000, 8);
    List<ChannelTally> alone = channelTallies(phoneOnly, 0);
    List<ChannelTally> withEmail = channelTallies(blended, 0);
    List<ToDoubleFunction<ChannelTally>> kpis = List.of(
        RoutingRulesTest::probWait, RoutingRulesTest::serviceLevel, RoutingRulesTest::asa, RoutingRulesTest::waitP90);
    List<String> names = List.of("P(wait)", "service level", "ASA", "p90 wait");
    for (int k = 0; k < kpis.size(); k++) {
      Estimate difference = pairedDifference(alone, withEmail, kpis.get(k));
      assertTrue(difference.contains(0), names.get(k) + " differs: " + difference);
    }
    ErlangCResult erlang = ErlangC.evaluate(new Traffic(CALL_LOAD_ERLANGS / CALL_SECONDS, CALL_SECONDS), AGENTS, 20);
    assertInside("P(wait)", kpi(withEmail, RoutingRulesTest::probWait), erlang.probWait());
    assertInside("service level", kpi(withEmail, RoutingRulesTest::serviceLevel), erlang.serviceLevel());
    assertInside("ASA", kpi(withEmail, RoutingRulesTest::asa), erlang.asaSeconds());
    assertInside("p90 wait", kpi(withEmail, RoutingRulesTest::waitP90),
        ErlangC.waitQuantileSeconds(new Traffic(CALL_LOAD_ERLANGS / CALL_SECONDS, CALL_SECONDS), AGENTS, 0.9));
  }

  @Test
  void preemptibleEmail_withImpatientCallers_phoneKpisEqualThePhoneOnlyTeam() {
    Exponential patience = new Exponential(120);
    Scenario phoneOnly = scenario(List.of(phone(patience)), List.of(calls()), AGENTS, List.of(), 1000, 8);
    Scenario blended = scenario(List.of(phone(patience), email(List.of("phone"), 50)),
        List.of(calls(), new ArrivalStream("email", 30 / 3600.0)), AGENTS, List.of(), 1000, 8);
    List<ChannelTally> alone = channelTallies(phoneOnly, 0);
    List<ChannelTally> withEmail = channelTallies(blended, 0);
    for (ToDoubleFunction<ChannelTally> kpi : List.<ToDoubleFunction<ChannelTally>>of(RoutingRulesTest::probWait,
        RoutingRulesTest::serviceLevel, RoutingRulesTest::asa, RoutingRulesTest::waitP90, RoutingRulesTest::abandonRate)) {
      Estimate difference = pairedDifference(alone, withEmail, kpi);
      assertTrue(difference.contains(0), "differs: " + difference);
    }
    assertTrue(kpi(withEmail, RoutingRulesTest::abandonRate).mean() > 0.01, "callers did abandon");
  }

  @Test
  void preemptibleEmail_overloaded_throughputIsTheCapacityCallsLeave() {
    double horizonHours = 3000;
    Scenario blended = scenario(List.of(phone(null), email(List.of("phone"), 50)),
        List.of(calls(), new ArrivalStream("email", 30 / 3600.0)), AGENTS, List.of(), horizonHours, 8);
    List<ChannelTally> email = channelTallies(blended, 1);
    // Each agent-second not spent on a call goes to email: (agents - call load) / email handle time.
    double expectedPerHour = (AGENTS - CALL_LOAD_ERLANGS) / EMAIL_SECONDS * 3600;
    Estimate answeredPerHour = kpi(email, t -> t.answered() / horizonHours);
    assertEquals(expectedPerHour, answeredPerHour.mean(), 0.03 * expectedPerHour, answeredPerHour.toString());
    assertTrue(kpi(email, t -> t.blocked()).mean() > 0, "email demand exceeded capacity");
  }

  @Test
  void reservationAtHeadCount_startsEmailOnlyWithEveryAgentIdle_yetServesAllEmailWhenCallsAreLight() {
    int agents = 6;
    Scenario s = scenario(List.of(phone(new Exponential(300)), email(List.of(), Channel.UNLIMITED_QUEUE)),
        List.of(new ArrivalStream("phone", 0.3 * agents / CALL_SECONDS), new ArrivalStream("email", 2 / 3600.0)),
        agents, List.of(new Reservation("email", agents)), 400, 4);
    ContactCenter center = new ContactCenter(s, 0);
    int[] emailsStarted = {0};
    center.observe(new CenterObserver() {
      @Override
      public void started(Contact contact, Agent agent, double nowSeconds) {
        if (contact.channel().isDeferred()) {
          emailsStarted[0]++;
          assertTrue(center.channels()[0].queue().isEmpty(), "an email started while a call waited");
          // The starting agent has just taken the email; every other agent is idle.
          assertEquals(agents - 1, center.groups()[0].idleCount(), "idle agents besides the starter");
        }
      }
    });
    ReplicationResult one = center.run();
    assertTrue(emailsStarted[0] > 500, "emails started: " + emailsStarted[0]);
    assertTrue(one.channels().get(0).delayedCount() > 0, "calls did wait sometimes");
    List<ChannelTally> email = channelTallies(s, 1);
    Estimate answeredShare = kpi(email, t -> (double) t.answered() / t.offered());
    assertTrue(answeredShare.mean() > 0.999, "email answered / offered: " + answeredShare);
    assertTrue(kpi(email, t -> t.unfinishedCount()).mean() == 0, "no email left unanswered");
  }

  @Test
  void reservationOfOne_onOneAtATimeAgents_changesNothing() {
    // An idle agent deciding counts itself, so a reservation of one idle agent never refuses it: the run
    // must equal the run without a reservation, bit for bit.
    List<Channel> channels = List.of(phone(new Exponential(300)), email(List.of(), Channel.UNLIMITED_QUEUE));
    List<ArrivalStream> arrivals =
        List.of(new ArrivalStream("phone", 0.7 * 8 / CALL_SECONDS), new ArrivalStream("email", 6 / 3600.0));
    List<ChannelTally> none = channelTallies(scenario(channels, arrivals, 8, List.of(), 300, 3), 1);
    List<ChannelTally> one = channelTallies(scenario(channels, arrivals, 8, List.of(new Reservation("email", 1)), 300, 3), 1);
    for (int r = 0; r < none.size(); r++) {
      assertEquals(none.get(r).answeredWaitSumSeconds(), one.get(r).answeredWaitSumSeconds());
      assertEquals(none.get(r).waitMillis(), one.get(r).waitMillis());
    }
  }

  @Test
  void reservationOfK_startsEmailExactlyWhileKAgentsAreIdleCountingTheStarter() {
    int agents = 8;
    int reserved = 3;
    Scenario s = scenario(List.of(phone(new Exponential(300)), email(List.of(), Channel.UNLIMITED_QUEUE)),
        List.of(new ArrivalStream("phone", 0.6 * agents / CALL_SECONDS), new ArrivalStream("email", 20 / 3600.0)),
        agents, List.of(new Reservation("email", reserved)), 300, 1);
    ContactCenter center = new ContactCenter(s, 0);
    int[] started = countEmailStartsCheckingReservation(center, reserved);
    center.run();
    assertTrue(started[0] > 1000, "emails started: " + started[0]);
  }

  @Test
  void reservationOfK_underShiftsAndBreaks_emailWaitsOnlyWhileFewerThanKAgentsAreIdle() {
    // Agents log in, take breaks and leave all day, so the idle count the reservation reads moves with
    // presence too. After every event: waiting email means fewer than k idle agents (k idle agents would
    // have started it), and a started email had k idle counting its agent.
    int reserved = 2;
    List<Shift> shifts = List.of(
        new Shift(6 * 3600, 14 * 3600, 5, List.of(new BreakRule(9 * 3600, 11 * 3600, 900))),
        new Shift(10 * 3600, 18 * 3600, 4, List.of(new BreakRule(13 * 3600, 15 * 3600, 1800))),
        new Shift(0, 24 * 3600, 1, List.of()));
    AgentCapacity oneAtATime = new AgentCapacity(Map.of(), 0, Map.of(), false, Set.of(), Map.of(), false);
    Scenario s = new Scenario("rules", 77, 1, 0, 3 * 24 * 3600,
        List.of(phone(new Exponential(300)), email(List.of(), Channel.UNLIMITED_QUEUE)),
        List.of(new ArrivalStream("phone", 2.5 / CALL_SECONDS), new ArrivalStream("email", 12 / 3600.0)),
        List.of(new AgentGroup("team", 10, List.of("phone", "email"), Map.of(), oneAtATime, shifts, 0)),
        new Routing(RoutingMode.BLENDED, "longest-idle", "priority-fifo", List.of(new Reservation("email", reserved)),
            List.of()), Journeys.NONE);
    ContactCenter center = new ContactCenter(s, 0);
    GroupState team = center.groups()[0];
    ChannelState email = center.channels()[1];
    int[] started = countEmailStartsCheckingReservation(center, reserved);
    int checked = 0;
    int waitedWithFewIdle = 0;
    while (!center.runUntil(center.nextEventSeconds())) {
      if (email.queue().size() > 0) {
        assertTrue(team.idleCount() < reserved,
            "email waits at " + center.nowSeconds() + " s while " + team.idleCount() + " agents are idle");
        waitedWithFewIdle++;
      }
      checked++;
    }
    assertTrue(checked > 10_000, "events checked: " + checked);
    assertTrue(started[0] > 500, "emails started: " + started[0]);
    assertTrue(waitedWithFewIdle > 100, "email never had to wait: " + waitedWithFewIdle);
  }

  /** Counts the emails started in {@code center}, checking at each that k agents were idle, the starter included. */
  private static int[] countEmailStartsCheckingReservation(ContactCenter center, int reserved) {
    int[] started = {0};
    center.observe(new CenterObserver() {
      @Override
      public void started(Contact contact, Agent agent, double nowSeconds) {
        if (contact.channel().isDeferred()) {
          started[0]++;
          assertTrue(center.groups()[0].idleCount() + 1 >= reserved, "email started with too few agents idle");
        }
      }
    });
    return started;
  }
}
