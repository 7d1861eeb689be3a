package io.ccsim.report.chart;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/** The concurrency distribution: share of time at each number of items held, one bar series per name. */
public final class ConcurrencyChart {
  private ConcurrencyChart() {}

  public static ChartImage render(String name, String title, List<ConcurrencyDistribution> distributions) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    int levels = distributions.stream().mapToInt(d -> d.shareOfTime().length).max().orElse(0);
    BarRenderer renderer = new BarRenderer();
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setShadowVisible(false);
    renderer.setDrawBarOutline(false);
    renderer.setItemMargin(0.05);
    for (int i = 0; i < distributions.size(); i++) {
      ConcurrencyDistribution d = distributions.get(i);
      double[] shares = d.shareOfTime();
      for (int k = 0; k < levels; k++) {
        data.addValue(k < shares.length ? shares[k] : 0, d.name(), Integer.toString(k));
      }
      renderer.setSeriesPaint(i, SeriesColors.ofGroup(d.name()));
    }
    NumberAxis share = new NumberAxis("share of logged-in time");
    share.setNumberFormatOverride(NumberFormat.getPercentInstance(Locale.ROOT));
    CategoryPlot plot = new CategoryPlot(data, new CategoryAxis("items held at once"), share, renderer);
    return ChartRenderer.render(name, title, new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true));
  }
}
