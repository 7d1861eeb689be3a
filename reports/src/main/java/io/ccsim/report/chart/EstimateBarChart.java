package io.ccsim.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.awt.geom.Rectangle2D;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.category.StatisticalBarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;

/**
 * Bars of estimates with 95% confidence error bars: comparisons grouped by channel (categories), one
 * bar per scenario (series, in shades of gray) with each channel's target as a mark across its group;
 * or occupancy per group (colored by category, in the groups' palette).
 */
public final class EstimateBarChart {
  /** Which name picks a bar's color, and from which palette. */
  public enum ColorBy {
    /** Series are channels: the channel's color. */
    SERIES,
    /** Categories are agent groups: the group's color. */
    CATEGORY,
    /** Series are agent groups: the group's color. */
    GROUP_SERIES,
    /** Series are the scenarios of a comparison, in order: shades of gray. */
    SCENARIO_SERIES
  }

  /** The color of the target marks. */
  static final Color TARGET = new Color(0xB3261E);

  private EstimateBarChart() {}

  /**
   * @param valueLabel the value axis label
   * @param percent whether values are shares shown as percentages
   */
  public static ChartImage render(
      String name, String title, String valueLabel, boolean percent, ColorBy colorBy, List<Bar> bars) {
    return render(name, title, valueLabel, percent, colorBy, bars, Map.of());
  }

  /**
   * As {@link #render(String, String, String, boolean, ColorBy, List)}, with a target mark across each
   * category of {@code targetByCategory} (a channel's service-level target).
   */
  public static ChartImage render(String name, String title, String valueLabel, boolean percent, ColorBy colorBy,
      List<Bar> bars, Map<String, Double> targetByCategory) {
    DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
    for (Bar bar : bars) {
      // The renderer draws mean ± "standard deviation"; we hand it the CI half-width instead.
      data.add(bar.mean(), Double.isNaN(bar.ci95()) ? 0 : bar.ci95(), bar.series(), bar.category());
    }
    StatisticalBarRenderer renderer = new StatisticalBarRenderer() {
      private static final long serialVersionUID = 1L;

      @Override
      public Paint getItemPaint(int row, int column) {
        return colorBy == ColorBy.CATEGORY ? SeriesColors.ofGroup(data.getColumnKey(column).toString())
            : seriesColor(colorBy, row, data.getRowKey(row).toString());
      }
    };
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setShadowVisible(false);
    renderer.setDrawBarOutline(false);
    renderer.setItemMargin(0.05);
    renderer.setErrorIndicatorPaint(new Color(0x222222));
    renderer.setErrorIndicatorStroke(new BasicStroke(1.5f));
    for (int row = 0; row < data.getRowCount(); row++) {
      renderer.setSeriesPaint(row, seriesColor(colorBy, row, data.getRowKey(row).toString()));
    }
    NumberAxis value = new NumberAxis(valueLabel);
    value.setAutoRangeIncludesZero(true);
    if (percent) {
      NumberFormat format = NumberFormat.getPercentInstance(Locale.ROOT);
      value.setNumberFormatOverride(format);
      // Shares: the axis ends at 100% (with room for the error bars) so bars of 90% and 95% look alike.
      value.setRange(0, 1.049);
      value.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(0.1, format));
    }
    CategoryAxis category = new CategoryAxis(null);
    category.setCategoryMargin(0.25);
    CategoryPlot plot = new CategoryPlot(data, category, value, renderer);
    if (!targetByCategory.isEmpty()) {
      DefaultCategoryDataset targets = new DefaultCategoryDataset();
      for (int column = 0; column < data.getColumnCount(); column++) {
        String key = data.getColumnKey(column).toString();
        Double target = targetByCategory.get(key);
        targets.addValue(target, "target", key);
      }
      LineAndShapeRenderer marks = new LineAndShapeRenderer(false, true);
      // A horizontal mark as wide as a category's bars: the chart is 800 px wide.
      double width = 620.0 / Math.max(1, data.getColumnCount()) * 0.7;
      marks.setSeriesShape(0, new Rectangle2D.Double(-width / 2, -1.5, width, 3));
      marks.setSeriesPaint(0, TARGET);
      plot.setDataset(1, targets);
      plot.setRenderer(1, marks);
      plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
    }
    boolean legend = colorBy != ColorBy.CATEGORY;
    return ChartRenderer.render(name, title, new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, legend));
  }

  private static Color seriesColor(ColorBy colorBy, int row, String series) {
    return switch (colorBy) {
      case SERIES, CATEGORY -> SeriesColors.of(series);
      case GROUP_SERIES -> SeriesColors.ofGroup(series);
      case SCENARIO_SERIES -> SeriesColors.ofScenario(row);
    };
  }
}
