package io.ccsim.run;

import io.ccsim.center.ReplicationResult;
import io.ccsim.model.AgentGroup;
import io.ccsim.model.Channel;
import io.ccsim.stats.ChannelTally;
import io.ccsim.stats.GroupTally;
import io.ccsim.stats.JourneyTally;
import java.util.List;
import org.HdrHistogram.Histogram;

/**
 * Each KPI of one replication, the single definition that {@code summary.json} (through SummaryBuilder),
 * paired comparisons and sweeps all use. Keys are the {@code summary.json} keys; a KPI that is not
 * defined in a replication (nothing answered, say) is NaN.
 *
 * <p>Wait percentiles of one replication come from that replication's own histogram; the summary's
 * point estimate instead reads the histogram merged over replications ({@link #mergedWaitMillis}).
 */
public final class ReplicationKpis {
  /** The per-channel KPI keys, in {@code summary.json} order. */
  public static final List<String> CHANNEL_KEYS = List.of(
      "offered", "answered", "abandoned", "blocked", "serviceLevel", "asaSeconds", "meanWaitSeconds",
      "probWait", "abandonRate", "blockRate", "waitP50Seconds", "waitP90Seconds", "waitP99Seconds",
      "unfinished", "ahtSeconds", "holdSeconds", "backlogAtEnd");

  /** The per-group KPI keys. */
  public static final List<String> GROUP_KEYS =
      List.of("occupancy", "slotOccupancy", "busyShare", "concurrency", "interruptions", "overtimeSeconds");

  /** The journey KPI keys (under {@code journeys} in {@code summary.json}). */
  public static final List<String> JOURNEY_KEYS = List.of("issues", "contactsPerIssue", "repeatContactRate",
      "channelSwitchesPerIssue", "resolvedRate", "timeToResolutionSeconds", "workloadSecondsPerIssue", "openAtEnd");

  private ReplicationKpis() {}

  /** One channel KPI of one replication; {@code key} is one of {@link #CHANNEL_KEYS}. */
  public static double channel(String key, Channel channel, ChannelTally t) {
    return switch (key) {
      case "offered" -> t.offered();
      case "answered" -> t.answered();
      case "abandoned" -> t.abandoned();
      case "blocked" -> t.blocked();
      case "serviceLevel" -> serviceLevel(channel, t);
      case "asaSeconds" -> ratio(t.answeredWaitSumSeconds(), t.answered());
      case "meanWaitSeconds" -> ratio(t.allWaitSumSeconds(), t.offered());
      case "probWait" -> ratio(t.delayedCount(), t.offered());
      case "abandonRate" -> ratio(t.abandoned(), t.offered());
      case "blockRate" -> ratio(t.blocked(), t.offered());
      case "waitP50Seconds" -> waitPercentileSeconds(t, 50);
      case "waitP90Seconds" -> waitPercentileSeconds(t, 90);
      case "waitP99Seconds" -> waitPercentileSeconds(t, 99);
      case "unfinished" -> t.unfinishedCount();
      case "ahtSeconds" -> ratio(t.handleSumSeconds(), t.handled());
      case "holdSeconds" -> ratio(t.holdSumSeconds(), t.handled());
      case "backlogAtEnd" -> t.backlogAtHorizon();
      default -> throw new IllegalArgumentException(
          "unknown channel KPI '" + key + "'; allowed: " + String.join(", ", CHANNEL_KEYS));
    };
  }

  /** The service level by the channel's definition. */
  public static double serviceLevel(Channel channel, ChannelTally t) {
    return channel.serviceLevel().definition()
        .apply(t.offered(), t.answered(), t.answeredWithinThreshold(), t.abandonedWithinThreshold());
  }

  /** A wait percentile of one replication in seconds; NaN when nobody waited or was answered. */
  public static double waitPercentileSeconds(ChannelTally t, double percent) {
    Histogram h = t.waitMillis();
    return h.getTotalCount() == 0 ? Double.NaN : h.getValueAtPercentile(percent) / 1000.0;
  }

  /** One group KPI of one replication; {@code key} is one of {@link #GROUP_KEYS}. */
  public static double group(String key, ReplicationResult replication, int groupIndex, int agents) {
    GroupTally t = replication.groups().get(groupIndex);
    double end = replication.endSeconds();
    return switch (key) {
      case "occupancy", "slotOccupancy" -> occupancy(replication, groupIndex, agents);
      case "busyShare" -> t.busyShare(end);
      case "concurrency" -> t.meanConcurrency(end);
      case "interruptions" -> t.interruptions();
      case "overtimeSeconds" -> t.overtimeSeconds();
      default -> throw new IllegalArgumentException(
          "unknown group KPI '" + key + "'; allowed: " + String.join(", ", GROUP_KEYS));
    };
  }

