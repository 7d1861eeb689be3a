package io.ccsim.report.compare;

import io.ccsim.kpi.Kpi;
import io.ccsim.stats.Estimate;
import java.util.List;

/**
 * One KPI of one subject (a channel, a group, or all agents) across the compared runs.
 *
 * @param subject a channel name, {@code groups.NAME}, or {@link Comparison#ALL_AGENTS}
 * @param kpi the KPI; all agents' row is {@link Kpi#OCCUPANCY}
 * @param estimates per run, the run's own estimate (as in its summary.json); null where the run lacks
 *     the subject
 * @param differences per run after the first, the paired difference (run − first) over replications;
 *     null where either run lacks the subject
 */
public record ComparisonRow(String subject, Kpi kpi, List<Estimate> estimates, List<Estimate> differences) {
  /** Whether a difference's 95% interval excludes 0. */
  public static boolean significant(Estimate difference) {
    return difference != null && !Double.isNaN(difference.ci95()) && !Double.isNaN(difference.mean())
        && Math.abs(difference.mean()) > difference.ci95();
  }

  /** Whether any run's difference from the first is significant. */
  public boolean anySignificant() {
    return differences.stream().anyMatch(ComparisonRow::significant);
  }
}
