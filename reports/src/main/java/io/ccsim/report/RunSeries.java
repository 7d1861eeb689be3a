package io.ccsim.report;

import io.ccsim.kpi.Kpi;
import io.ccsim.report.chart.ConcurrencyDistribution;
import io.ccsim.report.chart.IntervalSeries;
import io.ccsim.run.ChannelSummary;
import io.ccsim.run.GroupSummary;
import io.ccsim.run.IntervalSummary;
import io.ccsim.run.Summary;
import io.ccsim.stats.Estimate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a run measured over time and in distributions beyond {@code summary.json}: service level per
 * interval per channel, occupancy per interval per group, queue length over time per channel, and how
 * many items agents held at once. {@link #of(Summary)} reads what the engine recorded; the report shows
 * a section only when its data is there.
 *
 * @param serviceLevelTargets per channel, the target drawn as a line on the service-level chart
 * @param offeredPerInterval per channel, contacts offered in each interval (mean per replication)
 * @param staffedPerInterval per channel, agents logged in who serve it, in each interval
 */
public record RunSeries(
    List<IntervalSeries> serviceLevelPerInterval,
    Map<String, Double> serviceLevelTargets,
    List<IntervalSeries> occupancyPerInterval,
    List<IntervalSeries> queueLength,
    List<ConcurrencyDistribution> concurrency,
    List<IntervalSeries> offeredPerInterval,
    List<IntervalSeries> staffedPerInterval) {
  /** No data over time. */
  public static final RunSeries NONE =
      new RunSeries(List.of(), Map.of(), List.of(), List.of(), List.of(), List.of(), List.of());

  /** Without demand and staffing per interval. */
  public RunSeries(List<IntervalSeries> serviceLevelPerInterval, Map<String, Double> serviceLevelTargets,
      List<IntervalSeries> occupancyPerInterval, List<IntervalSeries> queueLength,
      List<ConcurrencyDistribution> concurrency) {
    this(serviceLevelPerInterval, serviceLevelTargets, occupancyPerInterval, queueLength, concurrency, List.of(),
        List.of());
  }

  /**
   * What the engine recorded in {@code summary}: per-interval service level and queue length per channel
   * and occupancy per group (means over replications) when the scenario reports intervals, and the
   * concurrency distribution of groups whose agents held more than one item at once.
   */
  public static RunSeries of(Summary summary) {
    List<IntervalSeries> serviceLevel = new ArrayList<>();
    List<IntervalSeries> queueLength = new ArrayList<>();
    List<IntervalSeries> occupancy = new ArrayList<>();
    List<IntervalSeries> offered = new ArrayList<>();
    List<IntervalSeries> staffed = new ArrayList<>();
    Map<String, Double> targets = new LinkedHashMap<>();
    IntervalSummary intervals = summary.intervals();
    if (intervals != null && !intervals.startSeconds().isEmpty()) {
      double[] starts = intervals.startSeconds().stream().mapToDouble(Double::doubleValue).toArray();
      for (Map.Entry<String, Map<String, List<Estimate>>> c : intervals.channels().entrySet()) {
        add(serviceLevel, c.getKey(), starts, c.getValue().get("serviceLevel"));
        add(queueLength, c.getKey(), starts, c.getValue().get("queueLength"));
        add(offered, c.getKey(), starts, c.getValue().get("offered"));
        add(staffed, c.getKey(), starts, c.getValue().get("staffedAgents"));
        ChannelSummary channel = summary.channels().get(c.getKey());
        if (channel != null) {
          targets.put(c.getKey(), channel.serviceLevelTarget());
        }
      }
      for (Map.Entry<String, Map<String, List<Estimate>>> g : intervals.groups().entrySet()) {
        add(occupancy, g.getKey(), starts, g.getValue().get("occupancy"));
      }
    }
    List<ConcurrencyDistribution> concurrency = new ArrayList<>();
    for (Map.Entry<String, GroupSummary> g : summary.groups().entrySet()) {
      concurrency(g.getKey(), g.getValue()).ifPresent(concurrency::add);
    }
    return new RunSeries(serviceLevel, targets, occupancy, queueLength, concurrency, offered, staffed);
  }

  private static void add(List<IntervalSeries> to, String name, double[] starts, List<Estimate> values) {
    if (values == null || values.size() != starts.length) {
      return;
    }
    to.add(new IntervalSeries(name, starts, values.stream().mapToDouble(Estimate::mean).toArray()));
  }

  /**
   * Shares of logged-in time at 0, 1, 2, ... items, from the busy share and the distribution over busy
   * time; only for groups that held two or more items at some point.
   */
  private static java.util.Optional<ConcurrencyDistribution> concurrency(String name, GroupSummary group) {
    Map<String, Estimate> byLevel = group.concurrencyDistribution();
    double busy = group.get(Kpi.BUSY_SHARE).mean();
    if (byLevel.size() < 2 || Double.isNaN(busy)) {
      return java.util.Optional.empty();
    }
    double[] shares = new double[byLevel.size() + 1];
    double sum = 0;
    for (int level = 1; level < shares.length; level++) {
      Estimate e = byLevel.get(Integer.toString(level));
      shares[level] = e == null || Double.isNaN(e.mean()) ? 0 : busy * e.mean();
      sum += shares[level];
    }
    shares[0] = Math.max(0, 1 - sum);
    double total = shares[0] + sum;
    boolean multi = false;
    for (int level = 0; level < shares.length; level++) {
      shares[level] = Math.min(1, shares[level] / total);
      multi |= level >= 2 && shares[level] > 0;
    }
    return multi ? java.util.Optional.of(new ConcurrencyDistribution(name, shares)) : java.util.Optional.empty();
  }

  public RunSeries {
    serviceLevelPerInterval = List.copyOf(serviceLevelPerInterval);
    serviceLevelTargets = Map.copyOf(serviceLevelTargets);
    occupancyPerInterval = List.copyOf(occupancyPerInterval);
    queueLength = List.copyOf(queueLength);
    concurrency = List.copyOf(concurrency);
  }
}
