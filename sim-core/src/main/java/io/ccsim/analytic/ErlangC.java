package io.ccsim.analytic;

import java.util.Optional;

/**
 * Erlang C (M/M/c, infinite patience): P(wait), service level, ASA, wait quantiles and staffing.
 * C(c, a) is derived from the Erlang B recursion, C = B / (1 - ρ(1 - B)), so it is stable for large c.
 */
public final class ErlangC {
  private ErlangC() {}

  /** C(c, a): the probability that an arrival waits; 1 when the system is unstable (a >= c). */
  public static double probWait(int agents, double loadErlangs) {
    Require.atLeast("agents", agents, 1);
    Require.positiveFinite("offered load (Erlangs)", loadErlangs);
    return fromBlocking(agents, loadErlangs, ErlangB.blockingProbability(agents, loadErlangs));
  }

  /** P(wait), service level within {@code thresholdSeconds} (may be infinite), ASA and occupancy. */
  public static ErlangCResult evaluate(Traffic traffic, int agents, double thresholdSeconds) {
    Require.atLeast("agents", agents, 1);
    Require.threshold(thresholdSeconds);
    double load = traffic.loadErlangs();
    return result(traffic, agents, thresholdSeconds, ErlangB.blockingProbability(agents, load));
  }

  /**
   * The wait that a share {@code probability} of arrivals do not exceed: from P(W > t) = C e^(-(cμ-λ)t),
   * q_p = max(0, ln(C / (1 - p)) / (cμ - λ)); infinite when unstable or p = 1.
   */
  public static double waitQuantileSeconds(Traffic traffic, int agents, double probability) {
    Require.fraction("probability", probability);
    double c = probWait(agents, traffic.loadErlangs());
    double drain = drainRatePerSecond(traffic, agents);
    if (!(drain > 0) || probability == 1) {
      return Double.POSITIVE_INFINITY;
    }
    return Math.max(0, Math.log(c / (1 - probability)) / drain);
  }

  /**
   * The fewest stable agent counts (load below agents, at most {@code goal.maxAgents()}) whose service level
   * within {@code thresholdSeconds} reaches the target and whose occupancy a/c stays under the ceiling.
   */
  public static Optional<ErlangCResult> staff(Traffic traffic, double thresholdSeconds, StaffingGoal goal) {
    Require.threshold(thresholdSeconds);
    double load = traffic.loadErlangs();
    double b = 1;
    // The recursion runs through every k anyway, so scanning up is as cheap as evaluating one count.
    for (int k = 1; k <= goal.maxAgents(); k++) {
      b = ErlangB.next(b, k, load);
      if (load < k && load / k <= goal.maxOccupancy()) {
        ErlangCResult r = result(traffic, k, thresholdSeconds, b);
        if (r.serviceLevel() >= goal.serviceLevelTarget()) {
          return Optional.of(r);
        }
      }
    }
    return Optional.empty();
  }

  /** cμ - λ, the rate at which P(W > t) decays; not positive when unstable. */
  static double drainRatePerSecond(Traffic traffic, int agents) {
    return (agents - traffic.loadErlangs()) * traffic.serviceRatePerSecond();
  }

  private static ErlangCResult result(Traffic traffic, int agents, double thresholdSeconds, double blocking) {
    double load = traffic.loadErlangs();
    if (load >= agents) {
      return new ErlangCResult(agents, load, thresholdSeconds, 1, 0, Double.POSITIVE_INFINITY, 1);
    }
    double c = fromBlocking(agents, load, blocking);
    double drain = drainRatePerSecond(traffic, agents);
    // exp(-drain·∞) = 0, so an infinite threshold gives SL 1 without a special case.
    double sl = 1 - c * Math.exp(-drain * thresholdSeconds);
    return new ErlangCResult(agents, load, thresholdSeconds, c, sl, c / drain, load / agents);
  }

  private static double fromBlocking(int agents, double loadErlangs, double blocking) {
    if (loadErlangs >= agents) {
      return 1;
    }
    double rho = loadErlangs / agents;
    return Math.min(1, blocking / (1 - rho * (1 - blocking)));
  }
}
