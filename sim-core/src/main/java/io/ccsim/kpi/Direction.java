package io.ccsim.kpi;

/**
 * Which way a KPI gets better. Baseline checks test only KPIs with a direction, and comparisons colour
 * their significant differences. Counts follow demand and occupancy is a trade-off, so they have none.
 */
public enum Direction {
  HIGHER_IS_BETTER, LOWER_IS_BETTER, NONE;

  /** How much worse {@code current} is than {@code baseline}: positive when worse. */
  public double worsening(double baseline, double current) {
    return switch (this) {
      case HIGHER_IS_BETTER -> baseline - current;
      case LOWER_IS_BETTER -> current - baseline;
      case NONE -> throw new IllegalStateException("a KPI without a direction is neither better nor worse");
    };
  }
}
