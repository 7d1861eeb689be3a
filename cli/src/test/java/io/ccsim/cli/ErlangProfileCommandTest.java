package io.ccsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ccsim.analytic.ErlangC;
import io.ccsim.analytic.StaffingGoal;
import io.ccsim.analytic.Traffic;
import org.junit.jupiter.api.Test;

class ErlangProfileCommandTest {
  @Test
  void eachInterval_isStaffedOnItsOwn_asErlangCWouldForThatRate() throws Exception {
    CliRunner r = CliRunner.run("erlang", "profile", "--rates", "60/h,200/h,0/h", "--interval", "30m",
        "--start", "08:00", "--aht", "180s", "--threshold", "20s", "--target", "0.8", "--json");
    assertEquals(0, r.exitCode(), r.err());
    JsonNode root = new ObjectMapper().readTree(r.out());
    JsonNode intervals = root.get("intervals");
    assertEquals(3, intervals.size());
    for (int i = 0; i < 2; i++) {
      double rate = i == 0 ? 60 / 3600.0 : 200 / 3600.0;
      Traffic traffic = new Traffic(rate, 180);
      int expected = ErlangC.staff(traffic, 20, StaffingGoal.of(0.8, 1, traffic.loadErlangs())).orElseThrow().agents();
      assertEquals(expected, intervals.get(i).get("agents").asInt());
    }
    assertEquals(0, intervals.get(2).get("agents").asInt());
    assertEquals(8 * 3600 + 1800, intervals.get(1).get("startSeconds").asDouble());
    double agentHours = (intervals.get(0).get("agents").asInt() + intervals.get(1).get("agents").asInt()) * 0.5;
    assertEquals(agentHours, root.get("agentHours").asDouble(), 1e-9);
  }

  @Test
  void table_namesTheIntervals_andErlangAWithPatienceNeedsNoMoreAgents() {
    CliRunner c = CliRunner.run("erlang", "profile", "--rates", "150/h,300/h", "--start", "09:00", "--aht", "4m",
        "--threshold", "20s", "--target", "0.8");
    assertEquals(0, c.exitCode(), c.err());
    assertTrue(c.out().contains("09:00") && c.out().contains("09:30"), c.out());
    assertTrue(c.out().contains("agent-hours"), c.out());
    CliRunner a = CliRunner.run("erlang", "profile", "--rates", "150/h,300/h", "--start", "09:00", "--aht", "4m",
        "--threshold", "20s", "--target", "0.8", "--patience", "3m");
    assertEquals(0, a.exitCode(), a.err());
    assertTrue(a.out().startsWith("Erlang A"), a.out());
  }

  @Test
  void badProfile_exits2WithOneLine() {
    CliRunner r = CliRunner.run("erlang", "profile", "--rates", "60/h,lots", "--aht", "180s", "--threshold", "20s",
        "--target", "0.8");
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("--rates"), r.err());
    CliRunner start = CliRunner.run("erlang", "profile", "--rates", "60/h", "--start", "25:00", "--aht", "180s",
        "--threshold", "20s", "--target", "0.8");
    assertEquals(2, start.exitCode());
    assertTrue(start.err().contains("--start"), start.err());
  }
}
