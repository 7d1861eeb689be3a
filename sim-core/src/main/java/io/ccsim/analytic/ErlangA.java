package io.ccsim.analytic;

import java.util.Optional;

/**
 * Erlang A (M/M/c+M) and M/M/c/K, with or without abandonment, from the exact {@link BirthDeathQueue}
 * and the FCFS {@link TaggedCustomer} wait: P(block), P(wait), P(abandon), service level, ASA, occupancy,
 * and staffing. With {@link QueueLimits#NONE} it reproduces Erlang C; with a queue capacity of 0, Erlang B.
 */
public final class ErlangA {
  private ErlangA() {}

  /** All figures for {@code agents}; {@code thresholdSeconds} may be infinite (then SL = P(answered)). */
  public static ErlangAResult evaluate(Traffic traffic, int agents, QueueLimits limits, double thresholdSeconds) {
    Require.atLeast("agents", agents, 1);
    Require.threshold(thresholdSeconds);
    double load = traffic.loadErlangs();
    if (!BirthDeathQueue.isStable(traffic, agents, limits)) {
      double inf = Double.POSITIVE_INFINITY;
      return new ErlangAResult(agents, load, thresholdSeconds, 0, 1, 0, 0, 0, inf, inf, 1);
    }
    BirthDeathQueue queue = BirthDeathQueue.solve(traffic, agents, limits);
    double servingRate = agents * traffic.serviceRatePerSecond();
    double abandonRate = limits.abandonRatePerSecond();

    // Arrivals that find j = n - c ahead and may join: n from c to the last joinable state.
    int places = Math.max(0, queue.lastJoinableState() - agents + 1);
    double[] startMass = new double[places];
    double answeredLater = 0;
    double answeredWaitSum = 0;
    double meanWaitIfServed = 0;
    for (int j = 0; j < places; j++) {
      startMass[j] = queue.stateProbability(agents + j);
      // E[wait | served, j ahead] = Σ_{k=1..j+1} 1/(cμ + kθ): the time in each place does not depend on which
      // exponential clock rang, so it is the same whether or not the customer abandons later.
      meanWaitIfServed += 1 / (servingRate + (j + 1) * abandonRate);
      double served = startMass[j] * TaggedCustomer.probServed(j, servingRate, abandonRate);
      answeredLater += served;
      answeredWaitSum += served * meanWaitIfServed;
    }
    double immediate = queue.probImmediate();
    TaggedCustomer.Absorbed within =
        TaggedCustomer.absorbedWithin(startMass, places, servingRate, abandonRate, thresholdSeconds);
    double answered = immediate + answeredLater;
    return new ErlangAResult(
        agents,
        load,
        thresholdSeconds,
        clamp(queue.probBlock()),
        clamp(queue.probWait()),
        clamp(queue.probAbandon()),
        clamp(immediate + within.servedWithin()),
        clamp(within.abandonedWithin()),
        answered > 0 ? answeredWaitSum / answered : 0,
        queue.meanWaitSeconds(),
        clamp(queue.occupancy()));
  }

  /**
   * The fewest agents (at most {@code goal.maxAgents()}) whose service level (answered within the threshold /
   * offered) reaches the target with occupancy at most the ceiling. Both improve monotonically with more
   * agents, so a binary search finds the fewest.
   */
  public static Optional<ErlangAResult> staff(
      Traffic traffic, QueueLimits limits, double thresholdSeconds, StaffingGoal goal) {
    Require.threshold(thresholdSeconds);
    int low = 1;
    int high = goal.maxAgents();
    ErlangAResult best = evaluate(traffic, high, limits, thresholdSeconds);
    if (!meets(best, goal)) {
      return Optional.empty();
    }
    // Invariant: high meets the goal, every count below low does not.
    while (low < high) {
      int mid = low + (high - low) / 2;
      ErlangAResult r = evaluate(traffic, mid, limits, thresholdSeconds);
      if (meets(r, goal)) {
        high = mid;
        best = r;
      } else {
        low = mid + 1;
      }
    }
    return Optional.of(best);
  }

  private static boolean meets(ErlangAResult r, StaffingGoal goal) {
    return r.stable() && r.serviceLevel() >= goal.serviceLevelTarget() && r.occupancy() <= goal.maxOccupancy();
  }

  private static double clamp(double probability) {
    return Math.max(0, Math.min(1, probability));
  }
}
