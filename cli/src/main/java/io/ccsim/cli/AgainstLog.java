package io.ccsim.cli;

import io.ccsim.fit.CallLog;
import io.ccsim.fit.LogFormat;
import io.ccsim.fit.RecordedKpis;
import io.ccsim.fit.Selection;
import io.ccsim.fit.Validation;
import io.ccsim.model.Scenario;
import io.ccsim.model.TimeOfDay;
import io.ccsim.run.RunResult;
import java.nio.file.Path;
import java.util.Set;

/** {@code ccsim run --against LOG}: the recorded KPIs of a log, read before the run, and the comparison. */
final class AgainstLog {
  private final RecordedKpis recorded;
  private final Selection selection;

  private AgainstLog(RecordedKpis recorded, Selection selection) {
    this.recorded = recorded;
    this.selection = selection;
  }

  /** Reads the log with ccsim fit's defaults for its format; the interval and threshold are the scenario's. */
  static AgainstLog read(Path log, String format, String days, String hours, Scenario scenario) {
    LogFormat f = FitCommand.format(format);
    boolean bank = f == LogFormat.ANONYMOUS_BANK;
    if (scenario.intervalSeconds() <= 0) {
      throw new BadInputException("--against: the scenario reports no intervals; allowed: a scenario with "
          + "interval: 30m, as ccsim fit writes");
    }
    Set<Integer> weekdays;
    try {
      weekdays = Selection.weekdaysNamed(days != null ? days : bank ? "sun-thu" : "all");
    } catch (IllegalArgumentException e) {
      throw OptionValues.bad("--log-days", e.getMessage());
    }
    String window = hours != null ? hours : bank ? "07:00-24:00" : null;
    Double from = null;
    Double to = null;
    if (window != null) {
      String[] parts = window.split("-");
      try {
        from = TimeOfDay.parseSeconds(parts[0]);
        to = TimeOfDay.parseSeconds(parts[1]);
      } catch (RuntimeException e) {
        throw OptionValues.bad("--log-hours", "'" + window + "' is not a window; allowed: HH:MM-HH:MM such as 07:00-24:00");
      }
    }
    CallLog calls = FitCommand.read(f, log);
    try {
      Selection selection = Selection.of(calls, weekdays, scenario.intervalSeconds(), from, to);
      double threshold = scenario.channels().get(0).serviceLevel().thresholdSeconds();
      return new AgainstLog(RecordedKpis.of(calls, selection, threshold), selection);
    } catch (IllegalArgumentException e) {
      throw new BadInputException("--against: " + e.getMessage(), e);
    }
  }

  /**
   * The comparison's charts: abandonment and service level per interval, recorded and simulated; for a replay
   * of the log's dates, also per date.
   */
  java.util.List<io.ccsim.report.chart.ChartImage> charts(RunResult run) {
    java.util.List<io.ccsim.report.chart.ChartImage> charts = new java.util.ArrayList<>(intervalCharts(run));
    if (Validation.byDate(run, selection)) {
      java.util.List<double[]> days = Validation.perDay(run, recorded, selection);
      double[] day = java.util.stream.IntStream.rangeClosed(1, days.size()).asDoubleStream().toArray();
      double[] none = new double[days.size()];
      java.util.function.IntFunction<double[]> column = k -> days.stream().mapToDouble(r -> r[k]).toArray();
      String x = "day of the run (the d-th date of the log)";
      charts.add(io.ccsim.report.chart.SweepChart.render("against-days-abandonment", "Abandonment per date: "
          + "recorded and simulated", x, "abandoned / offered", true, java.util.List.of(
              new io.ccsim.report.chart.SweepLine("recorded", day, column.apply(3), none),
              new io.ccsim.report.chart.SweepLine("simulated", day, column.apply(4), none))));
      charts.add(io.ccsim.report.chart.SweepChart.render("against-days-service-level", "Service level per date: "
          + "recorded and simulated", x, "answered within T / offered", true, java.util.List.of(
              new io.ccsim.report.chart.SweepLine("recorded", day, column.apply(5), none),
              new io.ccsim.report.chart.SweepLine("simulated", day, column.apply(6), none))));
    }
    return charts;
  }

  private java.util.List<io.ccsim.report.chart.ChartImage> intervalCharts(RunResult run) {
    java.util.List<double[]> rows = Validation.perInterval(run, recorded, selection);
    double[] starts = rows.stream().mapToDouble(r -> r[0]).toArray();
    java.util.function.IntFunction<double[]> column = k -> rows.stream().mapToDouble(r -> r[k]).toArray();
    return java.util.List.of(
        io.ccsim.report.chart.IntervalCharts.share("against-abandonment", "Abandonment per interval: recorded "
            + "and simulated", "abandoned / offered", java.util.List.of(
                new io.ccsim.report.chart.IntervalSeries("recorded", starts, column.apply(3)),
                new io.ccsim.report.chart.IntervalSeries("simulated", starts, column.apply(4)))),
        io.ccsim.report.chart.IntervalCharts.share("against-service-level", "Service level per interval: recorded "
            + "and simulated", "answered within T / offered", java.util.List.of(
                new io.ccsim.report.chart.IntervalSeries("recorded", starts, column.apply(5)),
                new io.ccsim.report.chart.IntervalSeries("simulated", starts, column.apply(6)))));
  }

  String compare(RunResult run) {
    try {
      return Validation.text(run, recorded, selection);
    } catch (IllegalArgumentException e) {
      throw new BadInputException(e.getMessage(), e);
    }
  }
}
