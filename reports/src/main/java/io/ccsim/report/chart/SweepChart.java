package io.ccsim.report.chart;

import java.awt.BasicStroke;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/** A KPI against a swept parameter: one line per combination of the other parameters, with its 95% band. */
public final class SweepChart {
  private SweepChart() {}

  public static ChartImage render(
      String name, String title, String xLabel, String yLabel, boolean percent, List<SweepLine> lines) {
    YIntervalSeriesCollection data = new YIntervalSeriesCollection();
    DeviationRenderer renderer = new DeviationRenderer(true, true);
    renderer.setAlpha(0.2f);
    for (int i = 0; i < lines.size(); i++) {
      SweepLine line = lines.get(i);
      YIntervalSeries series = new YIntervalSeries(line.name(), false, true);
      double[] x = line.x();
      double[] mean = line.mean();
      double[] ci = line.ci95();
      for (int j = 0; j < x.length; j++) {
        if (Double.isNaN(mean[j])) {
          continue;
        }
        double half = Double.isNaN(ci[j]) ? 0 : ci[j];
        series.add(x[j], mean[j], mean[j] - half, mean[j] + half);
      }
      data.addSeries(series);
      renderer.setSeriesPaint(i, SeriesColors.byIndex(i));
      renderer.setSeriesFillPaint(i, SeriesColors.byIndex(i));
      renderer.setSeriesStroke(i, new BasicStroke(2f));
    }
    NumberAxis xAxis = new NumberAxis(xLabel);
    xAxis.setAutoRangeIncludesZero(false);
    if (lines.stream().allMatch(l -> java.util.Arrays.stream(l.x()).allMatch(v -> v == Math.rint(v)))) {
      xAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.ROOT));
      xAxis.setNumberFormatOverride(new java.text.DecimalFormat("0", java.text.DecimalFormatSymbols.getInstance(Locale.ROOT)));
    }
    NumberAxis yAxis = new NumberAxis(yLabel);
    yAxis.setAutoRangeIncludesZero(false);
    if (percent) {
      yAxis.setNumberFormatOverride(NumberFormat.getPercentInstance(Locale.ROOT));
    }
    XYPlot plot = new XYPlot(data, xAxis, yAxis, renderer);
    boolean legend = lines.size() > 1;
    return ChartRenderer.render(name, title, new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, legend));
  }
}
