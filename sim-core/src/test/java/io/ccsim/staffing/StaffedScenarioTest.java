package io.ccsim.staffing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ccsim.distribution.Exponential;
import io.ccsim.model.AgentGroup;
import io.ccsim.model.ArrivalStream;
import io.ccsim.model.Channel;
import io.ccsim.model.Routing;
import io.ccsim.model.Journeys;
import io.ccsim.model.Scenario;
import io.ccsim.model.ServiceLevelGoal;
import io.ccsim.model.Shift;
import io.ccsim.run.ProgressListener;
import io.ccsim.run.ReplicationRunner;
import io.ccsim.run.Summary;
import java.util.List;
import org.junit.jupiter.api.Test;

class StaffedScenarioTest {
  @Test
  void shifts_layeredCounts_onlyLogOutWhereTheCountFalls() {
    // 2 agents 00:00-01:00, 3 until 01:30, 1 until 02:00: one agent works 0:00-1:30, one 0:00-2:00, agent 3 1:00-1:30.
    List<Shift> shifts = StaffedScenario.shifts(new int[] {2, 2, 3, 1}, 1800);
    assertEquals(List.of(new Shift(0, 5400, 1, List.of()), new Shift(0, 7200, 1, List.of()),
        new Shift(3600, 5400, 1, List.of())), shifts);
  }

  @Test
  void shifts_sameRunForSeveralLevels_areMergedIntoOneShift() {
    assertEquals(List.of(new Shift(1800, 5400, 4, List.of())), StaffedScenario.shifts(new int[] {0, 4, 4, 0}, 1800));
  }

  @Test
  void apply_intervalPlan_putsThePlannedAgentsOnDutyInEveryInterval() {
    Channel phone = new Channel("phone", ServiceLevelGoal.DEFAULT, new Exponential(60), null, Channel.UNLIMITED_QUEUE);
    Scenario base = new Scenario("plan", 1, 2, 0, 4 * 3600, List.of(phone), List.of(new ArrivalStream("phone", 0.01)),
        List.of(new AgentGroup("a", 1, List.of("phone")), new AgentGroup("b", 1, List.of("phone"))),
        Routing.DEFAULT, Journeys.NONE, 3600);
    int[][] agents = new int[24][2];
    agents[0] = new int[] {2, 0};
    agents[1] = new int[] {3, 1};
    agents[2] = new int[] {1, 1};
    agents[3] = new int[] {0, 2};
    Scenario staffed = StaffedScenario.apply(base, new StaffingPlan(3600, List.of("a", "b"), agents));
    Summary summary = ReplicationRunner.run(staffed, 1, ProgressListener.NONE).summary();
    for (int i = 0; i < 4; i++) {
      assertEquals(agents[i][0], summary.intervals().groups().get("a").get("staffedAgents").get(i).mean(), 1e-9);
      assertEquals(agents[i][1], summary.intervals().groups().get("b").get("staffedAgents").get(i).mean(), 1e-9);
    }
  }
}
