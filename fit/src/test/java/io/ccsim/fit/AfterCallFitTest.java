package io.ccsim.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AfterCallFitTest {
  private static final double START = 8 * 3600;
  private static final double END = 20 * 3600;
  /** Callers wait for the first 120 s of every 300 s, and none wait in the rest. */
  private static final double CYCLE = 300;
  private static final double WAITING = 120;

  /**
   * A log of agents whose after-call time is exponential with a known mean: while callers wait, an agent
   * ready again takes one at once; in the rest of each cycle it takes the next caller who rings (Poisson, one
   * every 20 s), with no wait. The queue empties often, so many gaps end with the agent idle.
   */
  private static CallLog world(double afterCallMeanSeconds, double handleMeanSeconds, long seed) {
    Random random = new Random(seed);
    List<Call> calls = new ArrayList<>();
    for (int day = 0; day < 4; day++) {
      // The waiting callers, as the log shows them: each spell is one caller waiting from its start to its end
      // (answered then by an agent the log does not name), 10 s of settling before it.
      for (double a = START; a < END; a += CYCLE) {
        double arrival = a - StaffingFit.SETTLING_SECONDS;
        calls.add(new Call(day, 1, "ps", arrival, Call.Outcome.ANSWERED, a + WAITING - arrival, 60, Double.NaN, null));
      }
      for (int agent = 0; agent < 12; agent++) {
        double t = START + random.nextDouble() * 60;
        while (t < END) {
          double handle = exponential(random, handleMeanSeconds);
          calls.add(new Call(day, 1, "ps", t, Call.Outcome.ANSWERED, 0, handle, Double.NaN, "a" + agent));
          double ready = t + handle + exponential(random, afterCallMeanSeconds);
          t = waiting(ready) ? ready : Math.min(nextSpell(ready), ready + exponential(random, 20));
        }
      }
    }
    return new CallLog("world", LogFormat.GENERIC, calls, Map.of(), Map.of(), true, true);
  }

  private static boolean waiting(double t) {
    return (t - START) % CYCLE < WAITING;
  }

  private static double nextSpell(double t) {
    return START + Math.ceil((t - START) / CYCLE) * CYCLE;
  }

  private static double exponential(Random random, double mean) {
    return -mean * Math.log(1 - random.nextDouble());
  }

  @Test
  void afterCallTime_withTheQueueEmptyingMidGap_isRecoveredOnlyByCensoringThoseGaps() {
    CallLog log = world(40, 150, 11);
    AfterCallFit fit = AfterCallFit.of(log, Selection.of(log, Set.of(), 1800, START, END));

    assertTrue(fit.estimated());
    assertTrue(fit.censored() > fit.exact() / 10, fit.censored() + " censored of " + fit.exact());
    assertTrue(fit.uninformative() > 0);
    // The standard error of a mean of ~10,000 exponential(40 s) gaps is about 0.4 s.
    assertEquals(40, fit.meanSeconds(), 2.0, "after-call mean");
    assertEquals(150, fit.meanHandleSeconds(), 3.0);
    assertEquals((150 + 40) / 150.0, fit.cycleFactor(), 0.02);

    // Taking the exact gaps alone keeps only the after-call times shorter than the rest of their spell.
    double sum = 0;
    int n = 0;
    for (double[] gap : gaps(log)) {
      if (gap[1] == 1) {
        sum += gap[0];
        n++;
      }
    }
    assertEquals(fit.exact(), n);
    assertTrue(sum / n < 0.8 * 40, "the exact gaps alone average " + sum / n + " s");
  }

  @Test
  void gapsLongerThanAnInterval_areAbsence_andGapsBegunWithNoCallerWaiting_tellNothing() {
    double t = START;
    List<Call> calls = new ArrayList<>();
    // A caller waits 08:00:00 to 08:10:00.
    calls.add(new Call(0, 1, "ps", t - 10, Call.Outcome.ANSWERED, 610, 60, Double.NaN, null));
    // Agent A: a call ends at 08:01:00; next at 08:01:30 while the caller still waits: exact 30 s.
    calls.add(new Call(0, 1, "ps", t, Call.Outcome.ANSWERED, 0, 60, Double.NaN, "A"));
    calls.add(new Call(0, 1, "ps", t + 90, Call.Outcome.ANSWERED, 0, 60, Double.NaN, "A"));
    // Then ends 08:02:30; next at 08:12:30, after the caller was answered at 08:10: censored at 450 s.
    calls.add(new Call(0, 1, "ps", t + 750, Call.Outcome.ANSWERED, 0, 60, Double.NaN, "A"));
    // Ends 08:13:30 with nobody waiting; next 08:20: left out.
    calls.add(new Call(0, 1, "ps", t + 1200, Call.Outcome.ANSWERED, 0, 60, Double.NaN, "A"));
    // Ends 08:21:00; next 09:00: over one interval, absence.
    calls.add(new Call(0, 1, "ps", t + 3600, Call.Outcome.ANSWERED, 0, 60, Double.NaN, "A"));
    CallLog log = new CallLog("test", LogFormat.GENERIC, calls, Map.of(), Map.of(), true, true);
    AfterCallFit fit = AfterCallFit.of(log, Selection.of(log, Set.of(), 1800, START, START + 7200));

    assertEquals(1, fit.exact());
    assertEquals(1, fit.censored());
    assertEquals(1, fit.uninformative());
    assertFalse(fit.estimated(), "one exact gap is below the minimum");
    assertEquals(60, fit.meanHandleSeconds(), 1e-9);
  }

  /** Every gap the estimator uses, as {seconds, 1 if exact}, from the same rules written out plainly. */
  private static List<double[]> gaps(CallLog log) {
    List<double[]> out = new ArrayList<>();
    Map<Integer, List<Call>> byDay = new java.util.TreeMap<>();
    log.calls().forEach(c -> byDay.computeIfAbsent(c.day(), k -> new ArrayList<>()).add(c));
    for (List<Call> day : byDay.values()) {
      double[][] spells = AfterCallFit.waitingSpells(day);
      Map<String, List<Call>> byAgent = new java.util.TreeMap<>();
      day.stream().filter(c -> c.agent() != null).forEach(c -> byAgent.computeIfAbsent(c.agent(), k -> new ArrayList<>())
          .add(c));
      for (List<Call> served : byAgent.values()) {
        served.sort((a, b) -> Double.compare(a.answerSeconds(), b.answerSeconds()));
        for (int i = 1; i < served.size(); i++) {
          double end = served.get(i - 1).answerSeconds() + served.get(i - 1).handleSeconds();
          double next = served.get(i).answerSeconds();
          double until = AfterCallFit.waitingUntil(spells, end);
          if (next >= end && next - end <= 1800 && end < END && !Double.isNaN(until)) {
            out.add(new double[] {until >= next ? next - end : until - end, until >= next ? 1 : 0});
          }
        }
      }
    }
    return out;
  }
}
