package io.ccsim.center;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccsim.analytic.ErlangC;
import io.ccsim.analytic.ErlangCResult;
import io.ccsim.analytic.Traffic;
import io.ccsim.distribution.Constant;
import io.ccsim.distribution.Distribution;
import io.ccsim.distribution.Exponential;
import io.ccsim.model.AgentCapacity;
import io.ccsim.model.AgentGroup;
import io.ccsim.model.ArrivalStream;
import io.ccsim.model.Channel;
import io.ccsim.model.ChannelKind;
import io.ccsim.model.FollowUp;
import io.ccsim.model.Journeys;
import io.ccsim.model.Reservation;
import io.ccsim.model.Routing;
import io.ccsim.model.RoutingMode;
import io.ccsim.model.Scenario;
import io.ccsim.model.ServiceLevelDefinition;
import io.ccsim.model.ServiceLevelGoal;
import io.ccsim.routing.RoutingRegistry;
import io.ccsim.run.Engine;
import io.ccsim.stats.ChannelTally;
import io.ccsim.stats.Estimate;
import io.ccsim.stats.GroupTally;
import io.ccsim.stats.JourneyTally;
import java.util.List;
import java.util.stream.IntStream;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

/** The omni-channel model against what it promises: concurrency, effort, reservation, interruptions, pooling, context. */
class OmniChannelTest {
  private static final ServiceLevelGoal CHAT_GOAL =
      new ServiceLevelGoal(60, 0.8, ServiceLevelDefinition.ANSWERED_OF_OFFERED);

  private static Channel live(String name, Distribution handle, Distribution patience, int priority) {
    return new Channel(name, ServiceLevelGoal.DEFAULT, handle, patience, Channel.UNLIMITED_QUEUE, ChannelKind.LIVE,
        null, priority, List.of());
  }

  private static Channel email(List<String> interruptibleBy) {
    return new Channel("email", new ServiceLevelGoal(4 * 3600, 0.9, ServiceLevelDefinition.ANSWERED_OF_OFFERED),
        new Exponential(600), null, Channel.UNLIMITED_QUEUE, ChannelKind.DEFERRED, null, 0, interruptibleBy);
  }

  private static AgentCapacity chats(int max, List<Double> slowdown) {
    return new AgentCapacity(Map.of("chat", max), 0, Map.of(), false, Set.of(), Map.of("chat", slowdown), false);
  }

  private static Scenario scenario(List<Channel> channels, List<ArrivalStream> arrivals, List<AgentGroup> groups,
      Routing routing, Journeys journeys, double horizonHours, int replications) {
    return new Scenario("test", 99, replications, 3600, 3600 + horizonHours * 3600, channels, arrivals, groups,
        routing, journeys);
  }

  private static List<ReplicationResult> run(Scenario scenario) {
    // Each replication's tallies, as the engine ccsim run picks gives them (a run keeps only KPI values).
    return IntStream.range(0, scenario.replications()).mapToObj(r -> Engine.AUTO.simulate(scenario, r, null)).toList();
  }

  private static Estimate perChannel(List<ReplicationResult> results, int channel, ToDoubleFunction<ChannelTally> kpi) {
    return Estimate.of(results.stream().mapToDouble(r -> kpi.applyAsDouble(r.channels().get(channel))).toArray());
  }

  private static Estimate perGroup(List<ReplicationResult> results, int group, ToDoubleFunction<GroupTally> kpi) {
    return Estimate.of(results.stream().mapToDouble(r -> kpi.applyAsDouble(r.groups().get(group))).toArray());
  }

  private static void assertInside(String what, Estimate simulated, double expected) {
    assertTrue(simulated.contains(expected),
        what + ": simulated " + simulated.mean() + " ± " + simulated.ci95() + ", expected " + expected);
    assertTrue(simulated.ci95() < Math.max(0.1 * Math.abs(expected), 0.01), what + ": interval too wide " + simulated);
  }

