package io.ccsim.staffing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccsim.analytic.ErlangC;
import io.ccsim.analytic.StaffingGoal;
import io.ccsim.analytic.Traffic;
import io.ccsim.distribution.Exponential;
import io.ccsim.model.AgentCapacity;
import io.ccsim.model.AgentGroup;
import io.ccsim.model.ArrivalStream;
import io.ccsim.model.Channel;
import io.ccsim.model.Scenario;
import io.ccsim.model.ServiceLevelGoal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FirstGuessTest {
  private static final Channel PHONE =
      new Channel("phone", ServiceLevelGoal.DEFAULT, new Exponential(180), null, Channel.UNLIMITED_QUEUE);
  private static final Channel CHAT =
      new Channel("chat", ServiceLevelGoal.DEFAULT, new Exponential(180), null, Channel.UNLIMITED_QUEUE);
  private static final List<ArrivalStream> ARRIVALS =
      List.of(new ArrivalStream("phone", 200 / 3600.0), new ArrivalStream("chat", 200 / 3600.0));

  private static Scenario scenario(List<AgentGroup> groups) {
    return new Scenario("guess", 1, 1, 0, 3600, List.of(PHONE, CHAT), ARRIVALS, groups);
  }

  private static int erlangC() {
    Traffic traffic = new Traffic(200 / 3600.0, 180);
    return ErlangC.staff(traffic, 20, StaffingGoal.of(0.8, 1, traffic.loadErlangs())).orElseThrow().agents();
  }

  @Test
  void silos_eachGetTheirErlangCStaffing() {
    FirstGuess guess = FirstGuess.of(Demand.of(scenario(List.of(new AgentGroup("p", 1, List.of("phone")),
        new AgentGroup("c", 1, List.of("chat"))))), Map.of(), Map.of());
    assertEquals(erlangC(), guess.plan().agents(0, 0));
    assertEquals(erlangC(), guess.plan().agents(0, 1));
    assertEquals(2 * erlangC(), guess.erlangAgents()[0], 1e-9);
  }

  @Test
  void oneGroupForBothChannels_poolsThem_belowTheSumOfSilos() {
    FirstGuess guess = FirstGuess.of(Demand.of(scenario(List.of(new AgentGroup("both", 1, List.of("phone", "chat"))))),
        Map.of(), Map.of());
    int pooled = guess.plan().agents(0, 0);
    assertTrue(pooled < 2 * erlangC() && pooled > 20, "pooled " + pooled + " vs silos " + 2 * erlangC());
  }

  @Test
  void chatsHeldAtOnce_divideTheAgentsNeeded_andCheaperGroupsAreUsedFirst() {
    AgentCapacity threeChats = new AgentCapacity(Map.of("chat", 3), 0, Map.of(), false, Set.of(), Map.of(), false);
    Scenario s = scenario(List.of(new AgentGroup("p", 1, List.of("phone")),
        new AgentGroup("dear", 1, List.of("chat"), Map.of(), threeChats),
        new AgentGroup("cheap", 1, List.of("chat"), Map.of(), threeChats)));
    FirstGuess guess = FirstGuess.of(Demand.of(s), Map.of("dear", 2.0), Map.of());
    // 3 chat slots per agent: ceil(servers / 3) agents at most, from the cheaper group; the other keeps one.
    assertTrue(guess.plan().agents(0, 2) <= (erlangC() + 2) / 3, guess.plan().toString());
    assertEquals(1, guess.plan().agents(0, 1));
  }

  @Test
  void caps_limitTheGuess() {
    FirstGuess guess = FirstGuess.of(Demand.of(scenario(List.of(new AgentGroup("both", 1, List.of("phone", "chat"))))),
        Map.of(), Map.of("both", 5));
    assertEquals(5, guess.plan().agents(0, 0));
  }
}
