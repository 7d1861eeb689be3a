package io.ccsim.run;

import io.ccsim.center.ReplicationResult;
import io.ccsim.model.Channel;
import io.ccsim.model.Scenario;
import io.ccsim.stats.Estimate;
import io.ccsim.stats.IntervalTally;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the per-interval summary from each replication's interval tallies, in replication order. */
final class IntervalSummaryBuilder {
  private IntervalSummaryBuilder() {}

  /** The interval summary, or null when the scenario reports no intervals. */
  static IntervalSummary build(Scenario scenario, List<ReplicationResult> results) {
    if (scenario.intervalSeconds() <= 0 || results.isEmpty()) {
      return null;
    }
    int intervals = results.get(0).intervals().get(0).intervals();
    List<Double> starts = new ArrayList<>(intervals);
    for (int i = 0; i < intervals; i++) {
      starts.add(i * scenario.intervalSeconds());
    }
    // Per replication and group: available agents and occupancy by interval.
    int groupCount = scenario.groups().size();
    double[][][] staffed = new double[results.size()][groupCount][];
    double[][][] occupancy = new double[results.size()][groupCount][];
    for (int r = 0; r < results.size(); r++) {
      ReplicationResult result = results.get(r);
      for (int g = 0; g < groupCount; g++) {
        staffed[r][g] = result.groups().get(g).intervalAvailableAgents(result.endSeconds());
        occupancy[r][g] = result.groups().get(g).intervalOccupancy(result.endSeconds());
      }
    }
    Map<String, Map<String, List<Estimate>>> channels = new LinkedHashMap<>();
    for (int c = 0; c < scenario.channels().size(); c++) {
      Channel channel = scenario.channels().get(c);
      int index = c;
      int[] serving = java.util.stream.IntStream.range(0, groupCount)
          .filter(g -> scenario.groups().get(g).skills().contains(channel.name())).toArray();
      double[][] queue = new double[results.size()][];
      for (int r = 0; r < results.size(); r++) {
        queue[r] = queueAverages(results.get(r), index);
      }
      Map<String, List<Estimate>> kpis = new LinkedHashMap<>();
      for (String key : IntervalSummary.CHANNEL_KEYS) {
        List<Estimate> series = new ArrayList<>(intervals);
        for (int i = 0; i < intervals; i++) {
          double[] perReplication = new double[results.size()];
          for (int r = 0; r < results.size(); r++) {
            IntervalTally t = results.get(r).intervals().get(index);
            perReplication[r] = key.equals("staffedAgents")
                ? sum(staffed[r], serving, i)
                : value(key, channel, t, i, queue[r]);
          }
          series.add(Estimate.of(perReplication));
        }
        kpis.put(key, series);
      }
      channels.put(channel.name(), kpis);
    }
    Map<String, Map<String, List<Estimate>>> groups = new LinkedHashMap<>();
    for (int g = 0; g < groupCount; g++) {
      Map<String, List<Estimate>> kpis = new LinkedHashMap<>();
      kpis.put("staffedAgents", series(staffed, g, intervals));
      kpis.put("occupancy", series(occupancy, g, intervals));
      groups.put(scenario.groups().get(g).name(), kpis);
    }
    return new IntervalSummary(scenario.intervalSeconds(), List.copyOf(starts), channels, groups);
  }

  private static double[] queueAverages(ReplicationResult result, int channel) {
    return result.intervals().get(channel).queueLength().averages(result.endSeconds());
  }

  private static double value(String key, Channel channel, IntervalTally t, int i, double[] queue) {
    long offered = t.offered(i);
    return switch (key) {
      case "offered" -> offered;
      case "answered" -> t.answered(i);
      case "abandoned" -> t.abandoned(i);
      case "serviceLevel" -> channel.serviceLevel().definition()
          .apply(offered, t.answered(i), t.answeredWithin(i), t.abandonedWithin(i));
      case "asaSeconds" -> t.answered(i) == 0 ? Double.NaN : t.answeredWaitSum(i) / t.answered(i);
      case "abandonRate" -> offered == 0 ? Double.NaN : (double) t.abandoned(i) / offered;
      case "queueLength" -> queue[i];
      default -> throw new IllegalArgumentException("unknown interval KPI " + key);
    };
  }

  private static double sum(double[][] perGroup, int[] groups, int interval) {
    double total = 0;
    for (int g : groups) {
      total += perGroup[g][interval];
    }
    return total;
  }

  private static List<Estimate> series(double[][][] values, int group, int intervals) {
    List<Estimate> series = new ArrayList<>(intervals);
    for (int i = 0; i < intervals; i++) {
      double[] perReplication = new double[values.length];
      for (int r = 0; r < values.length; r++) {
        perReplication[r] = values[r][group][i];
      }
      series.add(Estimate.of(perReplication));
    }
    return series;
  }
}
