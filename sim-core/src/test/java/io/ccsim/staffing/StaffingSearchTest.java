package io.ccsim.staffing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccsim.analytic.ErlangA;
import io.ccsim.analytic.ErlangC;
import io.ccsim.analytic.QueueLimits;
import io.ccsim.analytic.StaffingGoal;
import io.ccsim.analytic.Traffic;
import io.ccsim.distribution.Exponential;
import io.ccsim.model.AgentGroup;
import io.ccsim.model.ArrivalStream;
import io.ccsim.model.Channel;
import io.ccsim.model.Scenario;
import io.ccsim.model.ServiceLevelDefinition;
import io.ccsim.model.ServiceLevelGoal;
import io.ccsim.run.ProgressListener;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StaffingSearchTest {
  private static final double RATE = 200.0 / 3600;
  private static final double AHT = 180;
  private static final ServiceLevelGoal GOAL = new ServiceLevelGoal(20, 0.80, ServiceLevelDefinition.ANSWERED_OF_OFFERED);

  /** 200 calls/h, 180 s exponential, 80% within 20 s; long replications so the CIs are narrow. */
  static Scenario phone(Exponential patience) {
    Channel phone = new Channel("phone", GOAL, new Exponential(AHT), patience, Channel.UNLIMITED_QUEUE);
    return new Scenario("phone", 5, 10, 3600, 3600 + 100 * 3600, List.of(phone),
        List.of(new ArrivalStream("phone", RATE)), List.of(new AgentGroup("team", 1, List.of("phone"))));
  }

  static StaffingSearch.Options options(int threads) {
    return new StaffingSearch.Options(false, Map.of(), Map.of(), threads, StaffingSearch.DEFAULT_MAX_SIMULATIONS,
        ProgressListener.NONE);
  }

  @Test
  void stationary_noAbandonment_findsTheErlangCStaffing() {
    Traffic traffic = new Traffic(RATE, AHT);
    int erlang = ErlangC.staff(traffic, 20, StaffingGoal.of(0.80, 1, traffic.loadErlangs())).orElseThrow().agents();
    StaffingResult result = StaffingSearch.run(phone(null), options(2));
    assertTrue(result.feasible());
    assertEquals(erlang, result.plan().agents(0, 0));
    assertTrue(result.targetsMet());
  }

  @Test
  void stationary_withAbandonment_findsTheErlangAStaffing() {
    Traffic traffic = new Traffic(RATE, AHT);
    int erlang = ErlangA.staff(traffic, QueueLimits.patience(300), 20,
        StaffingGoal.of(0.80, 1, traffic.loadErlangs())).orElseThrow().agents();
    StaffingResult result = StaffingSearch.run(phone(new Exponential(300)), options(2));
    assertEquals(erlang, result.plan().agents(0, 0));
    assertTrue(result.targetsMet());
  }

  @Test
  void capBelowTheNeed_isInfeasible() {
    StaffingSearch.Options capped = new StaffingSearch.Options(false, Map.of(), Map.of("team", 10), 1,
        StaffingSearch.DEFAULT_MAX_SIMULATIONS, ProgressListener.NONE);
    StaffingResult result = StaffingSearch.run(phone(null).withRun(5, 3), capped);
    assertFalse(result.feasible());
    assertFalse(result.targetsMet());
    assertEquals(10, result.plan().agents(0, 0));
  }

  @Test
  void twoGroups_anyThreadCount_giveTheSameStaffing_andTheCheapGroupCarriesIt() {
    Scenario two = phone(new Exponential(300)).withRun(5, 4);
    two = new Scenario(two.name(), two.seed(), two.replications(), two.warmupSeconds(), 3600 + 20 * 3600,
        two.channels(), two.arrivals(), List.of(new AgentGroup("dear", 1, List.of("phone")),
            new AgentGroup("cheap", 1, List.of("phone"))));
    Map<String, Double> costs = Map.of("dear", 3.0);
    StaffingResult one = StaffingSearch.run(two, new StaffingSearch.Options(false, costs, Map.of(), 1, 300,
        ProgressListener.NONE));
    StaffingResult many = StaffingSearch.run(two, new StaffingSearch.Options(false, costs, Map.of(), 3, 300,
        ProgressListener.NONE));
    assertEquals(one.plan(), many.plan());
    assertEquals(one.verificationChecks(), many.verificationChecks());
    assertEquals(1, one.plan().agents(0, 0), "the dear group keeps its one agent");
    assertTrue(one.plan().agents(0, 1) >= 11, one.plan().toString());
  }

  @Test
  void expensiveGroupWithOneAgentInEachOfTwoIntervals_isNeverLoweredToNoAgentAtAll() {
    Channel phone = new Channel("phone", GOAL, new Exponential(AHT), null, Channel.UNLIMITED_QUEUE);
    Scenario halves = new Scenario("halves", 3, 3, 0, 86_400, List.of(phone),
        List.of(new ArrivalStream("phone", 15 / 3600.0)), List.of(new AgentGroup("cheap", 1, List.of("phone")),
            new AgentGroup("dear", 1, List.of("phone"))), io.ccsim.model.Routing.DEFAULT, io.ccsim.model.Journeys.NONE,
        43_200);
    StaffingResult result = StaffingSearch.run(halves, new StaffingSearch.Options(false, Map.of("dear", 2.0),
        Map.of("cheap", 1), 1, 300, ProgressListener.NONE));
    // Lowering every interval's most expensive group at once would have taken the cheap group's last agent.
    assertTrue(result.plan().total(0) >= 1 && result.plan().total(1) >= 1, result.plan().toString());
    assertTrue(result.feasible());
  }
}
