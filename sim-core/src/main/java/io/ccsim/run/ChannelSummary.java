package io.ccsim.run;

import io.ccsim.kpi.Kpi;
import io.ccsim.kpi.KpiEstimates;
import io.ccsim.kpi.Scope;
import io.ccsim.stats.Estimate;

/**
 * One channel's KPIs over replications, and the service-level goal they were measured against; the
 * shape of {@code channels.<name>} in {@code summary.json} (a contract, see docs/summary-json.md).
 *
 * @param kind {@code live} or {@code deferred}
 * @param kpis every channel KPI of the catalogue
 * @param serviceLevelDefinition the key of the definition {@code serviceLevel} uses
 * @param serviceLevelClock {@code calendar}, or {@code business} when the threshold counts only the
 *     channel's open hours
 */
public record ChannelSummary(
    String kind,
    KpiEstimates kpis,
    String serviceLevelDefinition,
    double serviceLevelThresholdSeconds,
    double serviceLevelTarget,
    String serviceLevelClock) {
  public ChannelSummary {
    if (kpis.scope() != Scope.CHANNEL) {
      throw new IllegalArgumentException("a channel summary needs channel KPIs, got " + kpis.scope());
    }
  }

  /** The estimate of one channel KPI. */
  public Estimate get(Kpi kpi) {
    return kpis.get(kpi);
  }
}
