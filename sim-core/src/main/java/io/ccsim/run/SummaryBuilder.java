package io.ccsim.run;

import io.ccsim.center.ReplicationResult;
import io.ccsim.model.Channel;
import io.ccsim.model.Scenario;
import io.ccsim.model.ServiceLevelDefinition;
import io.ccsim.stats.ChannelTally;
import io.ccsim.stats.Estimate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.HdrHistogram.Histogram;

/** Turns per-replication tallies into KPI estimates, always in replication order (so byte-identical). */
final class SummaryBuilder {
  private SummaryBuilder() {}

  static Summary build(Scenario scenario, List<ReplicationResult> results) {
    Map<String, ChannelSummary> channels = new LinkedHashMap<>();
    for (int c = 0; c < scenario.channels().size(); c++) {
      channels.put(scenario.channels().get(c).name(), channel(scenario.channels().get(c), c, results));
    }
    Map<String, GroupSummary> groups = new LinkedHashMap<>();
    for (int g = 0; g < scenario.groups().size(); g++) {
      int agents = scenario.groups().get(g).count();
      int index = g;
      double[] occupancy = results.stream().mapToDouble(r -> r.groupBusyAgents()[index] / agents).toArray();
      groups.put(scenario.groups().get(g).name(), new GroupSummary(agents, Estimate.of(occupancy)));
    }
    return new Summary(scenario.name(), scenario.seed(), results.size(), scenario.warmupSeconds(),
        scenario.horizonSeconds(), channels, groups);
  }

  private static ChannelSummary channel(Channel spec, int index, List<ReplicationResult> results) {
    ChannelTally[] t = results.stream().map(r -> r.channels().get(index)).toArray(ChannelTally[]::new);
    ServiceLevelDefinition definition = spec.serviceLevel().definition();
    Histogram merged = new Histogram(ChannelTally.SIGNIFICANT_DIGITS);
    for (ChannelTally tally : t) {
      merged.add(tally.waitMillis());
    }
    return new ChannelSummary(
        per(t, ChannelTally::offered),
        per(t, ChannelTally::answered),
        per(t, ChannelTally::abandoned),
        per(t, ChannelTally::blocked),
        per(t, x -> definition.apply(x.offered(), x.answered(), x.answeredWithinThreshold(), x.abandonedWithinThreshold())),
        per(t, x -> ratio(x.answeredWaitSumSeconds(), x.answered())),
        per(t, x -> ratio(x.allWaitSumSeconds(), x.offered())),
        per(t, x -> ratio(x.delayedCount(), x.offered())),
        per(t, x -> ratio(x.abandoned(), x.offered())),
        per(t, x -> ratio(x.blocked(), x.offered())),
        percentile(merged, t, 50),
        percentile(merged, t, 90),
        percentile(merged, t, 99),
        definition.key(),
        spec.serviceLevel().thresholdSeconds(),
        spec.serviceLevel().target(),
        per(t, ChannelTally::unfinishedCount));
  }

  private static Estimate per(ChannelTally[] tallies, ToDoubleFunction<ChannelTally> kpi) {
    double[] values = new double[tallies.length];
    for (int i = 0; i < tallies.length; i++) {
      values[i] = kpi.applyAsDouble(tallies[i]);
    }
    return Estimate.of(values);
  }

  private static Estimate percentile(Histogram merged, ChannelTally[] tallies, double percent) {
    if (merged.getTotalCount() == 0) {
      return new Estimate(Double.NaN, Double.NaN);
    }
    double[] perReplication = new double[tallies.length];
    for (int i = 0; i < tallies.length; i++) {
      Histogram h = tallies[i].waitMillis();
      perReplication[i] = h.getTotalCount() == 0 ? Double.NaN : h.getValueAtPercentile(percent) / 1000.0;
    }
    return Estimate.around(merged.getValueAtPercentile(percent) / 1000.0, perReplication);
  }

  private static double ratio(double numerator, double denominator) {
    return denominator == 0 ? Double.NaN : numerator / denominator;
  }
}
