package io.ccsim.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * A Q-Q chart of a sample against fitted distributions: each fit's quantile (x) against the sample's
 * at the same probability (y), on log axes, with the diagonal where a perfect fit would lie.
 */
public final class QqChart {
  private QqChart() {}

  /** One fitted distribution's quantiles, paired with the sample's at the same probabilities. */
  public record Series(String name, double[] fittedSeconds, double[] sampleSeconds) {
    public Series {
      if (fittedSeconds.length != sampleSeconds.length) {
        throw new IllegalArgumentException("a Q-Q series needs as many fitted as sample quantiles");
      }
      fittedSeconds = fittedSeconds.clone();
      sampleSeconds = sampleSeconds.clone();
    }
  }

  public static ChartImage render(String name, String title, List<Series> series) {
    XYSeriesCollection data = new XYSeriesCollection();
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
    double low = Double.MAX_VALUE;
    double high = 0;
    for (int i = 0; i < series.size(); i++) {
      Series s = series.get(i);
      XYSeries xy = new XYSeries(s.name(), false);
      for (int k = 0; k < s.fittedSeconds().length; k++) {
        double x = s.fittedSeconds()[k];
        double y = s.sampleSeconds()[k];
        if (x > 0 && y > 0) {
          xy.add(x, y);
          low = Math.min(low, Math.min(x, y));
          high = Math.max(high, Math.max(x, y));
        }
      }
      data.addSeries(xy);
      renderer.setSeriesPaint(i, SeriesColors.byIndex(i));
    }
    XYSeries diagonal = new XYSeries("sample = fit", false);
    if (high > 0) {
      diagonal.add(low, low);
      diagonal.add(high, high);
    }
    data.addSeries(diagonal);
    int d = series.size();
    renderer.setSeriesLinesVisible(d, true);
    renderer.setSeriesShapesVisible(d, false);
    renderer.setSeriesPaint(d, Color.GRAY);
    renderer.setSeriesStroke(d, new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
        new float[] {4f, 4f}, 0f));
    LogAxis fitted = new LogAxis("fitted quantile (s)");
    LogAxis sample = new LogAxis("sample quantile (s)");
    XYPlot plot = new XYPlot(data, fitted, sample, renderer);
    return ChartRenderer.render(name, title, new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true));
  }
}
