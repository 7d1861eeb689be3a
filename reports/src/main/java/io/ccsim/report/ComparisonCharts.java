package io.ccsim.report;

import io.ccsim.kpi.Format;
import io.ccsim.kpi.Kpi;
import io.ccsim.model.Channel;
import io.ccsim.model.ChannelKind;
import io.ccsim.report.chart.Bar;
import io.ccsim.report.chart.ChartImage;
import io.ccsim.report.chart.EstimateBarChart;
import io.ccsim.report.chart.PercentileCurve;
import io.ccsim.report.chart.WaitPercentileChart;
import io.ccsim.report.compare.ComparedRun;
import io.ccsim.report.compare.Comparison;
import io.ccsim.report.compare.ComparisonRow;
import io.ccsim.run.ChannelSummary;
import io.ccsim.run.ReplicationKpis;
import io.ccsim.stats.Estimate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The charts of a comparison: bars with 95% error bars per KPI grouped by channel (A beside B, the
 * service-level targets marked), the handle time a change costs, occupancy of all agents and of shared
 * groups, every scenario's wait percentiles on one chart with one scale, then each scenario's own charts.
 * Durations of live and deferred channels get separate charts, so that seconds and hours do not share
 * an axis.
 */
public final class ComparisonCharts {
  private static final List<Kpi> BAR_KPIS =
      List.of(Kpi.SERVICE_LEVEL, Kpi.ASA_SECONDS, Kpi.ABANDON_RATE, Kpi.WAIT_P90_SECONDS, Kpi.AHT_SECONDS);

  private ComparisonCharts() {}

  public static List<ChartImage> of(Comparison comparison) {
    List<ChartImage> charts = new ArrayList<>();
    List<ComparedRun> runs = comparison.runs();
    List<String> channels = comparison.subjects().stream()
        .filter(s -> !s.startsWith("groups.") && !s.equals(Comparison.ALL_AGENTS) && !s.equals(Comparison.JOURNEYS))
        .toList();
    for (Kpi kpi : BAR_KPIS) {
      if (kpi.format() == Format.SECONDS && Units.inHours(kpi, true)) {
        List<String> live = channels.stream().filter(c -> !deferred(runs, c)).toList();
        List<String> deferred = channels.stream().filter(c -> deferred(runs, c)).toList();
        addBars(charts, comparison, kpi, live, "");
        addBars(charts, comparison, kpi, deferred, live.isEmpty() ? "" : "-deferred");
      } else {
        addBars(charts, comparison, kpi, kpi == Kpi.ABANDON_RATE
            ? channels.stream().filter(c -> !deferred(runs, c)).toList() : channels, "");
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
        String group = subject.startsWith("groups.") ? subject.substring(7) : subject;
        for (int i = 0; i < runs.size(); i++) {
          Estimate e = row.estimates().get(i);
          occupancy.add(new Bar(category(runs.get(i)), group, e.mean(), e.ci95()));
        }
      }
    }
    charts.add(EstimateBarChart.render("compare-occupancy", "Occupancy with 95% CI", "occupancy", true,
        EstimateBarChart.ColorBy.SCENARIO_SERIES, occupancy));
    List<List<PercentileCurve>> curves = new ArrayList<>();
    for (ComparedRun r : runs) {
      List<PercentileCurve> own = new ArrayList<>();
      for (Channel channel : r.run().scenario().channels()) {
        PercentileCurve curve = PercentileCurve.of(channel.name(), ReplicationKpis.waitHistogram(r.run(), channel.name()));
        if (!curve.isEmpty()) {
          own.add(curve);
        }
      }
      curves.add(own);
    }
    if (curves.stream().anyMatch(c -> !c.isEmpty())) {
      charts.add(WaitPercentileChart.renderCompared("compare-wait-percentiles",
          "Queue wait by percentile, " + String.join(" (solid) vs ", runs.stream().map(ComparedRun::letter).toList())
              + " (dashed)", curves, runs.stream().map(ComparedRun::letter).toList()));
    }
    for (ComparedRun r : runs) {
      String prefix = r.letter().toLowerCase(Locale.ROOT) + "-";
      charts.addAll(RunCharts.of(r.run(), RunSeries.of(r.run().summary()), prefix, " (" + r.letter() + ": " + r.label() + ")"));
    }
    return charts;
  }

  /** Bars of one KPI for {@code channels}, A beside B in each channel's group. */
  private static void addBars(List<ChartImage> charts, Comparison comparison, Kpi kpi, List<String> channels,
      String suffix) {
    List<ComparedRun> runs = comparison.runs();
    double largest = 0;
    boolean deferred = false;
    for (String channel : channels) {
      deferred |= deferred(runs, channel);
      for (Estimate e : comparison.row(channel, kpi.key()).estimates()) {
        if (e != null && !Double.isNaN(e.mean())) {
          largest = Math.max(largest, e.mean());
        }
      }
    }
    Units.TimeUnit unit = kpi.format() == Format.SECONDS ? Units.unitFor(largest, Units.inHours(kpi, deferred)) : null;
    List<Bar> bars = new ArrayList<>();
    Map<String, Double> targets = new LinkedHashMap<>();
    for (String channel : channels) {
      ComparisonRow row = comparison.row(channel, kpi.key());
      for (int i = 0; i < runs.size(); i++) {
        Estimate e = row.estimates().get(i);
        if (e != null && !Double.isNaN(e.mean())) {
          bars.add(unit == null ? new Bar(category(runs.get(i)), channel, e.mean(), e.ci95())
              : new Bar(category(runs.get(i)), channel, unit.of(e.mean()), unit.of(e.ci95())));
        }
      }
      ChannelSummary first = runs.get(0).run().summary().channels().get(channel);
      if (kpi == Kpi.SERVICE_LEVEL && first != null) {
        targets.put(channel, first.serviceLevelTarget());
      }
    }
    if (bars.isEmpty()) {
      return;
    }
    String label = unit == null ? kpi.label() : Units.labelWithoutSeconds(kpi) + " (" + unit.symbol() + ")";
    String title = capitalized(Units.labelWithoutSeconds(kpi)) + (suffix.isEmpty() ? "" : ", deferred channels")
        + " with 95% CI" + (targets.isEmpty() ? "" : "; red marks: targets");
    charts.add(EstimateBarChart.render("compare-" + kpi.key() + suffix, title, label,
        kpi.format() == Format.PERCENT, EstimateBarChart.ColorBy.SCENARIO_SERIES, bars, targets));
  }

  private static boolean deferred(List<ComparedRun> runs, String channel) {
    return runs.stream().map(r -> r.run().summary().channels().get(channel))
        .anyMatch(c -> c != null && ChannelKind.DEFERRED.name().equalsIgnoreCase(c.kind()));
  }

  private static String category(ComparedRun run) {
    return run.letter() + ": " + run.label();
  }

  private static String capitalized(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