  @Test
  void chatConcurrency_withoutSlowdown_matchesErlangCWithAgentsTimesSlots() {
    int agents = 5;
    int slots = 3;
    Traffic traffic = new Traffic(0.85 * agents * slots / 300.0, 300);
    Scenario s = scenario(
        List.of(new Channel("chat", CHAT_GOAL, new Exponential(300), null, Channel.UNLIMITED_QUEUE)),
        List.of(new ArrivalStream("chat", traffic.arrivalRatePerSecond())),
        List.of(new AgentGroup("chat-team", agents, List.of("chat"), Map.of(), chats(slots, List.of(1.0, 1.0, 1.0)))),
        Routing.DEFAULT, Journeys.NONE, 1500, 20);
    List<ReplicationResult> results = run(s);
    ErlangCResult expected = ErlangC.evaluate(traffic, agents * slots, 60);
    assertInside("P(wait)", perChannel(results, 0, t -> (double) t.delayedCount() / t.offered()), expected.probWait());
    assertInside("SL", perChannel(results, 0, t -> (double) t.answeredWithinThreshold() / t.offered()),
        expected.serviceLevel());
    assertInside("ASA", perChannel(results, 0, t -> t.answeredWaitSumSeconds() / t.answered()), expected.asaSeconds());
    assertInside("slot occupancy", perGroup(results, 0, g -> g.slotOccupancy(Double.MAX_VALUE)), expected.occupancy());
    // Without slowdown a chat takes exactly its work content. The sample mean of the drawn work itself
    // is 300.50 ± 0.26 s for this seed (checked with the raw stream), so the check allows 4 half-widths.
    Estimate aht = perChannel(results, 0, t -> t.handleSumSeconds() / t.handled());
    assertEquals(300, aht.mean(), 4 * aht.ci95(), aht.toString());
  }

  @Test
  void chatSlowdown_whenAgentsAlwaysFull_handleTimeIsWorkTimesSlowdownAtThatLevel() {
    List<Double> slowdown = List.of(1.0, 1.25, 1.6);
    Scenario s = scenario(
        List.of(live("chat", new Exponential(300), new Exponential(60), 0)),
        List.of(new ArrivalStream("chat", 3 * 4 * 3 / 300.0)),
        List.of(new AgentGroup("chat-team", 4, List.of("chat"), Map.of(), chats(3, slowdown))),
        Routing.DEFAULT, Journeys.NONE, 400, 10);
    List<ReplicationResult> results = run(s);
    Estimate aht = perChannel(results, 0, t -> t.handleSumSeconds() / t.handled());
    // Overloaded with a queue that never empties: every agent holds 3 chats all the time, so each chat
    // is worked at rate 1/1.6 from start to end.
    assertEquals(300 * 1.6, aht.mean(), 300 * 1.6 * 0.02, aht.toString());
    assertTrue(perGroup(results, 0, g -> g.slotOccupancy(Double.MAX_VALUE)).mean() > 0.99);
    assertTrue(perGroup(results, 0, g -> g.meanConcurrency(Double.MAX_VALUE)).mean() > 2.99);
  }

  @Test
  void chatSlowdown_raisesHandleTimeAndSlotOccupancy_atModerateLoad() {
    Scenario flat = chatScenario(List.of(1.0, 1.0, 1.0));
    Scenario slowed = chatScenario(List.of(1.0, 1.25, 1.6));
    List<ReplicationResult> a = run(flat);
    List<ReplicationResult> b = run(slowed);
    Estimate ahtFlat = perChannel(a, 0, t -> t.handleSumSeconds() / t.handled());
    Estimate ahtSlowed = perChannel(b, 0, t -> t.handleSumSeconds() / t.handled());
    assertTrue(ahtSlowed.mean() - ahtSlowed.ci95() > ahtFlat.mean() + ahtFlat.ci95(), ahtFlat + " vs " + ahtSlowed);
    assertTrue(ahtSlowed.mean() < 300 * 1.6, "handle time cannot exceed work at the deepest slowdown: " + ahtSlowed);
    Estimate occFlat = perGroup(a, 0, g -> g.slotOccupancy(Double.MAX_VALUE));
    Estimate occSlowed = perGroup(b, 0, g -> g.slotOccupancy(Double.MAX_VALUE));
    assertTrue(occSlowed.mean() - occSlowed.ci95() > occFlat.mean() + occFlat.ci95(), occFlat + " vs " + occSlowed);
  }

