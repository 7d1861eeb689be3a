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
        scenario.horizonSeconds(), channels, groups, journeys, IntervalSummaryBuilder.build(scenario, results),
        vru(scenario, results));
  }

  /** Per channel with a VRU stage: arrivals, drop-outs and their share (pooled within each replication). */
  private static Map<String, VruSummary> vru(Scenario scenario, List<ReplicationResult> results) {
    Map<String, VruSummary> vru = new LinkedHashMap<>();
    for (int c = 0; c < scenario.channels().size(); c++) {
      if (scenario.channels().get(c).hasVru()) {
        int index = c;
        double[] arrivals = results.stream().mapToDouble(r -> r.channels().get(index).vruArrivals()).toArray();
        double[] dropOuts = results.stream().mapToDouble(r -> r.channels().get(index).vruDropOuts()).toArray();
        double[] share = new double[arrivals.length];
        for (int r = 0; r < share.length; r++) {
          share[r] = arrivals[r] > 0 ? dropOuts[r] / arrivals[r] : Double.NaN;
        }
        vru.put(scenario.channels().get(c).name(), new VruSummary(Estimate.of(arrivals), Estimate.of(dropOuts),
            Estimate.of(share)));
      }
    }
    return vru.isEmpty() ? null : vru;
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
