package io.ccsim.run;

import java.util.Map;

/**
 * The result of a run over all replications; its shape is {@code summary.json} (a documented contract).
 *
 * @param journeys journey KPIs, or null when the scenario has no journeys
 * @param intervals KPIs per reporting interval, or null when the scenario reports no intervals
 */
public record Summary(
    String scenario,
    long seed,
    int replications,
    double warmupSeconds,
    double horizonSeconds,
    Map<String, ChannelSummary> channels,
    Map<String, GroupSummary> groups,
    JourneySummary journeys,
    IntervalSummary intervals) {
  /** A summary without journeys or intervals. */
  public Summary(String scenario, long seed, int replications, double warmupSeconds, double horizonSeconds,
      Map<String, ChannelSummary> channels, Map<String, GroupSummary> groups) {
    this(scenario, seed, replications, warmupSeconds, horizonSeconds, channels, groups, null, null);
  }
}
