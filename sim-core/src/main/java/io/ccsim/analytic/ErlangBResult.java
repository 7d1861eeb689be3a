package io.ccsim.analytic;

/** Erlang B for {@code agents} servers and no queue: the share of offered contacts blocked, and occupancy. */
public record ErlangBResult(int agents, double loadErlangs, double probBlock, double occupancy) {
  public ErlangBResult {
    Require.atLeast("agents", agents, 1);
    Require.nonNegativeFinite("offered load (Erlangs)", loadErlangs);
    Require.fraction("blocking probability", probBlock);
    Require.fraction("occupancy", occupancy);
  }

  /** The load the agents actually carry: a(1 - B). */
  public double carriedLoadErlangs() {
    return loadErlangs * (1 - probBlock);
  }
}
