package io.ccsim.analytic;

/**
 * Erlang C (M/M/c) figures for {@code agents}: P(wait), service level (answered within
 * {@code thresholdSeconds} / offered; nobody abandons, so it equals P(wait <= T)), ASA and occupancy.
 * An unstable system (load >= agents) has P(wait) 1, service level 0, infinite ASA and occupancy 1.
 */
public record ErlangCResult(
    int agents,
    double loadErlangs,
    double thresholdSeconds,
    double probWait,
    double serviceLevel,
    double asaSeconds,
    double occupancy) {
  public ErlangCResult {
    Require.atLeast("agents", agents, 1);
    Require.positiveFinite("offered load (Erlangs)", loadErlangs);
    Require.threshold(thresholdSeconds);
    Require.fraction("P(wait)", probWait);
    Require.fraction("service level", serviceLevel);
    if (!(asaSeconds >= 0)) {
      throw new IllegalArgumentException("ASA must be >= 0 seconds or infinite, got " + asaSeconds);
    }
    Require.fraction("occupancy", occupancy);
  }

  /** Whether the queue has a steady state: offered load below the number of agents. */
  public boolean stable() {
    return loadErlangs < agents;
  }
}
