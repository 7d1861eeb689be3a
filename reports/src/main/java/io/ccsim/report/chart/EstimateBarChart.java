package io.ccsim.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.category.StatisticalBarRenderer;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;

/**
 * Bars of estimates with 95% confidence error bars: comparisons of scenarios (categories) per channel
 * (series, in the channel's color), or occupancy per group (colored by category).
 */
public final class EstimateBarChart {
  /** Which name picks a bar's color. */
  public enum ColorBy { SERIES, CATEGORY }

  private EstimateBarChart() {}

  /**
   * @param valueLabel the value axis label
   * @param percent whether values are shares shown as percentages
   */
  public static ChartImage render(
      String name, String title, String valueLabel, boolean percent, ColorBy colorBy, List<Bar> bars) {
    DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
    for (Bar bar : bars) {
      // The renderer draws mean ± "standard deviation"; we hand it the CI half-width instead.
      data.add(bar.mean(), Double.isNaN(bar.ci95()) ? 0 : bar.ci95(), bar.series(), bar.category());
    }
    StatisticalBarRenderer renderer = new StatisticalBarRenderer() {
      private static final long serialVersionUID = 1L;

      @Override
      public Paint getItemPaint(int row, int column) {
        return colorBy == ColorBy.CATEGORY
            ? SeriesColors.of(data.getColumnKey(column).toString())
            : SeriesColors.of(data.getRowKey(row).toString());
      }
    };
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setShadowVisible(false);
    renderer.setDrawBarOutline(false);
    renderer.setItemMargin(0.05);
    renderer.setErrorIndicatorPaint(new Color(0x222222));
    renderer.setErrorIndicatorStroke(new BasicStroke(1.5f));
    for (int row = 0; row < data.getRowCount(); row++) {
      renderer.setSeriesPaint(row, SeriesColors.of(data.getRowKey(row).toString()));
    }
    NumberAxis value = new NumberAxis(valueLabel);
    value.setAutoRangeIncludesZero(true);
    if (percent) {
      NumberFormat format = NumberFormat.getPercentInstance(Locale.ROOT);
      value.setNumberFormatOverride(format);
    }
    CategoryAxis category = new CategoryAxis(null);
    category.setCategoryMargin(0.25);
    CategoryPlot plot = new CategoryPlot(data, category, value, renderer);
    boolean legend = colorBy == ColorBy.SERIES;
    return ChartRenderer.render(name, title, new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, legend));
  }
}
