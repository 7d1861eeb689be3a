package io.ccsim.fit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How long an agent stays unavailable after a call (after-call work, notes, a pause) before taking the next
 * one, estimated from the gaps between each agent's calls.
 *
 * <p>While callers wait, a ready agent takes one at once, so a gap that began with callers waiting and saw
 * them waiting until the agent's next call is an exact observation of the time the agent needed (an event).
 * When the queue emptied during the gap, the agent may have been ready and idle since; the gap then says
 * only that the time needed was longer than the part of the gap with callers waiting (censored there). A
 * gap that began with no caller waiting says nothing and is left out. The Kaplan-Meier estimator of those
 * censored observations gives the distribution, with {@link KaplanMeier}'s exponential tail. A gap longer
 * than one fitting interval is absence (a break, the end of a spell), not after-call time: staffing counts
 * agents per interval, so such a gap already shows there as an agent not counted.
 *
 * <p>Why it matters: with after-call time, an agent's capacity shrinks only while calls keep coming (each
 * call costs handle + after-call time), and in a quiet hour every counted agent is soon ready. A constant
 * share of counted agents instead takes the same capacity away in quiet and busy hours alike.
 *
 * @param curve the Kaplan-Meier estimate, or null when fewer than {@link #MIN_EVENTS} gaps were exact
 * @param exact gaps with callers waiting throughout (events)
 * @param censored gaps in which the queue emptied (censored at the waited part)
 * @param uninformative gaps that began with no caller waiting (left out)
 * @param meanHandleSeconds the mean handle time of the calls served in the selection by named agents
 */
public record AfterCallFit(KaplanMeier curve, long exact, long censored, long uninformative,
    double meanHandleSeconds) {
  /** Fewer exact gaps than this give no estimate. */
  public static final int MIN_EVENTS = 20;

  /** Whether an estimate was made. */
  public boolean estimated() {
    return curve != null;
  }

  /** The mean after-call time of the written distribution (its tail included). */
  public double meanSeconds() {
    return curve == null ? 0 : curve.meanSeconds();
  }

  /**
   * (handle + after-call) / handle: by how much an agent who cycles through calls is busier than the log's
   * busy time shows. Busy-while-callers-wait counts only handle time as busy, so the share of counted agents
   * that is ready is that availability times this factor.
   */
  public double cycleFactor() {
    return (meanHandleSeconds + meanSeconds()) / meanHandleSeconds;
  }

  /** The fit report's lines on the estimate. */
  String describe() {
    StringBuilder r = new StringBuilder();
    r.append(String.format(java.util.Locale.ROOT, "After-call time (written to every channel as wrapUp): Kaplan-Meier "
        + "from the gaps between an agent's calls, up to one interval long: %d with callers waiting throughout "
        + "(exact), %d in which the queue emptied (censored), %d begun with no caller waiting (left out)%n",
        exact, censored, uninformative));
    if (curve == null) {
      r.append(String.format(java.util.Locale.ROOT, "  fewer than %d exact gaps: no after-call time written%n",
          MIN_EVENTS));
    } else {
      r.append(String.format(java.util.Locale.ROOT, "  mean %.1f s, median %.0f s, S(10 s) %.3f, S(60 s) %.3f, "
          + "S(300 s) %.3f; handle time of served calls %.1f s, so an agent cycling through calls is busy %.3f × the "
          + "handle time%n", meanSeconds(), curve.medianSeconds(), curve.survivalAt(10), curve.survivalAt(60),
          curve.survivalAt(300), meanHandleSeconds, cycleFactor()));
    }
    return r.toString();
  }

  /** The estimate for fit.json. */
  java.util.Map<String, Object> json() {
    java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
    m.put("estimator", "Kaplan-Meier of the gaps between an agent's calls: exact while callers waited throughout, "
        + "censored where the queue emptied; gaps over one interval left out");
    m.put("exactGaps", exact);
    m.put("censoredGaps", censored);
    m.put("uninformativeGaps", uninformative);
    m.put("meanHandleSeconds", meanHandleSeconds);
    if (curve != null) {
      m.put("meanSeconds", meanSeconds());
      m.put("medianSeconds", Double.isNaN(curve.medianSeconds()) ? null : curve.medianSeconds());
      m.put("cycleFactor", cycleFactor());
      m.put("timesSeconds", curve.timesSeconds());
      m.put("survival", curve.survival());
      m.put("tailMeanSeconds", curve.tailMeanSeconds());
    }
    return m;
  }

  static AfterCallFit of(CallLog log, Selection selection) {
    double longest = selection.intervalSeconds();
    Map<Integer, List<Call>> byDay = selection.callsByDay(log);
    KaplanMeier.Sample sample = new KaplanMeier.Sample();
    long exact = 0;
    long censored = 0;
    long uninformative = 0;
    double handle = 0;
    long served = 0;
    for (List<Call> day : byDay.values()) {
      double[][] waiting = waitingSpells(day);
      Map<String, List<double[]>> services = new HashMap<>();
      for (Call c : day) {
        if (c.outcome() == Call.Outcome.ANSWERED && c.agent() != null) {
          services.computeIfAbsent(c.agent(), k -> new ArrayList<>())
              .add(new double[] {c.answerSeconds(), c.answerSeconds() + c.handleSeconds()});
          if (selection.intervalOf(c) >= 0) {
            handle += c.handleSeconds();
            served++;
          }
        }
      }
      for (List<double[]> calls : services.values()) {
        calls.sort((a, b) -> Double.compare(a[0], b[0]));
        for (int i = 1; i < calls.size(); i++) {
          double end = calls.get(i - 1)[1];
          double next = calls.get(i)[0];
          if (next < end || next - end > longest || end < selection.windowStartSeconds()
              || end >= selection.windowEndSeconds()) {
            continue;
          }
          double waitedUntil = waitingUntil(waiting, end);
          if (Double.isNaN(waitedUntil)) {
            uninformative++;
          } else if (waitedUntil >= next) {
            sample.add(next - end, true);
            exact++;
          } else {
            sample.add(waitedUntil - end, false);
            censored++;
          }
        }
      }
    }
    KaplanMeier curve = exact >= MIN_EVENTS ? sample.estimate(false) : null;
    return new AfterCallFit(curve, exact, censored, uninformative, served > 0 ? handle / served : Double.NaN);
  }

  /**
   * The day's spells with at least one caller waiting, as [from, to) sorted by start; a caller counts as
   * waiting once in queue {@link StaffingFit#SETTLING_SECONDS} (shorter waits are routing, not a lack of agents).
   */
  static double[][] waitingSpells(List<Call> day) {
    List<double[]> edges = new ArrayList<>();
    for (Call c : day) {
      if (c.waitSeconds() > StaffingFit.SETTLING_SECONDS) {
        edges.add(new double[] {c.arrivalSeconds() + StaffingFit.SETTLING_SECONDS, 1});
        edges.add(new double[] {c.answerSeconds(), -1});
      }
    }
    // Ends before starts at the same time, so back-to-back waits make two spells that touch.
    edges.sort((a, b) -> a[0] != b[0] ? Double.compare(a[0], b[0]) : Double.compare(a[1], b[1]));
    List<double[]> spells = new ArrayList<>();
    int queued = 0;
    double from = 0;
    for (double[] e : edges) {
      if (queued == 0 && e[1] > 0) {
        from = e[0];
      }
      queued += (int) e[1];
      if (queued == 0 && e[1] < 0) {
        if (!spells.isEmpty() && spells.get(spells.size() - 1)[1] == from) {
          spells.get(spells.size() - 1)[1] = e[0];
        } else {
          spells.add(new double[] {from, e[0]});
        }
      }
    }
    return spells.toArray(new double[0][]);
  }

  /** The end of the waiting spell that holds {@code t}, or NaN when no caller waits at t. */
  static double waitingUntil(double[][] spells, double t) {
    int lo = 0;
    int hi = spells.length - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (spells[mid][0] > t) {
        hi = mid - 1;
      } else if (spells[mid][1] <= t) {
        lo = mid + 1;
      } else {
        return spells[mid][1];
      }
    }
    return Double.NaN;
  }
}
