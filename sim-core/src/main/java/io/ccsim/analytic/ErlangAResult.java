package io.ccsim.analytic;

import io.ccsim.model.ServiceLevelDefinition;

/**
 * Erlang A / M/M/c/K figures for {@code agents}, all per offered contact (blocked ones included).
 *
 * <p>{@code probWait} counts arrivals that find every agent busy, blocked ones included;
 * {@code serviceLevel} is answered within {@code thresholdSeconds} / offered and {@code abandonedWithin} is
 * abandoned within the threshold / offered, from which {@link #serviceLevel(ServiceLevelDefinition)} gives the
 * other definitions. {@code asaSeconds} is the mean wait of answered contacts; {@code meanWaitSeconds} that of
 * every contact that joined the queue, abandoners' time included. An unstable system (no abandonment, unlimited
 * queue, load >= agents) has P(wait) 1, service level 0, infinite waits and occupancy 1.
 */
public record ErlangAResult(
    int agents,
    double loadErlangs,
    double thresholdSeconds,
    double probBlock,
    double probWait,
    double probAbandon,
    double serviceLevel,
    double abandonedWithin,
    double asaSeconds,
    double meanWaitSeconds,
    double occupancy) {
  public ErlangAResult {
    Require.atLeast("agents", agents, 1);
    Require.positiveFinite("offered load (Erlangs)", loadErlangs);
    Require.threshold(thresholdSeconds);
    Require.fraction("P(block)", probBlock);
    Require.fraction("P(wait)", probWait);
    Require.fraction("P(abandon)", probAbandon);
    Require.fraction("service level", serviceLevel);
    Require.fraction("abandoned within threshold", abandonedWithin);
    if (!(asaSeconds >= 0) || !(meanWaitSeconds >= 0)) {
      throw new IllegalArgumentException(
          "waits must be >= 0 seconds or infinite, got ASA " + asaSeconds + ", mean wait " + meanWaitSeconds);
    }
    Require.fraction("occupancy", occupancy);
  }

  /** Whether the system has a steady state; only one without abandonment and queue limit can lack one. */
  public boolean stable() {
    return Double.isFinite(asaSeconds);
  }

  /** Answered / offered = 1 - P(block) - P(abandon). */
  public double probAnswered() {
    return Math.max(0, 1 - probBlock - probAbandon);
  }

  /** The service level under the given definition (see the glossary); NaN when its denominator is 0. */
  public double serviceLevel(ServiceLevelDefinition definition) {
    return switch (definition) {
      case ANSWERED_OF_OFFERED -> serviceLevel;
      case EXCLUDE_SHORT_ABANDONS -> ratio(serviceLevel, 1 - abandonedWithin);
      case SHORT_ABANDONS_GOOD -> Math.min(1, serviceLevel + abandonedWithin);
      case ANSWERED_OF_ANSWERED -> ratio(serviceLevel, probAnswered());
    };
  }

  private static double ratio(double numerator, double denominator) {
    return denominator <= 0 ? Double.NaN : Math.min(1, numerator / denominator);
  }
}
