package io.ccsim.loadgen.report;

import io.ccsim.loadgen.IntervalRow;
import io.ccsim.report.chart.ChartImage;
import io.ccsim.report.chart.ChartRenderer;
import io.ccsim.report.chart.ClockFormat;
import io.ccsim.report.chart.SeriesColors;
import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The charts of a load run, in the simulator's house style ({@link ChartRenderer}, one color per
 * channel from {@link SeriesColors}): latency percentiles, sending rate and errors, and schedule lag,
 * per reporting interval. The time axis is the run's wall time, or, when the schedule was accelerated
 * ({@code --speed} other than 1), the simulated day's time of day, so a peak lines up with the scenario's
 * own clock. p50 lines are dashed and p99 lines solid, in each channel's color.
 */
public final class LoadCharts {
  private static final BasicStroke THICK = new BasicStroke(2.2f);
  private static final BasicStroke DASHED =
      new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f);

  private LoadCharts() {}

  /** Every chart of a run in real time; none when there is no interval. */
  public static List<ChartImage> of(List<IntervalRow> rows) {
    return of(rows, 1);
  }

  /** Every chart of a run played at {@code speed} times real time; none when there is no interval. */
  public static List<ChartImage> of(List<IntervalRow> rows, double speed) {
    if (rows.isEmpty()) {
      return List.of();
    }
    Map<String, List<IntervalRow>> byChannel = new LinkedHashMap<>();
    for (IntervalRow r : rows) {
      byChannel.computeIfAbsent(r.channel(), k -> new ArrayList<>()).add(r);
    }
    List<ChartImage> charts = new ArrayList<>();
    charts.add(chart("latency", "Latency from the intended send time, per interval", "latency (ms)", byChannel,
        List.of(new Line("p50", IntervalRow::p50Millis, DASHED), new Line("p99", IntervalRow::p99Millis, THICK)), speed));
    charts.add(chart("throughput", "Contacts sent and failed per second, per interval", "contacts per second",
        byChannel, List.of(
            new Line("sent/s", r -> r.sent() / width(r), THICK),
            new Line("errors+dropped/s", r -> (r.errors() + r.dropped()) / width(r), DASHED)), speed));
    charts.add(chart("schedule-lag", "Schedule lag (sender behind its schedule), per interval", "lag (ms)",
        byChannel, List.of(new Line("p99", IntervalRow::lagP99Millis, THICK),
            new Line("max", IntervalRow::lagMaxMillis, DASHED)), speed));
    Map<String, List<IntervalRow>> calls = new LinkedHashMap<>();
    byChannel.forEach((channel, list) -> {
      if (list.stream().anyMatch(r -> r.calls() != null)) {
        calls.put(channel, list);
      }
    });
    if (!calls.isEmpty()) {
      charts.add(chart("calls", "Phone calls in progress (SIP), per interval", "calls", calls, List.of(
          new Line("most at once", r -> r.calls() == null ? Double.NaN : r.calls().concurrentMax(), THICK),
          new Line("at interval end", r -> r.calls() == null ? Double.NaN : r.calls().concurrentAtEnd(), DASHED)),
          speed));
    }
    return charts;
  }

  /** A tick every 1, 5, 15 or 30 minutes, or 1, 2, 4, 6, 12 or 24 hours: at most about 12 ticks. */
  static double clockTick(double spanSeconds) {
    double[] steps = {60, 300, 900, 1800, 3600, 7200, 4 * 3600, 6 * 3600, 12 * 3600, 24 * 3600};
    for (double step : steps) {
      if (spanSeconds / step <= 12) {
        return step;
      }
    }
    return Math.ceil(spanSeconds / 12 / 86400) * 86400;
  }

  private record Line(String label, ToDoubleFunction<IntervalRow> value, BasicStroke stroke) {}

  private static double width(IntervalRow r) {
    double w = r.endSeconds() - r.startSeconds();
    return w > 0 ? w : Double.NaN;
  }

  private static ChartImage chart(String name, String title, String valueLabel,
      Map<String, List<IntervalRow>> byChannel, List<Line> lines, double speed) {
    boolean simulated = speed != 1;
    XYSeriesCollection data = new XYSeriesCollection();
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
    int i = 0;
    for (Map.Entry<String, List<IntervalRow>> e : byChannel.entrySet()) {
      Color color = SeriesColors.of(e.getKey());
      for (Line line : lines) {
        XYSeries s = new XYSeries(e.getKey() + " " + line.label(), false, true);
        for (IntervalRow r : e.getValue()) {
          double v = line.value().applyAsDouble(r);
          s.add(simulated ? r.endSeconds() * speed : r.endSeconds(), Double.isFinite(v) ? v : null);
        }
        data.addSeries(s);
        renderer.setSeriesPaint(i, color);
        renderer.setSeriesStroke(i, line.stroke());
        i++;
      }
    }
    NumberAxis time = new NumberAxis(simulated ? String.format(java.util.Locale.ROOT,
        "simulated time of day (h:mm), played at %sx", TextSummary.num(speed)) : "elapsed wall time (s)");
    time.setAutoRangeIncludesZero(!simulated);
    if (simulated) {
      time.setNumberFormatOverride(new ClockFormat());
      double span = byChannel.values().stream().flatMap(List::stream).mapToDouble(IntervalRow::endSeconds).max()
          .orElse(0) * speed;
      time.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(clockTick(span)));
    }
    NumberAxis value = new NumberAxis(valueLabel);
    value.setAutoRangeIncludesZero(true);
    XYPlot plot = new XYPlot(data, time, value, renderer);
    return ChartRenderer.render(name, title, new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true));
  }
}
