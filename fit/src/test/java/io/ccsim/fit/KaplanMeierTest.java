package io.ccsim.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccsim.center.Agent;
import io.ccsim.center.CenterObserver;
import io.ccsim.center.Contact;
import io.ccsim.center.ContactCenter;
import io.ccsim.config.ScenarioLoader;
import io.ccsim.model.Scenario;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.junit.jupiter.api.Test;

class KaplanMeierTest {
  @Test
  void smallCensoredSample_matchesTheProductLimitByHand() {
    // 2 (abandoned), 3 (answered), 3 (abandoned), 5 (abandoned), 7 (answered), 8 (abandoned), 8 (answered),
    // 10 (answered). At risk 8, 7, 5, 3 at the event times 2, 3, 5, 8 (the event at 3 before the censoring).
    KaplanMeier km = KaplanMeier.of(new double[] {8, 3, 2, 10, 5, 3, 7, 8},
        new boolean[] {true, false, true, false, true, true, false, false}, false);
    assertEquals(4, km.timesSeconds().length);
    double s2 = 7.0 / 8;
    double s3 = s2 * 6 / 7;
    double s5 = s3 * 4 / 5;
    double s8 = s5 * 2 / 3;
    assertEquals(1, km.survivalAt(1.9), 0);
    assertEquals(s2, km.survivalAt(2), 1e-12);
    assertEquals(s3, km.survivalAt(4.5), 1e-12);
    assertEquals(s5, km.survivalAt(7.9), 1e-12);
    assertEquals(s8, km.survivalAt(8), 1e-12);
    assertEquals(0.4, s8, 1e-12);
    assertEquals(8, km.medianSeconds(), 0);
    // Greenwood: S(8)² (1/(8·7) + 1/(7·6) + 1/(5·4) + 1/(3·2))
    double sd = s8 * Math.sqrt(1.0 / 56 + 1.0 / 42 + 1.0 / 20 + 1.0 / 6);
    assertEquals(s8 - 1.959963984540054 * sd, km.ci95At(8)[0], 1e-9);
    // Under 20 events, the tail's hazard is that of all the data: 46 s in queue / 4 abandonments.
    assertEquals(11.5, km.tailMeanSeconds(), 1e-12);
    assertEquals(s8 * Math.exp(-2 / 11.5), km.survivalAt(10), 1e-12);
    assertEquals(2.0 / 8 + 3.0 / 8 + 5 * (s3 - s5) + 8 * (s5 - s8) + s8 * (8 + 11.5), km.meanSeconds(), 1e-12);
  }

  @Test
  void lastAbandonmentEmptiesTheRiskSet_survivalIsZeroWithoutAnInterval() {
    KaplanMeier km = KaplanMeier.of(new double[] {1, 2, 2}, new boolean[] {true, false, true}, false);
    // At 2 s the event comes before the censoring: 1 of 2 at risk abandons, S = 2/3 · 1/2.
    assertEquals(1.0 / 3, km.survivalAt(2), 1e-12);
    KaplanMeier all = KaplanMeier.of(new double[] {1, 2}, new boolean[] {true, true}, false);
    assertEquals(0, all.survivalAt(2), 0);
    assertEquals(0, all.ci95At(2)[0], 0);
    assertEquals(0, all.ci95At(2)[1], 0);
  }

  @Test
  void simulatedQueue_recoversAGammaPatienceWithinItsInterval() {
    // An overloaded queue simulated by ccsim: callers wait long enough for many to abandon, and answered
    // callers' patience is censored at their waits. Patience gamma with mean 3 min and cv 0.5 (shape 4).
    Scenario scenario = ScenarioLoader.load("km.yaml", String.join("\n",
        "name: km round trip", "seed: 5", "replications: 4", "warmup: 1h", "horizon: 9h",
        "channels:", "  phone:", "    serviceLevel: { threshold: 20s, target: 0.8 }",
        "    handleTime: { distribution: exponential, mean: 4m }",
        "    patience: { distribution: gamma, mean: 3m, cv: 0.5 }",
        "arrivals:", "  - channel: phone", "    rate: 90/h",
        "agents:", "  - group: team", "    count: 5", "    skills: [phone]", ""));
    KaplanMeier.Sample sample = new KaplanMeier.Sample();
    PatienceFit exponential = new PatienceFit(0, 0, 0, false);
    for (int r = 0; r < scenario.replications(); r++) {
      java.util.List<double[]> log = new java.util.ArrayList<>();
      new ContactCenter(scenario, r).observe(new CenterObserver() {
        @Override
        public void started(Contact contact, Agent agent, double nowSeconds) {
          log.add(new double[] {nowSeconds - contact.arrivalSeconds(), 0});
        }

        @Override
        public void abandoned(Contact contact, double nowSeconds) {
          log.add(new double[] {nowSeconds - contact.arrivalSeconds(), 1});
        }
      }).run();
      for (double[] call : log) {
        sample.add(call[0], call[1] == 1);
        exponential = exponential.plus(new PatienceFit(call[0], (long) call[1], 1, false));
      }
    }
    KaplanMeier km = sample.estimate(false);
    assertTrue(km.events() > 500, "abandonments " + km.events());
    GammaDistribution truth = new GammaDistribution(4, 45);
    for (double t : new double[] {60, 120, 180, 240}) {
      double[] ci = km.ci95At(t);
      double s = 1 - truth.cumulativeProbability(t);
      assertTrue(ci[0] <= s && s <= ci[1], "S(" + t + ") = " + s + " outside [" + ci[0] + ", " + ci[1] + "]");
    }
    // The exponential model cannot hold this shape (few gamma callers give up in the first minute): its
    // S(60 s) lies below the Kaplan-Meier interval.
    double exponentialAt60 = Math.exp(-60 / exponential.meanSeconds());
    assertTrue(exponentialAt60 < km.ci95At(60)[0], "exponential S(60) " + exponentialAt60);
  }
}
