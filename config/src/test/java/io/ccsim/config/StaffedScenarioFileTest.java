package io.ccsim.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccsim.model.AgentGroup;
import io.ccsim.model.Scenario;
import io.ccsim.model.Shift;
import io.ccsim.staffing.StaffingPlan;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class StaffedScenarioFileTest {
  @Test
  void stationaryPlan_setsTheHeadCount_andKeepsTheRest() throws Exception {
    String text = Files.readString(Path.of("../scenarios/single-queue.yaml"), StandardCharsets.UTF_8);
    Scenario original = ScenarioLoader.load("single-queue.yaml", text);
    String staffed = StaffedScenarioFile.render("single-queue.yaml", text,
        new StaffingPlan(0, List.of("phone-team"), new int[][] {{17}}), "a comment\nof two lines");
    assertTrue(staffed.startsWith("# a comment\n# of two lines\n"), staffed);
    Scenario scenario = ScenarioLoader.load("staffed.yaml", staffed);
    assertEquals(17, scenario.groups().get(0).count());
    assertEquals(original.name() + " (staffed)", scenario.name());
    assertEquals(original.channels(), scenario.channels());
    assertEquals(original.arrivals(), scenario.arrivals());
  }

  @Test
  void intervalPlan_writesLayeredShiftsEndingAtMidnight_fromAJsonFile() {
    String json = """
        {"seed": 1, "days": 1, "interval": "6h",
         "channels": {"phone": {"handleTime": {"distribution": "exponential", "mean": "3m"}}},
         "arrivals": [{"channel": "phone", "rate": "10/h"}],
         "agents": [{"group": "team", "skills": ["phone"], "shrinkage": "5%",
                     "shifts": [{"start": "08:00", "end": "16:00", "count": 3}]}]}
        """;
    String staffed = StaffedScenarioFile.render("day.json", json,
        new StaffingPlan(6 * 3600, List.of("team"), new int[][] {{0}, {2}, {4}, {1}}), "staffed");
    AgentGroup team = ScenarioLoader.load("staffed.yaml", staffed).groups().get(0);
    assertEquals(List.of(new Shift(6 * 3600, 18 * 3600, 1, List.of()), new Shift(6 * 3600, 24 * 3600, 1, List.of()),
        new Shift(12 * 3600, 18 * 3600, 2, List.of())), team.shifts());
    assertEquals(4, team.count());
    assertEquals(0.05, team.shrinkage(), 1e-12);
  }
}
