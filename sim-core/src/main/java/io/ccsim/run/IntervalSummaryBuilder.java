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
import java.util.stream.IntStream;

/**
 * The per-interval summary: what it needs of each replication (one value per channel, KPI and interval,
 * then per group, KPI and interval), and the estimates over replications built from those values.
 */
final class IntervalSummaryBuilder {
  private static final int CHANNEL_KEYS = IntervalSummary.CHANNEL_KEYS.size();
  private static final int GROUP_KEYS = IntervalSummary.GROUP_KEYS.size();

  private IntervalSummaryBuilder() {}

  /** The replication's number of reporting intervals; 0 when the scenario reports none. */
  static int intervals(Scenario scenario, ReplicationResult result) {
    return scenario.intervalSeconds() <= 0 ? 0 : result.intervals().get(0).intervals();
  }

  /** One replication's per-interval values (empty when the scenario reports no intervals). */
  static double[] values(Scenario scenario, ReplicationResult result, int intervals) {
    if (scenario.intervalSeconds() <= 0) {
      return new double[0];
    }
    int channelCount = scenario.channels().size();
    int groupCount = scenario.groups().size();
    double[] values = new double[width(scenario, intervals)];
    // Per group: available agents and occupancy by interval.
    double[][] staffed = new double[groupCount][];
    for (int g = 0; g < groupCount; g++) {
      staffed[g] = result.groups().get(g).intervalAvailableAgents(result.endSeconds());
      double[] occupancy = result.groups().get(g).intervalOccupancy(result.endSeconds());
      System.arraycopy(staffed[g], 0, values, groupAt(channelCount, g, 0, 0, intervals), intervals);
      System.arraycopy(occupancy, 0, values, groupAt(channelCount, g, 1, 0, intervals), intervals);
    }
    for (int c = 0; c < channelCount; c++) {
      Channel channel = scenario.channels().get(c);
      int[] serving = IntStream.range(0, groupCount)
          .filter(g -> scenario.groups().get(g).skills().contains(channel.name())).toArray();
      IntervalTally t = result.intervals().get(c);
      double[] queue = t.queueLength().averages(result.endSeconds());
      for (int k = 0; k < CHANNEL_KEYS; k++) {
        String key = IntervalSummary.CHANNEL_KEYS.get(k);
        for (int i = 0; i < intervals; i++) {
          values[channelAt(c, k, i, intervals)] = key.equals("staffedAgents")
              ? sum(staffed, serving, i)
              : value(key, channel, t, i, queue);
        }
      }
    }
    return values;
  }

  /** The interval summary from every replication's values, or null when the scenario reports no intervals. */
  static IntervalSummary build(Scenario scenario, ReplicationValues values) {
    if (scenario.intervalSeconds() <= 0 || values.count() == 0) {
      return null;
    }
    int intervals = values.intervals();
    List<Double> starts = new ArrayList<>(intervals);
    for (int i = 0; i < intervals; i++) {
      starts.add(i * scenario.intervalSeconds());
    }
    int channelCount = scenario.channels().size();
    Map<String, Map<String, List<Estimate>>> channels = new LinkedHashMap<>();
    for (int c = 0; c < channelCount; c++) {
      Map<String, List<Estimate>> kpis = new LinkedHashMap<>();
      for (int k = 0; k < CHANNEL_KEYS; k++) {
        List<Estimate> series = new ArrayList<>(intervals);
        for (int i = 0; i < intervals; i++) {
          series.add(Estimate.of(values.intervalColumn(channelAt(c, k, i, intervals))));
        }
        kpis.put(IntervalSummary.CHANNEL_KEYS.get(k), series);
      }
      channels.put(scenario.channels().get(c).name(), kpis);
    }
    Map<String, Map<String, List<Estimate>>> groups = new LinkedHashMap<>();
    for (int g = 0; g < scenario.groups().size(); g++) {
      Map<String, List<Estimate>> kpis = new LinkedHashMap<>();
      for (int k = 0; k < GROUP_KEYS; k++) {
        List<Estimate> series = new ArrayList<>(intervals);
        for (int i = 0; i < intervals; i++) {
          series.add(Estimate.of(values.intervalColumn(groupAt(channelCount, g, k, i, intervals))));
        }
        kpis.put(IntervalSummary.GROUP_KEYS.get(k), series);
      }
      groups.put(scenario.groups().get(g).name(), kpis);
    }
    return new IntervalSummary(scenario.intervalSeconds(), List.copyOf(starts), channels, groups);
  }

  /** Per-interval values per replication. */
  static int width(Scenario scenario, int intervals) {
    return (scenario.channels().size() * CHANNEL_KEYS + scenario.groups().size() * GROUP_KEYS) * intervals;
  }

  private static int channelAt(int channel, int key, int interval, int intervals) {
    return (channel * CHANNEL_KEYS + key) * intervals + interval;
  }

  private static int groupAt(int channels, int group, int key, int interval, int intervals) {
    return channels * CHANNEL_KEYS * intervals + (group * GROUP_KEYS + key) * intervals + interval;
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
}
