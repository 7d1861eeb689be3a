package io.ccsim.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Charts over the day: service level per interval per channel with each channel's target as a dashed
 * line, occupancy per interval per group, and queue length over time. Values are drawn as steps, since
 * each holds for its whole interval.
 */
public final class IntervalCharts {
  private IntervalCharts() {}

  /** Service level per interval, one line per channel, and a dashed target line per channel. */
  public static ChartImage serviceLevel(String name, String title, List<IntervalSeries> perChannel,
      Map<String, Double> targetByChannel) {
    XYPlot plot = plot(perChannel, "service level", true, false);
    // Channels with the same target share one line, in gray, labelled with all their names, so that
    // overlapping targets stay readable; a target of one channel alone is drawn in its color.
    Map<Double, List<String>> byTarget = new java.util.TreeMap<>();
    for (IntervalSeries s : perChannel) {
      Double target = targetByChannel.get(s.name());
      if (target != null) {
        byTarget.computeIfAbsent(target, t -> new java.util.ArrayList<>()).add(s.name());
      }
    }
    for (Map.Entry<Double, List<String>> t : byTarget.entrySet()) {
      List<String> names = t.getValue();
      Color color = names.size() == 1 ? SeriesColors.of(names.get(0)) : new Color(0x555555);
      ValueMarker marker = new ValueMarker(t.getKey(), color,
          new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
      marker.setLabel(String.join(", ", names) + " target " + percent(t.getKey()));
      marker.setLabelPaint(color.darker());
      marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
      marker.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
      marker.setLabelBackgroundColor(new Color(255, 255, 255, 0));
      marker.setLabelFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, 11));
      plot.addRangeMarker(marker);
    }
    ((NumberAxis) plot.getRangeAxis()).setRange(0, 1.05);
    return ChartRenderer.render(name, title, new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true));
  }

  /**
   * What explains a service-level dip: contacts offered per interval (solid, left axis) and agents
   * staffed for the channel (dashed, right axis), one color per channel, on the same time axis as the
   * service-level chart.
   */
  public static ChartImage demandAndStaffing(String name, String title, List<IntervalSeries> offered,
      List<IntervalSeries> staffed) {
    XYPlot plot = plot(offered, "contacts offered per interval (solid)", false, false);
    ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(true);
    XYSeriesCollection agents = new XYSeriesCollection();
    XYStepRenderer dashed = new XYStepRenderer();
    for (int i = 0; i < staffed.size(); i++) {
      IntervalSeries s = staffed.get(i);
      XYSeries xy = new XYSeries(s.name() + " staffed agents", false, true);
      double[] starts = s.intervalStartSeconds();
      double[] values = s.values();
      for (int j = 0; j < starts.length; j++) {
        xy.add(starts[j], Double.isNaN(values[j]) ? null : values[j]);
      }
      if (starts.length > 0) {
        xy.add(s.endSeconds(), Double.isNaN(values[values.length - 1]) ? null : values[values.length - 1]);
      }
      agents.addSeries(xy);
      dashed.setSeriesPaint(i, SeriesColors.of(s.name()));
      dashed.setSeriesStroke(i, new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
          new float[] {6f, 4f}, 0f));
    }
    NumberAxis agentAxis = new NumberAxis("staffed agents (dashed)");
    agentAxis.setAutoRangeIncludesZero(true);
    plot.setRangeAxis(1, agentAxis);
    plot.setDataset(1, agents);
    plot.setRenderer(1, dashed);
    plot.mapDatasetToRangeAxis(1, 1);
    return ChartRenderer.render(name, title, new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true));
  }

  /** Occupancy per interval, one line per group. */
  public static ChartImage occupancy(String name, String title, List<IntervalSeries> perGroup) {
    XYPlot plot = plot(perGroup, "occupancy", true, true);
    ((NumberAxis) plot.getRangeAxis()).setRange(0, 1.05);
    return ChartRenderer.render(name, title, new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true));
  }

  /** A share per interval (such as abandonment), one line per series in palette order, on a percent axis. */
  public static ChartImage share(String name, String title, String valueLabel, List<IntervalSeries> series) {
    XYPlot plot = plot(series, valueLabel, true, false);
    for (int i = 0; i < series.size(); i++) {
      plot.getRenderer().setSeriesPaint(i, SeriesColors.byIndex(i));
    }
    ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(true);
    return ChartRenderer.render(name, title, new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true));
  }

  /** Contacts waiting over time, one line per channel. */
  public static ChartImage queueLength(String name, String title, List<IntervalSeries> perChannel) {
    XYPlot plot = plot(perChannel, "contacts waiting", false, false);
    ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(true);
    return ChartRenderer.render(name, title, new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true));
  }

  private static XYPlot plot(List<IntervalSeries> series, String valueLabel, boolean percent, boolean groups) {
    XYSeriesCollection data = new XYSeriesCollection();
    XYStepRenderer renderer = new XYStepRenderer();
    double start = Double.POSITIVE_INFINITY;
    double end = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < series.size(); i++) {
      IntervalSeries s = series.get(i);
      XYSeries xy = new XYSeries(s.name(), false, true);
      double[] starts = s.intervalStartSeconds();
      double[] values = s.values();
      for (int j = 0; j < starts.length; j++) {
        xy.add(starts[j], Double.isNaN(values[j]) ? null : values[j]);
      }
      if (starts.length > 0) {
        // Repeat the last value at the end so that the last interval is drawn as wide as the others.
        xy.add(s.endSeconds(), Double.isNaN(values[values.length - 1]) ? null : values[values.length - 1]);
        start = Math.min(start, starts[0]);
        end = Math.max(end, s.endSeconds());
      }
      data.addSeries(xy);
      renderer.setSeriesPaint(i, groups ? SeriesColors.ofGroup(s.name()) : SeriesColors.of(s.name()));
      renderer.setSeriesStroke(i, new BasicStroke(2f));
    }
    NumberAxis time = new NumberAxis("time (h:mm)");
    time.setNumberFormatOverride(new ClockFormat());
    time.setAutoRangeIncludesZero(false);
    if (start < end) {
      time.setRange(start, end);
      time.setTickUnit(new NumberTickUnit(tickSeconds(end - start)));
    }
    NumberAxis value = new NumberAxis(valueLabel);
    if (percent) {
      value.setNumberFormatOverride(NumberFormat.getPercentInstance(Locale.ROOT));
    }
    XYPlot plot = new XYPlot(data, time, value, renderer);
    plot.setDomainGridlinePaint(new Color(0xEEEEEE));
    return plot;
  }

  /** A tick every 15 min, 30 min, 1 h, 2 h, ... so that there are at most about 12 ticks. */
  static double tickSeconds(double spanSeconds) {
    double[] steps = {900, 1800, 3600, 7200, 4 * 3600, 6 * 3600, 12 * 3600, 24 * 3600};
    for (double step : steps) {
      if (spanSeconds / step <= 12) {
        return step;
      }
    }
    return Math.ceil(spanSeconds / 12 / 86400) * 86400;
  }

  private static String percent(double share) {
    return String.format(Locale.ROOT, "%.0f%%", share * 100);
  }
}
