package io.ccsim.report.chart;

import java.awt.BasicStroke;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The wait-time distribution as percentile curves, one per channel: the horizontal axis is
 * log10(1 / (1 - percentile)), so 90%, 99% and 99.9% are evenly spaced and the tail, where
 * callers suffer, is as wide as the bulk.
 */
public final class WaitPercentileChart {
  private WaitPercentileChart() {}

  /** Waits below this are drawn at it on a logarithmic wait axis (which cannot show zero). */
  static final double LOG_FLOOR_SECONDS = 0.1;
  /** The wait axis turns logarithmic when one channel's longest wait is this many times another's. */
  static final double LOG_RATIO = 20;

  public static ChartImage render(String name, String title, List<PercentileCurve> curves) {
    return render(name, title, curves, curves.stream().map(PercentileCurve::name).toList(),
        java.util.Collections.nCopies(curves.size(), 0));
  }

  /** Strokes of the scenarios of a comparison: A solid, B dashed, C dotted, D dash-dotted. */
  private static final float[][] DASHES = {null, {9f, 5f}, {2f, 4f}, {9f, 4f, 2f, 4f}};

  /**
   * The curves of several scenarios on one chart with one scale: {@code curvesByRun.get(i)} are run
   * i's curves, named by channel; each curve is drawn in its channel's color, run A solid, B dashed,
   * and labelled "A: phone".
   */
  public static ChartImage renderCompared(String name, String title, List<List<PercentileCurve>> curvesByRun,
      List<String> letters) {
    List<PercentileCurve> curves = new java.util.ArrayList<>();
    List<String> channels = new java.util.ArrayList<>();
    List<Integer> styles = new java.util.ArrayList<>();
    for (int run = 0; run < curvesByRun.size(); run++) {
      for (PercentileCurve c : curvesByRun.get(run)) {
        curves.add(new PercentileCurve(letters.get(run) + ": " + c.name(), c.percentiles(), c.waitSeconds()));
        channels.add(c.name());
        styles.add(run);
      }
    }
    return render(name, title, curves, channels, styles);
  }

  private static ChartImage render(String name, String title, List<PercentileCurve> curves, List<String> colorKeys,
      List<Integer> styles) {
    boolean logWaits = logWaits(curves);
    XYSeriesCollection data = new XYSeriesCollection();
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
    double maxX = 1;
    for (int k = 0; k < curves.size(); k++) {
      PercentileCurve curve = curves.get(k);
      XYSeries series = new XYSeries(curve.name(), false, true);
      double[] p = curve.percentiles();
      double[] w = curve.waitSeconds();
      for (int i = 0; i < p.length; i++) {
        double x = Math.log10(1 / (1 - p[i] / 100));
        series.add(x, logWaits ? Math.max(LOG_FLOOR_SECONDS, w[i]) : w[i]);
        maxX = Math.max(maxX, x);
      }
      renderer.setSeriesPaint(data.getSeriesCount(), SeriesColors.of(colorKeys.get(k)));
      float[] dash = DASHES[styles.get(k) % DASHES.length];
      renderer.setSeriesStroke(data.getSeriesCount(), dash == null ? new BasicStroke(2f)
          : new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, dash, 0f));
      data.addSeries(series);
    }
    // Plotted at log10(1 / (1 - p)) on a plain axis, so tick labels are ordinary text.
    NumberAxis x = new NumberAxis("percentile of contacts (log scale)");
    x.setTickUnit(new NumberTickUnit(1), false, true);
    x.setNumberFormatOverride(new PercentileFormat());
    x.setRange(0, Math.max(1, Math.ceil(maxX - 1e-9)));
    ValueAxis y;
    if (logWaits) {
      // Channels on very different scales (seconds for phone, hours for email) share one chart.
      LogAxis log = new LogAxis("queue wait (s, log scale; below " + LOG_FLOOR_SECONDS + " s drawn at "
          + LOG_FLOOR_SECONDS + " s)");
      log.setBase(10);
      log.setSmallestValue(LOG_FLOOR_SECONDS);
      log.setTickUnit(new NumberTickUnit(1), false, true);
      log.setNumberFormatOverride(new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(Locale.ROOT)));
      log.setMinorTickMarksVisible(false);
      y = log;
    } else {
      NumberAxis linear = new NumberAxis("queue wait (s)");
      linear.setAutoRangeIncludesZero(true);
      y = linear;
    }
    XYPlot plot = new XYPlot(data, x, y, renderer);
    return ChartRenderer.render(name, title, new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true));
  }

  /** Whether the longest waits of two channels differ by more than {@link #LOG_RATIO} times. */
  static boolean logWaits(List<PercentileCurve> curves) {
    double smallest = Double.POSITIVE_INFINITY;
    double largest = 0;
    for (PercentileCurve c : curves) {
      double[] w = c.waitSeconds();
      double max = w.length == 0 ? 0 : w[w.length - 1];
      smallest = Math.min(smallest, Math.max(max, LOG_FLOOR_SECONDS));
      largest = Math.max(largest, max);
    }
    return curves.size() > 1 && largest > LOG_RATIO * smallest;
  }

  /** Labels a tick at x = log10(1 / (1 - p)) with the percentile p: 0 is 0%, 1 is 90%, 3 is 99.9%. */
  static final class PercentileFormat extends NumberFormat {
    private static final long serialVersionUID = 1L;

    @Override
    public StringBuffer format(double x, StringBuffer out, FieldPosition position) {
      double percent = 100 * (1 - Math.pow(10, -x));
      String text = String.format(Locale.ROOT, "%.4f", percent).replaceAll("0+$", "").replaceAll("\\.$", "");
      return out.append(text).append('%');
    }

    @Override
    public StringBuffer format(long x, StringBuffer out, FieldPosition position) {
      return format((double) x, out, position);
    }

    @Override
    public Number parse(String source, ParsePosition position) {
      throw new UnsupportedOperationException("labels only");
    }
  }
}
