package io.ccsim.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EstimatorsTest {
  @Test
  void patience_censoredExponential_recoversTheMeanWithinItsInterval() {
    // Patience exponential(300 s), waits exponential(120 s): a caller abandons when patience < wait.
    Random random = new Random(7);
    PatienceFit fit = new PatienceFit(0, 0, 0, false);
    PatienceFit answeredOnly = new PatienceFit(0, 0, 0, false);
    for (int i = 0; i < 20_000; i++) {
      double patience = -300 * Math.log(1 - random.nextDouble());
      double wait = -120 * Math.log(1 - random.nextDouble());
      boolean abandoned = patience < wait;
      Call c = new Call(0, 1, "ps", 0, abandoned ? Call.Outcome.ABANDONED : Call.Outcome.ANSWERED,
          Math.min(patience, wait), 100, Double.NaN, null);
      fit = fit.plus(PatienceFit.of(c));
    }
    assertTrue(fit.ciLowSeconds() < 300 && 300 < fit.ciHighSeconds(), fit.ciLowSeconds() + " " + fit.ciHighSeconds());
    assertTrue(fit.ciHighSeconds() - fit.ciLowSeconds() < 40);
    assertEquals(0, answeredOnly.events());
  }

  @Test
  void handleTime_lognormalSample_choosesLognormalWithItsCv() {
    Random random = new Random(3);
    double sigma = Math.sqrt(Math.log(1 + 1.2 * 1.2));
    double mu = Math.log(180) - sigma * sigma / 2;
    double[] x = new double[20_000];
    for (int i = 0; i < x.length; i++) {
      x[i] = Math.exp(mu + sigma * random.nextGaussian());
    }
    HandleTimeFit fit = HandleTimeFit.of(x, "best");
    assertEquals("lognormal", fit.model());
    assertEquals(1.2, fit.lognormalCv(), 0.05);
    assertTrue(Math.abs(fit.sampleMean() - 180) < fit.sampleMeanCi95());
    assertTrue(fit.lognormalKs() < 0.015, "KS " + fit.lognormalKs());
    assertTrue(fit.gammaKs() > fit.lognormalKs());
  }

  @Test
  void handleTime_gammaSample_choosesGammaWithItsShape() {
    org.apache.commons.math3.distribution.GammaDistribution gamma =
        new org.apache.commons.math3.distribution.GammaDistribution(new org.apache.commons.math3.random.Well19937c(5),
            2.5, 80);
    double[] x = gamma.sample(20_000);
    HandleTimeFit fit = HandleTimeFit.of(x, "best");
    assertEquals("gamma", fit.model());
    assertEquals(1 / Math.sqrt(2.5), fit.gammaCv(), 0.02);
    assertEquals(200, fit.gammaMean(), 4);
    assertEquals(20_000, java.util.Arrays.stream(fit.histogramWeights()).sum(), 1e-9);
  }

  @Test
  void staffing_busyWhileWaiting_countsOnlyAgentsBusyWhileACallerWaits() {
    // 08:00-08:30, one day. Agents A and B serve; a caller waits 08:10-08:20 while only A is busy.
    double t = 8 * 3600;
    List<Call> calls = new ArrayList<>();
    calls.add(new Call(0, 1, "ps", t, Call.Outcome.ANSWERED, 0, 1800, Double.NaN, "A"));
    calls.add(new Call(0, 1, "ps", t, Call.Outcome.ANSWERED, 0, 300, Double.NaN, "B"));
    calls.add(new Call(0, 1, "ps", t + 600, Call.Outcome.ABANDONED, 600, Double.NaN, Double.NaN, null));
    CallLog log = new CallLog("test", LogFormat.GENERIC, calls, Map.of(), Map.of(), true, true);
    Selection selection = Selection.of(log, Set.of(), 1800, t, t + 1800);
    StaffingFit fit = StaffingFit.of(log, selection, null, 1);
    assertEquals(2, fit.counted()[0], 1e-9);
    assertEquals((1800 + 300) / (2 * 1800.0), fit.occupancy()[0], 1e-9);
    // the caller counts as waiting after 10 s: 590 s with 1 of 2 agents busy
    assertEquals(0.5, fit.windowAvailability(), 1e-9);
    assertEquals(1.0, fit.available()[0], 1e-9);
  }

  @Test
  void steps_fractionalStaffing_becomesOneMoreAgentForThatShareOfTheSteps() {
    FitOptions options = new FitOptions(Set.of(), 1800, null, null, "best", 3, null, false, false, false, 300, 20, 1, 1);
    CallLog log = new CallLog("test", LogFormat.ARRIVALS_CSV,
        List.of(new Call(0, 0, "ps", 3600, Call.Outcome.OFFERED, Double.NaN, 1, Double.NaN, null)), Map.of(),
        Map.of(), false, false);
    Selection selection = Selection.of(log, Set.of(), 1800, 3600.0, 5400.0);
    assertEquals(List.of(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 3, 3, 3, 3, 3),
        Fitter.steps((StaffingFit) null, selection, options));
  }

  @Test
  void steps_fractionalAgents_areSpreadOverTheSteps_andTheSumNeverStraysHalfAnAgentStep() {
    FitOptions options = new FitOptions(Set.of(), 1800, null, null, "best", null, null, false, false, false, 300, 20, 1, 1);
    CallLog log = new CallLog("test", LogFormat.GENERIC,
        List.of(new Call(0, 0, "ps", 3600, Call.Outcome.ANSWERED, 0, 1, Double.NaN, "A")), Map.of(),
        Map.of(), true, true);
    Selection selection = Selection.of(log, Set.of(), 1800, 3600.0, 3600.0 + 3 * 1800);
    double[] available = {7.5, 2.24, 0.34};
    double[] none = new double[3];
    StaffingFit staffing = new StaffingFit(none, none, none, none, available, 0, 0, Map.of(), new double[0][]);
    List<Integer> steps = Fitter.steps(staffing, selection, options).subList(12, 30);

    // 7.5 agents: 8 and 7 by turns, never three steps of 7 in a row (the queue builds in such a run).
    assertEquals(List.of(8, 7, 8, 7, 8, 7), steps.subList(0, 6));
    double exact = 0;
    int written = 0;
    for (int i = 0; i < steps.size(); i++) {
      exact += available[i / 6];
      written += steps.get(i);
      assertTrue(Math.abs(written - exact) <= 0.5 + 1e-9, "step " + i + ": " + written + " for " + exact);
    }
    assertEquals(Math.round(exact), written);
  }

  @Test
  void handleTimeFactors_perInterval_keepTheMeanAndDeflateToOneDistribution() {
    // 40 calls of 100 s in interval 0, 40 of 200 s in interval 1, 10 of 150 s in interval 2 (too few).
    double[] x = new double[90];
    int[] at = new int[90];
    for (int k = 0; k < 90; k++) {
      at[k] = k < 40 ? 0 : k < 80 ? 1 : 2;
      x[k] = k < 40 ? 100 : k < 80 ? 200 : 150;
    }
    double[] f = HandleTimeFactors.of(x, at, 3);
    double mean = (40 * 100 + 40 * 200 + 10 * 150) / 90.0;
    double scale = 90 / (40 * 100 / mean + 40 * 200 / mean + 10);
    assertEquals(100 / mean * scale, f[0], 1e-12);
    assertEquals(1 * scale, f[2], 1e-12);
    assertEquals(90, 40 * f[0] + 40 * f[1] + 10 * f[2], 1e-9);
    double[] y = HandleTimeFactors.deflate(x, at, f);
    assertEquals(y[0], y[50], 1e-9);
  }

  @Test
  void patienceFactors_perInterval_areTheIntervalsEstimateOverTheChannels_widenedWhenTooFew() {
    // 30 callers of patience 100 s at 08:00-08:30, 5 of 1000 s at 08:30-09:00, 30 of 300 s at 09:00-09:30.
    List<Call> calls = new ArrayList<>();
    for (int k = 0; k < 65; k++) {
      int slot = k < 30 ? 0 : k < 35 ? 1 : 2;
      calls.add(new Call(0, 0, "ps", 8 * 3600 + slot * 1800 + 10 + k, Call.Outcome.OFFERED, Double.NaN, 100,
          slot == 0 ? 100 : slot == 1 ? 1000 : 300, null));
    }
    CallLog log = new CallLog("test", LogFormat.ARRIVALS_CSV, calls, Map.of(), Map.of(), false, false);
    FitOptions options = new FitOptions(Set.of(), 1800, 8 * 3600.0, 9.5 * 3600, "best", 3, null, false, true, true,
        300, 20, 1, 1);
    FitResult fit = Fitter.fit(log, options);
    double mean = (30 * 100 + 5 * 1000 + 30 * 300) / 65.0;
    assertEquals(mean, fit.patience().get("ps").meanSeconds(), 1e-9);
    double[] f = fit.patienceFactors().get("ps");
    assertEquals(100 / mean, f[0], 1e-9);
    // 5 abandonments are too few: the interval takes its neighbours, here all three intervals
    assertEquals(1.0, f[1], 1e-9);
    assertEquals(300 / mean, f[2], 1e-9);
    assertTrue(ScenarioYaml.write(fit).contains("patienceFactors: { start: \"08:00\", interval: 1800s"));
  }
}
