package io.ccsim.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccsim.model.AgentGroup;
import io.ccsim.model.Shift;
import java.util.List;
import org.junit.jupiter.api.Test;

class StaffingLoaderTest {
  static final String SCENARIO = """
      name: Staffing curve
      days: 1
      channels:
        phone:
          handleTime: { distribution: exponential, mean: 180s }
      arrivals:
        - channel: phone
          rate: 100/h
      agents:
        - group: team
          skills: [phone]
          staffing: { start: "07:00", interval: 30m, agents: [2, 3, 3, 1] }
      """;

  @Test
  void staffing_curve_becomesShiftsByLayers() {
    AgentGroup group = ScenarioLoader.load("s.yaml", SCENARIO).groups().get(0);
    // 2, 3, 3, 1 from 07:00: one agent 07:00-09:00, one 07:00-08:30, one 07:30-08:30.
    assertEquals(List.of(new Shift(25_200, 32_400, 1, List.of()), new Shift(25_200, 30_600, 1, List.of()),
        new Shift(27_000, 30_600, 1, List.of())), group.shifts());
    assertEquals(3, group.count());
  }

  @Test
  void staffing_withShifts_isAnError() {
    ScenarioException e = Failures.loadWith(SCENARIO, "    staffing:",
        "    shifts: [ { start: \"08:00\", end: \"16:00\", count: 2 } ]\n    staffing:");
    Failures.assertError(e, "agents[0].staffing", 13, 5, "either shifts or staffing");
  }

  @Test
  void staffing_intervalNotDividingTheStart_isAnError() {
    ScenarioException e = Failures.loadWith(SCENARIO, "interval: 30m", "interval: 40m");
    Failures.assertError(e, "agents[0].staffing.interval", 12, 43, "does not divide the time from 00:00");
  }

  @Test
  void staffing_pastMidnight_isAnError() {
    ScenarioException e = Failures.loadWith(SCENARIO, "start: \"07:00\"", "start: \"23:00\"");
    Failures.assertError(e, "agents[0].staffing.agents", 12, 56, "pass midnight");
    assertTrue(e.getMessage().contains("allowed: intervals that end by 24:00"));
  }
}
