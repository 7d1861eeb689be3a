package io.ccsim.loadgen.report;

import io.ccsim.loadgen.IntervalRow;
import io.ccsim.report.chart.ChartImage;
import io.ccsim.report.chart.ChartRenderer;
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
 * per reporting interval over the run's wall time.
 */
public final class LoadCharts {
  private static final BasicStroke THIN = new BasicStroke(1.2f);
  private static final BasicStroke THICK = new BasicStroke(2.2f);
  private static final BasicStroke DASHED =
      new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f);

  private LoadCharts() {}

  /** Every chart of the run; none when there is no interval. */
  public static List<ChartImage> of(List<IntervalRow> rows) {
    if (rows.isEmpty()) {
      return List.of();
    }
    Map<String, List<IntervalRow>> byChannel = new LinkedHashMap<>();
    for (IntervalRow r : rows) {
      byChannel.computeIfAbsent(r.channel(), k -> new ArrayList<>()).add(r);
    }
    List<ChartImage> charts = new ArrayList<>();
    charts.add(chart("latency", "Latency from the intended send time, per interval", "latency (ms)", byChannel,
        List.of(new Line("p50", IntervalRow::p50Millis, THIN), new Line("p99", IntervalRow::p99Millis, THICK))));
    charts.add(chart("throughput", "Contacts sent and failed per second, per interval", "contacts per second",
        byChannel, List.of(
            new Line("sent/s", r -> r.sent() / width(r), THICK),
            new Line("errors+dropped/s", r -> (r.errors() + r.dropped()) / width(r), DASHED))));
    charts.add(chart("schedule-lag", "Schedule lag (sender behind its schedule), per interval", "lag (ms)",
        byChannel, List.of(new Line("p99", IntervalRow::lagP99Millis, THICK),
            new Line("max", IntervalRow::lagMaxMillis, DASHED))));
    return charts;
  }

  private record Line(String label, ToDoubleFunction<IntervalRow> value, BasicStroke stroke) {}

  private static double width(IntervalRow r) {
    double w = r.endSeconds() - r.startSeconds();
    return w > 0 ? w : Double.NaN;
  }

  private static ChartImage chart(String name, String title, String valueLabel,
      Map<String, List<IntervalRow>> byChannel, List<Line> lines) {
    XYSeriesCollection data = new XYSeriesCollection();
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
    int i = 0;
    for (Map.Entry<String, List<IntervalRow>> e : byChannel.entrySet()) {
      Color color = SeriesColors.of(e.getKey());
      for (Line line : lines) {
        XYSeries s = new XYSeries(e.getKey() + " " + line.label(), false, true);
        for (IntervalRow r : e.getValue()) {
          double v = line.value().applyAsDouble(r);
          s.add(r.endSeconds(), Double.isFinite(v) ? v : null);
        }
        data.addSeries(s);
        renderer.setSeriesPaint(i, color);
        renderer.setSeriesStroke(i, line.stroke());
        i++;
      }
    }
    NumberAxis time = new NumberAxis("elapsed wall time (s)");
    time.setAutoRangeIncludesZero(true);
    NumberAxis value = new NumberAxis(valueLabel);
    value.setAutoRangeIncludesZero(true);
    XYPlot plot = new XYPlot(data, time, value, renderer);
    return ChartRenderer.render(name, title, new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true));
  }
}
