package io.ccsim.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleInsets;

/**
 * Renders a JFreeChart as PNG and SVG in one house style. Output is deterministic: the SVG's
 * definition ids are the chart's name and a counter ({@link SvgDrawing}), so the same data gives the same
 * bytes.
 */
public final class ChartRenderer {
  /** The default size of a chart in pixels (PNG) and points (SVG). */
  public static final int WIDTH = 800;
  public static final int HEIGHT = 450;

  private static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 16);
  private static final Font LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
  private static final Font TICK_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);

  static {
    // Charts are drawn off screen; never try to reach a display (CI machines have none).
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
  }

  private ChartRenderer() {}

  /** Renders {@code chart} at the default size. */
  public static ChartImage render(String name, String title, JFreeChart chart) {
    return render(name, title, chart, WIDTH, HEIGHT);
  }

  /** Applies the house style, then renders {@code chart} at {@code width} x {@code height}. */
  public static ChartImage render(String name, String title, JFreeChart chart, int width, int height) {
    style(chart);
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
    } finally {
      g.dispose();
    }
    byte[] png;
    try {
      png = ChartUtils.encodeAsPNG(image);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot encode chart " + name + " as PNG", e);
    }
    String svg = SvgDrawing.draw(chart, "ccsim-" + name.replace('.', '-') + "-", width, height);
    return new ChartImage(name, title, width, height, png, svg);
  }

  /** White background, light grid, readable fonts; called by {@link #render}. */
  static void style(JFreeChart chart) {
    Color ink = new Color(0x333333);
    Color grid = new Color(0xDDDDDD);
    chart.setBackgroundPaint(Color.WHITE);
    // Room on the right for the last tick label, which is centred on the axis end.
    chart.setPadding(new RectangleInsets(4, 4, 4, 24));
    chart.setAntiAlias(true);
    chart.setTextAntiAlias(true);
    if (chart.getTitle() != null) {
      chart.getTitle().setFont(TITLE_FONT);
      chart.getTitle().setPaint(ink);
    }
    LegendTitle legend = chart.getLegend();
    if (legend != null) {
      legend.setFrame(BlockBorder.NONE);
      legend.setItemFont(LABEL_FONT);
      legend.setBackgroundPaint(Color.WHITE);
    }
    Plot plot = chart.getPlot();
    plot.setBackgroundPaint(Color.WHITE);
    plot.setOutlineVisible(false);
    if (plot instanceof XYPlot xy) {
      xy.setDomainGridlinePaint(grid);
      xy.setRangeGridlinePaint(grid);
      xy.setDomainGridlineStroke(new BasicStroke(0.8f));
      xy.setRangeGridlineStroke(new BasicStroke(0.8f));
      for (int i = 0; i < xy.getDomainAxisCount(); i++) {
        axis(xy.getDomainAxis(i), ink);
      }
      for (int i = 0; i < xy.getRangeAxisCount(); i++) {
        axis(xy.getRangeAxis(i), ink);
      }
    } else if (plot instanceof CategoryPlot category) {
      category.setRangeGridlinePaint(grid);
      category.setRangeGridlineStroke(new BasicStroke(0.8f));
      axis(category.getDomainAxis(), ink);
      category.getDomainAxis().setMaximumCategoryLabelLines(3);
      for (int i = 0; i < category.getRangeAxisCount(); i++) {
        axis(category.getRangeAxis(i), ink);
      }
    }
  }

  private static void axis(Axis axis, Color ink) {
    if (axis == null) {
      return;
    }
    if (axis instanceof NumberAxis number && number.getNumberFormatOverride() == null) {
      // JFreeChart's tick labels follow the default locale; ccsim's output never does. No grouping
      // either: "1,900" reads as 1.9 in half of Europe.
      number.setStandardTickUnits(NumberAxis.createStandardTickUnits(Locale.ROOT));
      number.setNumberFormatOverride(new DecimalFormat("0.##########", DecimalFormatSymbols.getInstance(Locale.ROOT)));
    }
    axis.setLabelFont(LABEL_FONT);
    axis.setLabelPaint(ink);
    axis.setTickLabelFont(TICK_FONT);
    axis.setTickLabelPaint(ink);
  }
}
