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
import io.ccsim.run.Engine;
import io.ccsim.run.ReplicationRunner;
import io.ccsim.run.Summary;
import io.ccsim.run.VruSummary;
import io.ccsim.stats.Estimate;
import org.junit.jupiter.api.Test;

/**
 * The VRU stage by its consequences: a Poisson stream thinned by (1 − p) and delayed by independent VRU
 * times is again Poisson, at rate (1 − p)λ, so the agent queue behind it is an Erlang C queue at the
 * thinned rate; the drop-outs are a share p of the VRU's arrivals.
 */
class VruStageTest {
  static final String SCENARIO = String.join("\n",
      "name: VRU before an Erlang C queue", "seed: 3", "replications: 30", "warmup: 2h", "horizon: 40h",
      "channels:", "  phone:", "    serviceLevel: { threshold: 20s, target: 0.8 }",
      "    handleTime: { distribution: exponential, mean: 3m }",
      "    vru: { time: { distribution: uniform, min: 10s, max: 50s }, dropOut: 25% }",
      "arrivals:", "  - channel: phone", "    rate: 240/h",
      "agents:", "  - group: team", "    count: 11", "    skills: [phone]", "");

  @Test
  void thinnedAndDelayedArrivals_meetErlangCAtTheThinnedRate() {
    Scenario scenario = ScenarioLoader.load("vru.yaml", SCENARIO);
    Summary summary = ReplicationRunner.run(scenario, 2, null).summary();
    // 240/h × 0.75 = 180/h of 3-minute calls: 9 Erlangs on 11 agents.
    ErlangCResult c = ErlangC.evaluate(new Traffic(180 / 3600.0, 180), 11, 20);
    Estimate probWait = summary.channels().get("phone").get(Kpi.PROB_WAIT);
    Estimate asa = summary.channels().get("phone").get(Kpi.ASA_SECONDS);
    Estimate offered = summary.channels().get("phone").get(Kpi.OFFERED);
    assertTrue(Math.abs(probWait.mean() - c.probWait()) <= probWait.ci95(), probWait + " vs " + c.probWait());
    assertTrue(Math.abs(asa.mean() - c.asaSeconds()) <= asa.ci95(), asa + " vs " + c.asaSeconds());
    assertTrue(Math.abs(offered.mean() - 180 * 38) <= offered.ci95(), offered.toString());
    VruSummary vru = summary.vru().get("phone");
    assertTrue(Math.abs(vru.dropOutShare().mean() - 0.25) <= vru.dropOutShare().ci95(), vru.dropOutShare().toString());
    assertTrue(Math.abs(vru.arrivals().mean() - 240 * 38) <= vru.arrivals().ci95(), vru.arrivals().toString());
    // Drop-outs are not abandonment: nobody abandons this queue (no patience).
    assertEquals(0, summary.channels().get("phone").get(Kpi.ABANDONED).mean());
  }

  @Test
  void singleSkillKernel_refusesAVru_andAutoPicksTheGeneralEngine() {
    Scenario scenario = ScenarioLoader.load("vru.yaml", SCENARIO);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Engine.SINGLE_SKILL.resolve(scenario, null));
    assertTrue(e.getMessage().contains("channel phone has a VRU stage"), e.getMessage());
    assertEquals(Engine.GENERAL, Engine.AUTO.resolve(scenario, null));
  }

  @Test
  void dropOutOfOne_pointsAtTheValue() {
    // "    vru: { time: { distribution: uniform, min: 10s, max: 50s }, dropOut: 100% }": 100% at column 74.
    ScenarioException e = assertThrows(ScenarioException.class,
        () -> ScenarioLoader.load("vru.yaml", SCENARIO.replace("dropOut: 25%", "dropOut: 100%")));
    assertError(e, "channels.phone.vru.dropOut", 10, 74, "is outside [0, 1)");
  }
}
