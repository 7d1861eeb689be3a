package io.ccsim.report.check;

import java.util.Map;
import java.util.Optional;

/**
 * Which way a KPI gets better, for baseline comparisons. Counts (offered, answered, ...) follow demand
 * and occupancy is a trade-off, so they have no direction and are not compared with a baseline.
 */
public enum Direction {
  HIGHER_IS_BETTER, LOWER_IS_BETTER;

  private static final Map<String, Direction> CHANNEL_KPIS = Map.of(
      "serviceLevel", HIGHER_IS_BETTER,
      "asaSeconds", LOWER_IS_BETTER,
      "meanWaitSeconds", LOWER_IS_BETTER,
      "probWait", LOWER_IS_BETTER,
      "abandonRate", LOWER_IS_BETTER,
      "blockRate", LOWER_IS_BETTER,
      "waitP50Seconds", LOWER_IS_BETTER,
      "waitP90Seconds", LOWER_IS_BETTER,
      "waitP99Seconds", LOWER_IS_BETTER);

  /** The direction of a channel KPI (summary.json key), or empty when it has none. */
  public static Optional<Direction> ofChannelKpi(String key) {
    return Optional.ofNullable(CHANNEL_KPIS.get(key));
  }

  /** How much worse {@code current} is than {@code baseline}: positive when worse. */
  public double worsening(double baseline, double current) {
    return this == HIGHER_IS_BETTER ? baseline - current : current - baseline;
  }
}
