package io.ccsim.run;

import io.ccsim.kpi.Kpi;
import io.ccsim.kpi.KpiEstimates;
import io.ccsim.kpi.Scope;
import io.ccsim.stats.Estimate;
import java.util.Map;

/**
 * One agent group's KPIs over replications; the shape of {@code groups.<name>} in {@code summary.json}.
 *
 * @param kpis every group KPI of the catalogue
 * @param concurrencyDistribution share of busy time spent holding exactly 1, 2, ... items
 */
public record GroupSummary(int agents, KpiEstimates kpis, Map<String, Estimate> concurrencyDistribution) {
  public GroupSummary {
    if (kpis.scope() != Scope.GROUP) {
      throw new IllegalArgumentException("a group summary needs group KPIs, got " + kpis.scope());
    }
  }

  /** The estimate of one group KPI. */
  public Estimate get(Kpi kpi) {
    return kpis.get(kpi);
  }
}
