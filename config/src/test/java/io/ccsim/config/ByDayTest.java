package io.ccsim.config;

import static io.ccsim.config.Failures.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccsim.analytic.ErlangC;
import io.ccsim.analytic.ErlangCResult;
import io.ccsim.analytic.Traffic;
import io.ccsim.kpi.Kpi;
import io.ccsim.model.Scenario;
import io.ccsim.run.ReplicationRunner;
import io.ccsim.run.Summary;
import io.ccsim.stats.Estimate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Arrivals and staffing given day by day (a replay of recorded dates), by their consequences: each day of
 * the cycle is its own Erlang C queue, with that day's rate and agents, and the cycle repeats.
 */
class ByDayTest {
  // Day 0: 180/h of 3-minute calls (9 Erlangs) on 11 agents; day 1: 90/h (4.5 Erlangs) on 7. Each day is one
  // reporting interval. Four days: the two-day cycle twice.
  static final String SCENARIO = String.join("\n",
      "name: Two different days", "seed: 5", "replications: 30", "days: 4", "interval: 24h",
      "channels:", "  phone:", "    serviceLevel: { threshold: 20s, target: 0.8 }",
      "    handleTime: { distribution: exponential, mean: 3m }",
      "arrivals:", "  - channel: phone",
      "    profile: { start: \"00:00\", interval: 24h, ratesByDay: [[180/h], [90/h]] }",
      "agents:", "  - group: team", "    skills: [phone]",
      "    staffing: { start: \"00:00\", interval: 24h, agentsByDay: [[11], [7]] }", "");

  @Test
  void eachDayOfTheCycle_isTheErlangCQueueOfItsRateAndAgents() {
    Scenario scenario = ScenarioLoader.load("by-day.yaml", SCENARIO);
    Summary summary = ReplicationRunner.run(scenario, 2, null).summary();
    List<Estimate> asa = summary.intervals().channels().get("phone").get("asaSeconds");
    List<Estimate> offered = summary.intervals().channels().get("phone").get("offered");
    List<Estimate> staffed = summary.intervals().groups().get("team").get("staffedAgents");
    double[] rates = {180, 90};
    int[] agents = {11, 7};
    for (int day = 0; day < 4; day++) {
      int p = day % 2;
      ErlangCResult c = ErlangC.evaluate(new Traffic(rates[p] / 3600.0, 180), agents[p], 20);
      Estimate a = asa.get(day);
      // The hour after midnight carries the other day's queue over; it is a small part of the day.
      assertTrue(Math.abs(a.mean() - c.asaSeconds()) <= a.ci95() + 0.05 * c.asaSeconds(),
          "day " + day + ": ASA " + a + " vs Erlang C " + c.asaSeconds());
      Estimate o = offered.get(day);
      assertTrue(Math.abs(o.mean() - rates[p] * 24) <= o.ci95(), "day " + day + ": offered " + o);
      assertEquals(agents[p], staffed.get(day).mean(), 0.05, "day " + day + ": staffed agents");
    }
    Estimate total = summary.channels().get("phone").get(Kpi.OFFERED);
    assertTrue(Math.abs(total.mean() - 2 * (180 + 90) * 24) <= total.ci95(), total.toString());
  }

  @Test
  void aDayWithNoArrivalsOrNoAgents_isAllowed_butSomeDayHasThem() {
    Scenario closed = ScenarioLoader.load("by-day.yaml", SCENARIO.replace("[[180/h], [90/h]]", "[[180/h], [0/h]]")
        .replace("[[11], [7]]", "[[11], [0]]"));
    Summary summary = ReplicationRunner.run(closed, 2, null).summary();
    assertEquals(0, summary.intervals().channels().get("phone").get("offered").get(1).mean());
    assertEquals(0, summary.intervals().groups().get("team").get("staffedAgents").get(3).mean(), 0.05, "overtime after midnight only");

    ScenarioException noCalls = assertThrows(ScenarioException.class, () -> ScenarioLoader.load("by-day.yaml",
        SCENARIO.replace("[[180/h], [90/h]]", "[[0/h], [0/h]]")));
    assertTrue(noCalls.getMessage().contains("arrivals[0].profile.ratesByDay")
        && noCalls.getMessage().contains("every rate of every day is 0"), noCalls.getMessage());
    ScenarioException noAgents = assertThrows(ScenarioException.class, () -> ScenarioLoader.load("by-day.yaml",
        SCENARIO.replace("[[11], [7]]", "[[0], [0]]")));
    assertTrue(noAgents.getMessage().contains("agents[0].staffing.agentsByDay")
        && noAgents.getMessage().contains("no day has an agent"), noAgents.getMessage());
  }

  @Test
  void bothFormsAtOnce_orAnEmptyDay_getOneLineAtTheKey() {
    ScenarioException both = assertThrows(ScenarioException.class, () -> ScenarioLoader.load("by-day.yaml",
        SCENARIO.replace("ratesByDay: [[180/h], [90/h]]", "rates: [100/h], ratesByDay: [[180/h], [90/h]]")));
    assertError(both, "arrivals[0].profile.ratesByDay", 12, 63, "a profile has either rates (every day) or "
        + "ratesByDay");
    ScenarioException agents = assertThrows(ScenarioException.class, () -> ScenarioLoader.load("by-day.yaml",
        SCENARIO.replace("agentsByDay: [[11], [7]]", "agents: [3], agentsByDay: [[11], [7]]")));
    assertError(agents, "agents[0].staffing.agentsByDay", 16, 61, "a staffing has either agents (every day)");
    ScenarioException empty = assertThrows(ScenarioException.class, () -> ScenarioLoader.load("by-day.yaml",
        SCENARIO.replace("[[11], [7]]", "[[11], []]")));
    assertTrue(empty.getMessage().contains("agents[0].staffing.agentsByDay[1]")
        && empty.getMessage().contains("needs at least one interval"), empty.getMessage());
  }
}
