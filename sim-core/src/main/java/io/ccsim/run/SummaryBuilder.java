package io.ccsim.run;

import io.ccsim.kpi.KpiEstimates;
import io.ccsim.kpi.Scope;
import io.ccsim.model.Channel;
import io.ccsim.model.Scenario;
import io.ccsim.stats.Estimate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * Turns the per-replication values into KPI estimates, always in replication order (so byte-identical).
 * Every KPI comes from its entry in the catalogue, {@link io.ccsim.kpi.Kpi}.
 */
final class SummaryBuilder {
  private SummaryBuilder() {}

  static Summary build(Scenario scenario, ReplicationValues values) {
    Map<String, ChannelSummary> channels = new LinkedHashMap<>();
    for (int c = 0; c < scenario.channels().size(); c++) {
      channels.put(scenario.channels().get(c).name(), channel(scenario, c, values));
    }
    Map<String, GroupSummary> groups = new LinkedHashMap<>();
    for (int g = 0; g < scenario.groups().size(); g++) {
      groups.put(scenario.groups().get(g).name(), group(scenario, g, values));
    }
    KpiEstimates journeys = scenario.journeys().active()
        ? KpiEstimates.of(Scope.JOURNEY, kpi -> kpi.estimate(values.perReplication(kpi, 0), null)) : null;
    return new Summary(scenario.name(), scenario.seed(), values.count(), scenario.warmupSeconds(),
        scenario.horizonSeconds(), channels, groups, journeys, IntervalSummaryBuilder.build(scenario, values),
        vru(scenario, values));
  }

  /** Per channel with a VRU stage: arrivals, drop-outs and their share (pooled within each replication). */
  private static Map<String, VruSummary> vru(Scenario scenario, ReplicationValues values) {
    Map<String, VruSummary> vru = new LinkedHashMap<>();
    for (int c = 0; c < scenario.channels().size(); c++) {
      if (scenario.channels().get(c).hasVru()) {
        double[] arrivals = values.vruArrivals(c);
        double[] dropOuts = values.vruDropOuts(c);
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

  private static ChannelSummary channel(Scenario scenario, int index, ReplicationValues values) {
    Channel spec = scenario.channels().get(index);
    Histogram merged = values.mergedWaits(index);
    KpiEstimates kpis = KpiEstimates.of(Scope.CHANNEL, kpi -> kpi.estimate(values.perReplication(kpi, index), merged));
    return new ChannelSummary(spec.kind().key(), kpis,
        spec.serviceLevel().definition().key(), spec.serviceLevel().thresholdSeconds(), spec.serviceLevel().target(),
        spec.targetInBusinessHours() ? "business" : "calendar");
  }

  private static GroupSummary group(Scenario scenario, int index, ReplicationValues values) {
    ConcurrencyShares shares = values.concurrency(index);
    Map<String, Estimate> distribution = new LinkedHashMap<>();
    for (int level = 1; level <= shares.maxLevel(); level++) {
      distribution.put(Integer.toString(level), Estimate.of(shares.at(level)));
    }
    return new GroupSummary(scenario.groups().get(index).count(),
        KpiEstimates.of(Scope.GROUP, kpi -> kpi.estimate(values.perReplication(kpi, index), null)), distribution);
  }
}
