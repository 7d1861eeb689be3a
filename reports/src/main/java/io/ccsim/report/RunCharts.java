package io.ccsim.report;

import io.ccsim.kpi.Kpi;
import io.ccsim.model.Channel;
import io.ccsim.report.chart.Bar;
import io.ccsim.report.chart.ChartImage;
import io.ccsim.report.chart.ConcurrencyChart;
import io.ccsim.report.chart.EstimateBarChart;
import io.ccsim.report.chart.IntervalCharts;
import io.ccsim.report.chart.PercentileCurve;
import io.ccsim.report.chart.WaitPercentileChart;
import io.ccsim.run.GroupSummary;
import io.ccsim.run.ReplicationKpis;
import io.ccsim.run.RunResult;
import io.ccsim.stats.Estimate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The charts of one run: those its data supports, in a fixed order with fixed file names. */
public final class RunCharts {
  private RunCharts() {}

  /**
   * The charts of {@code run}; {@code prefix} is put before every file name (empty for a single run,
   * {@code a-} for scenario A of a comparison).
   */
  public static List<ChartImage> of(RunResult run, RunSeries series, String prefix, String titleSuffix) {
    List<ChartImage> charts = new ArrayList<>();
    if (!series.serviceLevelPerInterval().isEmpty()) {
      charts.add(IntervalCharts.serviceLevel(prefix + "service-level-intervals",
          "Service level per interval" + titleSuffix, series.serviceLevelPerInterval(), series.serviceLevelTargets()));
    }
    if (!series.offeredPerInterval().isEmpty() && !series.staffedPerInterval().isEmpty()) {
      charts.add(IntervalCharts.demandAndStaffing(prefix + "demand-staffing-intervals",
          "Offered contacts and staffed agents per interval" + titleSuffix, series.offeredPerInterval(),
          series.staffedPerInterval()));
    }
    if (!series.queueLength().isEmpty()) {
      charts.add(IntervalCharts.queueLength(prefix + "queue-length", "Contacts waiting over time" + titleSuffix,
          series.queueLength()));
    }
    List<PercentileCurve> curves = new ArrayList<>();
    for (Channel channel : run.scenario().channels()) {
      PercentileCurve curve = PercentileCurve.of(channel.name(), ReplicationKpis.waitHistogram(run, channel.name()));
      if (!curve.isEmpty()) {
        curves.add(curve);
      }
    }
    if (!curves.isEmpty()) {
      charts.add(WaitPercentileChart.render(prefix + "wait-percentiles",
          "Queue wait by percentile, all replications" + titleSuffix, curves));
    }
    if (!series.occupancyPerInterval().isEmpty()) {
      charts.add(IntervalCharts.occupancy(prefix + "occupancy-intervals", "Occupancy per interval" + titleSuffix,
          series.occupancyPerInterval()));
    }
    List<Bar> occupancy = new ArrayList<>();
    for (Map.Entry<String, GroupSummary> g : run.summary().groups().entrySet()) {
      Estimate e = g.getValue().get(Kpi.OCCUPANCY);
      occupancy.add(new Bar("occupancy", g.getKey(), e.mean(), e.ci95()));
    }
    if (!occupancy.isEmpty()) {
      charts.add(EstimateBarChart.render(prefix + "occupancy", "Occupancy per group with 95% CI" + titleSuffix,
          "occupancy", true, EstimateBarChart.ColorBy.CATEGORY, occupancy));
    }
    if (!series.concurrency().isEmpty()) {
      charts.add(ConcurrencyChart.render(prefix + "concurrency", "Items held at once" + titleSuffix,
          series.concurrency()));
    }
    return charts;
  }
}
