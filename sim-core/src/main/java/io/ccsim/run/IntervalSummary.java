package io.ccsim.run;

import io.ccsim.stats.Estimate;
import java.util.List;
import java.util.Map;

/**
 * KPIs per reporting interval, over replications: per channel (attributed to the interval in which the
 * contact arrived) and per group; {@code summary.json}'s {@code intervals} key and {@code intervals.csv}.
 *
 * @param startSeconds each interval's start, from time 0
 * @param channels channel name to KPI key to one estimate per interval
 * @param groups group name to KPI key ({@code staffedAgents}, {@code occupancy}) to one estimate per interval
 */
public record IntervalSummary(
    double intervalSeconds,
    List<Double> startSeconds,
    Map<String, Map<String, List<Estimate>>> channels,
    Map<String, Map<String, List<Estimate>>> groups) {
  /** The per-interval channel KPI keys, in order. */
  public static final List<String> CHANNEL_KEYS = List.of("offered", "answered", "abandoned", "serviceLevel",
      "asaSeconds", "abandonRate", "queueLength", "staffedAgents");

  /** The per-interval group KPI keys, in order. */
  public static final List<String> GROUP_KEYS = List.of("staffedAgents", "occupancy");
}
