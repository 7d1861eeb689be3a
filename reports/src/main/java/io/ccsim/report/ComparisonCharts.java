package io.ccsim.report;

import io.ccsim.kpi.Format;
import io.ccsim.kpi.Kpi;
import io.ccsim.report.chart.Bar;
import io.ccsim.report.chart.ChartImage;
import io.ccsim.report.chart.EstimateBarChart;
import io.ccsim.report.compare.ComparedRun;
import io.ccsim.report.compare.Comparison;
import io.ccsim.report.compare.ComparisonRow;
import io.ccsim.stats.Estimate;
import java.util.ArrayList;
import java.util.List;

/**
 * The charts of a comparison: bars with 95% error bars per KPI (scenarios side by side, channels in
 * their colors), occupancy of all agents and of shared groups, then each scenario's own charts.
 */
public final class ComparisonCharts {
  private static final List<Kpi> BAR_KPIS =
      List.of(Kpi.SERVICE_LEVEL, Kpi.ASA_SECONDS, Kpi.ABANDON_RATE, Kpi.WAIT_P90_SECONDS);

  private ComparisonCharts() {}

  public static List<ChartImage> of(Comparison comparison) {
    List<ChartImage> charts = new ArrayList<>();
    List<ComparedRun> runs = comparison.runs();
    List<String> channels = comparison.subjects().stream()
        .filter(s -> !s.startsWith("groups.") && !s.equals(Comparison.ALL_AGENTS) && !s.equals(Comparison.JOURNEYS))
        .toList();
    for (Kpi kpi : BAR_KPIS) {
      List<Bar> bars = new ArrayList<>();
      for (String channel : channels) {
        ComparisonRow row = comparison.row(channel, kpi.key());
        for (int i = 0; i < runs.size(); i++) {
          Estimate e = row.estimates().get(i);
          if (e != null && !Double.isNaN(e.mean())) {
            bars.add(new Bar(channel, category(runs.get(i)), e.mean(), e.ci95()));
          }
        }
      }
      if (!bars.isEmpty()) {
        charts.add(EstimateBarChart.render("compare-" + kpi.key(), capitalized(kpi.label()) + " with 95% CI",
            kpi.label(), kpi.format() == Format.PERCENT, EstimateBarChart.ColorBy.SERIES, bars));
      }
    }
    List<Bar> occupancy = new ArrayList<>();
    for (String subject : comparison.subjects()) {
      if (subject.startsWith("groups.") || subject.equals(Comparison.ALL_AGENTS)) {
        ComparisonRow row = comparison.row(subject, "occupancy");
        boolean everywhere = row.estimates().stream().allMatch(e -> e != null);
        if (!everywhere) {
          continue;
        }
        String series = subject.startsWith("groups.") ? subject.substring(7) : subject;
        for (int i = 0; i < runs.size(); i++) {
          Estimate e = row.estimates().get(i);
          occupancy.add(new Bar(series, category(runs.get(i)), e.mean(), e.ci95()));
        }
      }
    }
    charts.add(EstimateBarChart.render("compare-occupancy", "Occupancy with 95% CI", "occupancy", true,
        EstimateBarChart.ColorBy.SERIES, occupancy));
    for (ComparedRun r : runs) {
      String prefix = r.letter().toLowerCase(java.util.Locale.ROOT) + "-";
      charts.addAll(RunCharts.of(r.run(), RunSeries.of(r.run().summary()), prefix, " (" + r.letter() + ": " + r.label() + ")"));
    }
    return charts;
  }

  private static String category(ComparedRun run) {
    return run.letter() + ": " + run.label();
  }

  private static String capitalized(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
