package io.ccsim.run;

import io.ccsim.center.ReplicationResult;
import io.ccsim.model.Channel;
import io.ccsim.model.Scenario;
import io.ccsim.stats.ChannelTally;
import io.ccsim.stats.Estimate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * Turns per-replication tallies into KPI estimates, always in replication order (so byte-identical).
 * Each KPI of one replication is defined once, in {@link ReplicationKpis}.
 */
final class SummaryBuilder {
  private SummaryBuilder() {}

  static Summary build(Scenario scenario, List<ReplicationResult> results) {
    Map<String, ChannelSummary> channels = new LinkedHashMap<>();
    for (int c = 0; c < scenario.channels().size(); c++) {
      channels.put(scenario.channels().get(c).name(), channel(scenario.channels().get(c), c, results));
    }
    Map<String, GroupSummary> groups = new LinkedHashMap<>();
    for (int g = 0; g < scenario.groups().size(); g++) {
      groups.put(scenario.groups().get(g).name(), group(g, scenario.groups().get(g).count(), results));
    }
    JourneySummary journeys = scenario.journeys().active() ? journeys(results) : null;
    return new Summary(scenario.name(), scenario.seed(), results.size(), scenario.warmupSeconds(),
        scenario.horizonSeconds(), channels, groups, journeys, IntervalSummaryBuilder.build(scenario, results));
  }

  private static GroupSummary group(int index, int agents, List<ReplicationResult> results) {
    int maxLevel = results.stream().mapToInt(r -> r.groups().get(index).maxLevel()).max().orElse(0);
    Map<String, Estimate> distribution = new LinkedHashMap<>();
    for (int level = 1; level <= maxLevel; level++) {
      int items = level;
      distribution.put(Integer.toString(level), Estimate.of(results.stream()
          .mapToDouble(r -> r.groups().get(index).concurrencyShare(items, r.endSeconds())).toArray()));
    }
    return new GroupSummary(agents, group("occupancy", index, agents, results),
        group("slotOccupancy", index, agents, results), group("busyShare", index, agents, results),
        group("concurrency", index, agents, results), distribution,
        group("interruptions", index, agents, results), group("overtimeSeconds", index, agents, results));
  }

  private static Estimate group(String key, int index, int agents, List<ReplicationResult> results) {
    return Estimate.of(results.stream().mapToDouble(r -> ReplicationKpis.group(key, r, index, agents)).toArray());
  }

  private static JourneySummary journeys(List<ReplicationResult> results) {
    Estimate[] e = ReplicationKpis.JOURNEY_KEYS.stream()
        .map(key -> Estimate.of(results.stream().mapToDouble(r -> ReplicationKpis.journey(key, r.journeys())).toArray()))
        .toArray(Estimate[]::new);
    return new JourneySummary(e[0], e[1], e[2], e[3], e[4], e[5], e[6], e[7]);
  }

  private static ChannelSummary channel(Channel spec, int index, List<ReplicationResult> results) {
    ChannelTally[] t = results.stream().map(r -> r.channels().get(index)).toArray(ChannelTally[]::new);
    Histogram merged = ReplicationKpis.mergedWaitMillis(List.of(t));
    return new ChannelSummary(
        per(spec, t, "offered"),
        per(spec, t, "answered"),
        per(spec, t, "abandoned"),
        per(spec, t, "blocked"),
        per(spec, t, "serviceLevel"),
        per(spec, t, "asaSeconds"),
        per(spec, t, "meanWaitSeconds"),
        per(spec, t, "probWait"),
        per(spec, t, "abandonRate"),
        per(spec, t, "blockRate"),
        percentile(merged, spec, t, 50, "waitP50Seconds"),
        percentile(merged, spec, t, 90, "waitP90Seconds"),
        percentile(merged, spec, t, 99, "waitP99Seconds"),
        spec.serviceLevel().definition().key(),
        spec.serviceLevel().thresholdSeconds(),
        spec.serviceLevel().target(),
        per(spec, t, "unfinished"),
        spec.kind().key(),
        per(spec, t, "ahtSeconds"),
        per(spec, t, "holdSeconds"),
        per(spec, t, "backlogAtEnd"),
        spec.targetInBusinessHours() ? "business" : "calendar");
  }

  private static Estimate per(Channel spec, ChannelTally[] tallies, String key) {
    double[] values = new double[tallies.length];
    for (int i = 0; i < tallies.length; i++) {
      values[i] = ReplicationKpis.channel(key, spec, tallies[i]);
    }
    return Estimate.of(values);
  }

  /** The merged histogram's percentile as the point estimate; the ci95 from the per-replication ones. */
  private static Estimate percentile(Histogram merged, Channel spec, ChannelTally[] tallies, double percent, String key) {
    if (merged.getTotalCount() == 0) {
      return new Estimate(Double.NaN, Double.NaN);
    }
    double[] perReplication = new double[tallies.length];
    for (int i = 0; i < tallies.length; i++) {
      perReplication[i] = ReplicationKpis.channel(key, spec, tallies[i]);
    }
    return Estimate.around(merged.getValueAtPercentile(percent) / 1000.0, perReplication);
  }
}
