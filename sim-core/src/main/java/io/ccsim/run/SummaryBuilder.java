package io.ccsim.run;

import io.ccsim.center.ReplicationResult;
import io.ccsim.kpi.Computation.MergedWaitPercentile;
import io.ccsim.kpi.KpiEstimates;
import io.ccsim.kpi.Scope;
import io.ccsim.model.Channel;
import io.ccsim.model.Scenario;
import io.ccsim.stats.Estimate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * Turns per-replication tallies into KPI estimates, always in replication order (so byte-identical).
 * Every KPI comes from its entry in the catalogue, {@link io.ccsim.kpi.Kpi}.
 */
final class SummaryBuilder {
  private SummaryBuilder() {}

  static Summary build(Scenario scenario, List<ReplicationResult> results) {
    Map<String, ChannelSummary> channels = new LinkedHashMap<>();
    for (int c = 0; c < scenario.channels().size(); c++) {
      channels.put(scenario.channels().get(c).name(), channel(scenario, c, results));
    }
    Map<String, GroupSummary> groups = new LinkedHashMap<>();
    for (int g = 0; g < scenario.groups().size(); g++) {
      groups.put(scenario.groups().get(g).name(), group(scenario, g, results));
    }
    KpiEstimates journeys = scenario.journeys().active() ? estimates(Scope.JOURNEY, scenario, 0, results) : null;
    return new Summary(scenario.name(), scenario.seed(), results.size(), scenario.warmupSeconds(),
        scenario.horizonSeconds(), channels, groups, journeys, IntervalSummaryBuilder.build(scenario, results));
  }

  private static ChannelSummary channel(Scenario scenario, int index, List<ReplicationResult> results) {
    Channel spec = scenario.channels().get(index);
    // The three wait percentiles read the same histogram merged over the replications: merge it once.
    Histogram merged = MergedWaitPercentile.mergedWaitMillis(results.stream().map(r -> r.channels().get(index)).toList());
    KpiEstimates kpis = KpiEstimates.of(Scope.CHANNEL, kpi -> kpi.computation() instanceof MergedWaitPercentile p
        ? p.estimate(merged, scenario, results, index) : kpi.estimate(scenario, results, index));
    return new ChannelSummary(spec.kind().key(), kpis,
        spec.serviceLevel().definition().key(), spec.serviceLevel().thresholdSeconds(), spec.serviceLevel().target(),
        spec.targetInBusinessHours() ? "business" : "calendar");
  }

  private static GroupSummary group(Scenario scenario, int index, List<ReplicationResult> results) {
    int maxLevel = results.stream().mapToInt(r -> r.groups().get(index).maxLevel()).max().orElse(0);
    Map<String, Estimate> distribution = new LinkedHashMap<>();
    for (int level = 1; level <= maxLevel; level++) {
      int items = level;
      distribution.put(Integer.toString(level), Estimate.of(results.stream()
          .mapToDouble(r -> r.groups().get(index).concurrencyShare(items, r.endSeconds())).toArray()));
    }
    return new GroupSummary(scenario.groups().get(index).count(), estimates(Scope.GROUP, scenario, index, results),
        distribution);
  }

  private static KpiEstimates estimates(Scope scope, Scenario scenario, int index, List<ReplicationResult> results) {
    return KpiEstimates.of(scope, kpi -> kpi.estimate(scenario, results, index));
  }
}
