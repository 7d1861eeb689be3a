package io.ccsim.analytic;

import java.util.Optional;

/**
 * Erlang B (M/M/c/c): blocking probability and staffing, by the recursion B(k) = aB(k-1)/(k + aB(k-1)),
 * which stays in [0, 1] at every step and so works for thousands of agents where a^c/c! overflows.
 */
public final class ErlangB {
  private ErlangB() {}

  /** B(c, a): the probability that an arrival finds all {@code agents} busy and is lost. */
  public static double blockingProbability(int agents, double loadErlangs) {
    Require.atLeast("agents", agents, 0);
    Require.nonNegativeFinite("offered load (Erlangs)", loadErlangs);
    double b = 1;
    for (int k = 1; k <= agents; k++) {
      b = next(b, k, loadErlangs);
    }
    return b;
  }

  /** Blocking and occupancy for the given number of agents (at least 1). */
  public static ErlangBResult evaluate(int agents, double loadErlangs) {
    Require.atLeast("agents", agents, 1);
    return result(agents, loadErlangs, blockingProbability(agents, loadErlangs));
  }

  /** The fewest agents (from 1 up to {@code maxAgents}) whose blocking is at most {@code maxBlocking}. */
  public static Optional<ErlangBResult> staff(double loadErlangs, double maxBlocking, int maxAgents) {
    Require.nonNegativeFinite("offered load (Erlangs)", loadErlangs);
    Require.fraction("maximum blocking", maxBlocking);
    Require.atLeast("maximum agents", maxAgents, 1);
    double b = 1;
    for (int k = 1; k <= maxAgents; k++) {
      b = next(b, k, loadErlangs);
      if (b <= maxBlocking) {
        return Optional.of(result(k, loadErlangs, b));
      }
    }
    return Optional.empty();
  }

  /** One step of the recursion, B(k) from B(k-1). */
  static double next(double previous, int agents, double loadErlangs) {
    double ab = loadErlangs * previous;
    return ab / (agents + ab);
  }

  private static ErlangBResult result(int agents, double loadErlangs, double blocking) {
    double occupancy = Math.min(1, loadErlangs * (1 - blocking) / agents);
    return new ErlangBResult(agents, loadErlangs, blocking, occupancy);
  }
}