  /** One journey KPI of one replication; {@code key} is one of {@link #JOURNEY_KEYS}. */
  public static double journey(String key, JourneyTally t) {
    return switch (key) {
      case "issues" -> t.issuesClosed();
      case "contactsPerIssue" -> ratio(t.contacts(), t.issuesClosed());
      case "repeatContactRate" -> ratio(t.contacts() - t.issuesClosed(), t.contacts());
      case "channelSwitchesPerIssue" -> ratio(t.channelSwitches(), t.issuesClosed());
      case "resolvedRate" -> ratio(t.resolved(), t.issuesClosed());
      case "timeToResolutionSeconds" -> ratio(t.resolutionSecondsSum(), t.resolved());
      case "workloadSecondsPerIssue" -> ratio(t.workloadSecondsSum(), t.issuesClosed());
      case "openAtEnd" -> t.openAtEnd();
      default -> throw new IllegalArgumentException(
          "unknown journey KPI '" + key + "'; allowed: " + String.join(", ", JOURNEY_KEYS));
    };
  }

  /** Occupancy of one group in one replication: time-average capacity in use / agents. */
  public static double occupancy(ReplicationResult replication, int groupIndex, int agents) {
    // Capacity in use over the capacity of the agents available (logged in, not on a break); for
    // agents on duty all the time that is busy agents / agents.
    return replication.groups().get(groupIndex).slotOccupancy(replication.endSeconds());
  }

  /** Per replication, in order, the channel KPI {@code key} of {@code channelName}. */
  public static double[] channel(RunResult run, String channelName, String key) {
    int index = run.scenario().channelIndex(channelName);
    if (index < 0) {
      throw new IllegalArgumentException("no channel '" + channelName + "' in scenario " + run.scenario().name());
    }
    Channel channel = run.scenario().channels().get(index);
    double[] values = new double[run.replications().size()];
    for (int r = 0; r < values.length; r++) {
      values[r] = channel(key, channel, run.replications().get(r).channels().get(index));
    }
    return values;
  }

  /** Per replication, in order, the occupancy of group {@code groupName}. */
  public static double[] occupancy(RunResult run, String groupName) {
    List<AgentGroup> groups = run.scenario().groups();
    for (int g = 0; g < groups.size(); g++) {
      if (groups.get(g).name().equals(groupName)) {
        double[] values = new double[run.replications().size()];
        for (int r = 0; r < values.length; r++) {
          values[r] = occupancy(run.replications().get(r), g, groups.get(g).count());
        }
        return values;
      }
    }
    throw new IllegalArgumentException("no group '" + groupName + "' in scenario " + run.scenario().name());
  }

  /** Per replication, the occupancy of all agents together: busy agents of every group / all agents. */
  public static double[] allAgentsOccupancy(RunResult run) {
    int agents = run.scenario().groups().stream().mapToInt(AgentGroup::count).sum();
    double[] values = new double[run.replications().size()];
    for (int r = 0; r < values.length; r++) {
      double busy = 0;
      for (double b : run.replications().get(r).groupBusyAgents()) {
        busy += b;
      }
      values[r] = busy / agents;
    }
    return values;
  }

  /** The waits of one channel (milliseconds) merged over every replication, in replication order. */
  public static Histogram mergedWaitMillis(List<ChannelTally> perReplication) {
    Histogram merged = new Histogram(ChannelTally.SIGNIFICANT_DIGITS);
    for (ChannelTally tally : perReplication) {
      merged.add(tally.waitMillis());
    }
    return merged;
  }

  /** The waits of {@code channelName} merged over the run's replications (the wait-time distribution). */
  public static Histogram waitHistogram(RunResult run, String channelName) {
    int index = run.scenario().channelIndex(channelName);
    if (index < 0) {
      throw new IllegalArgumentException("no channel '" + channelName + "' in scenario " + run.scenario().name());
    }
    return mergedWaitMillis(run.replications().stream().map(r -> r.channels().get(index)).toList());
  }

  private static double ratio(double numerator, double denominator) {
    return denominator == 0 ? Double.NaN : numerator / denominator;
  }
}