  private static Scenario chatScenario(List<Double> slowdown) {
    return scenario(
        List.of(live("chat", new Exponential(300), new Exponential(600), 0)),
        List.of(new ArrivalStream("chat", 0.6 * 6 * 3 / 300.0)),
        List.of(new AgentGroup("chat-team", 6, List.of("chat"), Map.of(), chats(3, slowdown))),
        Routing.DEFAULT, Journeys.NONE, 400, 10);
  }

  private static Scenario phoneAndEmail(int agents, List<Reservation> reservations, List<String> interruptibleBy,
      boolean mix) {
    return phoneAndEmail(agents, 0.7, reservations, interruptibleBy, mix);
  }

  private static Scenario phoneAndEmail(int agents, double phoneUtilization, List<Reservation> reservations,
      List<String> interruptibleBy, boolean mix) {
    AgentCapacity capacity = new AgentCapacity(Map.of(), 0, Map.of(), mix, Set.of(), Map.of(), false);
    return scenario(
        List.of(live("phone", new Exponential(180), new Exponential(300), 1), email(interruptibleBy)),
        List.of(new ArrivalStream("phone", phoneUtilization * agents / 180.0), new ArrivalStream("email", 0.15 * agents / 600.0)),
        List.of(new AgentGroup("team", agents, List.of("phone", "email"), Map.of(), capacity)),
        new Routing(RoutingMode.BLENDED, "longest-idle", "priority-fifo", reservations, List.of()),
        Journeys.NONE, 200, 4);
  }

  @Test
  void reservationAtAgentCount_startsNoEmailWhileACallWaits_butStillServesEmail() {
    int agents = 6;
    Scenario s = phoneAndEmail(agents, 0.3, List.of(new Reservation("email", agents)), List.of(), false);
    int[] emailsStarted = {0};
    ContactCenter center = new ContactCenter(s, 0);
    ContactQueue phoneQueue = center.channels()[0].queue();
    center.observe(new CenterObserver() {
      @Override
      public void started(Contact contact, Agent agent, double nowSeconds) {
        if (contact.channel().spec().name().equals("email")) {
          emailsStarted[0]++;
          assertTrue(phoneQueue.isEmpty(), "an email started while a call waited at " + nowSeconds);
        }
      }
    });
    ReplicationResult result = center.run();
    assertTrue(emailsStarted[0] > 100, "emails started: " + emailsStarted[0]);
    assertTrue(result.channels().get(0).delayedCount() > 0, "calls did wait sometimes");
  }

  @Test
  void interruptions_happenWhenAndOnlyWhenTheChannelAllowsThem_andHoldCountsInHandleTime() {
    Scenario allowed = phoneAndEmail(6, List.of(), List.of("phone"), false);
    Scenario forbidden = phoneAndEmail(6, List.of(), List.of(), false);
    List<ReplicationResult> on = run(allowed);
    List<ReplicationResult> off = run(forbidden);
    Estimate interruptionsOn = perGroup(on, 0, g -> g.interruptions());
    Estimate interruptionsOff = perGroup(off, 0, g -> g.interruptions());
    assertTrue(interruptionsOn.mean() > 10, interruptionsOn.toString());
    assertEquals(0, interruptionsOff.mean());
    Estimate holdOn = perChannel(on, 1, t -> t.holdSumSeconds() / t.handled());
    Estimate holdOff = perChannel(off, 1, t -> t.holdSumSeconds() / t.handled());
    assertTrue(holdOn.mean() > 0 && holdOff.mean() == 0, holdOn + " / " + holdOff);
    // Email handle time is work plus hold: about 600 s plus the mean hold.
    Estimate emailAht = perChannel(on, 1, t -> t.handleSumSeconds() / t.handled());
    assertEquals(600 + holdOn.mean(), emailAht.mean(), 3 * emailAht.ci95() + 10, emailAht.toString());
    // Calls wait less when they may interrupt email.
    Estimate phoneWaitOn = perChannel(on, 0, t -> t.answeredWaitSumSeconds() / t.answered());
    Estimate phoneWaitOff = perChannel(off, 0, t -> t.answeredWaitSumSeconds() / t.answered());
    assertTrue(phoneWaitOn.mean() < phoneWaitOff.mean(), phoneWaitOn + " vs " + phoneWaitOff);

    ContactCenter center = new ContactCenter(allowed, 0);
    int[] seen = {0};
    center.observe(new CenterObserver() {
      @Override
      public void interrupted(Agent agent, Contact interrupter, double nowSeconds) {
        seen[0]++;
        assertEquals("phone", interrupter.channel().spec().name());
        for (int i = 0; i < agent.itemsHeld(); i++) {
          assertEquals("email", agent.item(i).channel().spec().name());
        }
      }
    }).run();
    assertTrue(seen[0] > 0);
  }

