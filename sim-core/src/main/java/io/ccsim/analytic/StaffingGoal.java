package io.ccsim.analytic;

/**
 * What staffing must reach: a service level of at least {@code serviceLevelTarget}, an occupancy of at most
 * {@code maxOccupancy} (1 for no ceiling), and no more than {@code maxAgents} agents tried.
 */
public record StaffingGoal(double serviceLevelTarget, double maxOccupancy, int maxAgents) {
  /** Beyond this count staffing gives up whatever the load: the search would be too slow to be useful. */
  public static final int HARD_MAX_AGENTS = 1_000_000;

  public StaffingGoal {
    Require.fraction("service-level target", serviceLevelTarget);
    if (!(maxOccupancy > 0 && maxOccupancy <= 1)) {
      throw new IllegalArgumentException("maximum occupancy must be in (0, 1], got " + maxOccupancy);
    }
    Require.atLeast("maximum agents", maxAgents, 1);
  }

  /** A goal whose agent cap is {@link #defaultMaxAgents} for the given load. */
  public static StaffingGoal of(double serviceLevelTarget, double maxOccupancy, double loadErlangs) {
    return new StaffingGoal(serviceLevelTarget, maxOccupancy, defaultMaxAgents(loadErlangs, maxOccupancy));
  }

  /**
   * A cap that every reachable goal stays under: the occupancy floor a/ρ plus a square-root safety margin
   * far wider than any real service-level target needs (β ≈ 5 already makes P(wait) below 1e-6).
   */
  public static int defaultMaxAgents(double loadErlangs, double maxOccupancy) {
    Require.nonNegativeFinite("offered load (Erlangs)", loadErlangs);
    double cap = Math.ceil(loadErlangs / maxOccupancy + 10 * Math.sqrt(loadErlangs) + 100);
    return (int) Math.min(cap, HARD_MAX_AGENTS);
  }
}
