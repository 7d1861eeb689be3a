package io.ccsim.run;

import io.ccsim.kpi.Kpi;
import io.ccsim.kpi.KpiEstimates;
import io.ccsim.stats.Estimate;
import java.util.Map;
import java.util.Optional;

/**
 * The result of a run over all replications; its shape is {@code summary.json} (a documented contract).
 *
 * @param journeys journey KPIs, or null when the scenario has no journeys
 * @param intervals KPIs per reporting interval, or null when the scenario reports no intervals
 * @param vru per channel with a VRU stage, its figures; null when no channel has one
 */
public record Summary(
    String scenario,
    long seed,
    int replications,
    double warmupSeconds,
    double horizonSeconds,
    Map<String, ChannelSummary> channels,
    Map<String, GroupSummary> groups,
    KpiEstimates journeys,
    IntervalSummary intervals,
    Map<String, VruSummary> vru) {
  /** A summary without VRU stages. */
  public Summary(String scenario, long seed, int replications, double warmupSeconds, double horizonSeconds,
      Map<String, ChannelSummary> channels, Map<String, GroupSummary> groups, KpiEstimates journeys,
      IntervalSummary intervals) {
    this(scenario, seed, replications, warmupSeconds, horizonSeconds, channels, groups, journeys, intervals, null);
  }

  /** A summary without journeys or intervals. */
  public Summary(String scenario, long seed, int replications, double warmupSeconds, double horizonSeconds,
      Map<String, ChannelSummary> channels, Map<String, GroupSummary> groups) {
    this(scenario, seed, replications, warmupSeconds, horizonSeconds, channels, groups, null, null, null);
  }

  /**
   * The estimate of {@code kpi} for the channel or group named {@code subject} (ignored for journey
   * KPIs), or empty when the run has no such channel or group, or no journeys.
   */
  public Optional<Estimate> estimate(Kpi kpi, String subject) {
    return switch (kpi.scope()) {
      case CHANNEL -> Optional.ofNullable(channels.get(subject)).map(c -> c.get(kpi));
      case GROUP -> Optional.ofNullable(groups.get(subject)).map(g -> g.get(kpi));
      case JOURNEY -> Optional.ofNullable(journeys).map(j -> j.get(kpi));
    };
  }
}