  @Test
  void pooledTeam_beatsSilos_onServiceLevel_forEqualHeadcountAndSymmetricLoad() {
    List<Channel> channels = List.of(live("phone", new Exponential(180), new Exponential(300), 0),
        live("chat", new Exponential(180), new Exponential(300), 0));
    List<ArrivalStream> arrivals = List.of(new ArrivalStream("phone", 8 / 180.0), new ArrivalStream("chat", 8 / 180.0));
    Scenario silos = scenario(channels, arrivals,
        List.of(new AgentGroup("phone-team", 10, List.of("phone")), new AgentGroup("chat-team", 10, List.of("chat"))),
        new Routing(RoutingMode.SILOED, "longest-idle", "priority-fifo", List.of(), List.of()), Journeys.NONE, 400, 10);
    Scenario pooled = scenario(channels, arrivals,
        List.of(new AgentGroup("team", 20, List.of("phone", "chat"))), Routing.DEFAULT, Journeys.NONE, 400, 10);
    List<ReplicationResult> a = run(silos);
    List<ReplicationResult> b = run(pooled);
    for (int c = 0; c < 2; c++) {
      Estimate siloSl = perChannel(a, c, t -> (double) t.answeredWithinThreshold() / t.offered());
      Estimate poolSl = perChannel(b, c, t -> (double) t.answeredWithinThreshold() / t.offered());
      assertTrue(poolSl.mean() - poolSl.ci95() > siloSl.mean() + siloSl.ci95(), siloSl + " vs " + poolSl);
    }
  }

  @Test
  void sharedContext_lowersHandleTimePerIssueAndRepeatContacts() {
    List<Channel> channels = List.of(live("phone", new Exponential(240), new Exponential(300), 0),
        live("chat", new Exponential(300), new Exponential(120), 0));
    List<ArrivalStream> arrivals = List.of(new ArrivalStream("phone", 6 / 240.0), new ArrivalStream("chat", 3 / 300.0));
    List<FollowUp> followUps = List.of(
        new FollowUp("chat", FollowUp.Outcome.ABANDONED, 0.6, "phone", new Exponential(600), 0),
        new FollowUp("phone", FollowUp.Outcome.UNRESOLVED, 0.8, "phone", new Exponential(3600), 0),
        new FollowUp("chat", FollowUp.Outcome.UNRESOLVED, 0.8, "phone", new Exponential(3600), 0));
    Map<String, Double> resolution = Map.of("phone", 0.7, "chat", 0.6);
    Journeys silo = new Journeys(false, 1.0, resolution, Map.of(), followUps);
    Journeys omni = new Journeys(true, 0.7, resolution, Map.of("phone", 0.9, "chat", 0.9), followUps);
    List<AgentGroup> team = List.of(new AgentGroup("team", 12, List.of("phone", "chat")));
    List<ReplicationResult> a = run(scenario(channels, arrivals, team, Routing.DEFAULT, silo, 300, 10));
    List<ReplicationResult> b = run(scenario(channels, arrivals, team, Routing.DEFAULT, omni, 300, 10));
    Estimate handleSilo = journey(a, j -> j.workloadSecondsSum() / j.issuesClosed());
    Estimate handleOmni = journey(b, j -> j.workloadSecondsSum() / j.issuesClosed());
    assertTrue(handleOmni.mean() + handleOmni.ci95() < handleSilo.mean() - handleSilo.ci95(), handleSilo + " vs " + handleOmni);
    // Repeat-contact rate: the share of contacts that follow up an earlier contact of the same issue.
    Estimate repeatSilo = journey(a, j -> (double) (j.contacts() - j.issuesClosed()) / j.contacts());
    Estimate repeatOmni = journey(b, j -> (double) (j.contacts() - j.issuesClosed()) / j.contacts());
    assertTrue(repeatOmni.mean() + repeatOmni.ci95() < repeatSilo.mean() - repeatSilo.ci95(), repeatSilo + " vs " + repeatOmni);
    Estimate switches = journey(a, j -> (double) j.channelSwitches() / j.issuesClosed());
    assertTrue(switches.mean() > 0, "abandoned chats call back: " + switches);
    Estimate contactsPerIssue = journey(a, j -> (double) j.contacts() / j.issuesClosed());
    assertTrue(contactsPerIssue.mean() > 1.1, contactsPerIssue.toString());
  }

  private static Estimate journey(List<ReplicationResult> results, ToDoubleFunction<JourneyTally> kpi) {
    return Estimate.of(results.stream().mapToDouble(r -> kpi.applyAsDouble(r.journeys())).toArray());
  }

  @Test
  void badConfigurations_areRejectedWithWhatIsAllowed() {
    IllegalArgumentException zero = assertThrows(IllegalArgumentException.class,
        () -> new AgentCapacity(Map.of("chat", 0), 0, Map.of(), false, Set.of(), Map.of(), false));
    assertTrue(zero.getMessage().contains(">= 1"), zero.getMessage());
    IllegalArgumentException units = assertThrows(IllegalArgumentException.class,
        () -> new AgentCapacity(Map.of(), 100, Map.of("phone", 120), true, Set.of(), Map.of(), false));
    assertTrue(units.getMessage().contains("more than the agent's capacity"), units.getMessage());
    IllegalArgumentException policy = assertThrows(IllegalArgumentException.class,
        () -> RoutingRegistry.agentSelection("random"));
    assertTrue(policy.getMessage().contains("longest-idle"), policy.getMessage());
    IllegalArgumentException probability = assertThrows(IllegalArgumentException.class,
        () -> new FollowUp("chat", FollowUp.Outcome.ABANDONED, 1.5, "phone", new Constant(60), 0));
    assertTrue(probability.getMessage().contains("[0, 1]"), probability.getMessage());
    IllegalArgumentException unknownTarget = assertThrows(IllegalArgumentException.class,
        () -> scenario(List.of(live("phone", new Exponential(180), null, 0)), List.of(new ArrivalStream("phone", 0.01)),
            List.of(new AgentGroup("team", 2, List.of("phone"))), Routing.DEFAULT,
            new Journeys(false, 1, Map.of(), Map.of(),
                List.of(new FollowUp("phone", FollowUp.Outcome.ABANDONED, 0.5, "fax", new Constant(60), 0))),
            1, 1));
    assertTrue(unknownTarget.getMessage().contains("fax"), unknownTarget.getMessage());
  }

  @Test
  void runUntilInPieces_thenFinish_givesTheSameResultAsRun_fieldByField() {
    Scenario s = phoneAndEmail(6, 0.85, List.of(), List.of("phone"), false);
    ReplicationResult whole = new ContactCenter(s, 1).run();
    ContactCenter center = new ContactCenter(s, 1);
    for (int i = 0; i < 50; i++) {
      center.runUntil(center.nextEventSeconds());
    }
    for (double t = center.nowSeconds(); !center.runUntil(t); t += 1234.5) {
      assertEquals(t, center.nowSeconds());
    }
    ReplicationResult pieces = center.finish();
    assertTrue(pieces.groups().get(0).interruptions() > 0, "calls interrupted email");
    io.ccsim.DeepEquality.assertDeepEquals(whole, pieces, "run() vs runUntil() pieces + finish()");
  }
}
