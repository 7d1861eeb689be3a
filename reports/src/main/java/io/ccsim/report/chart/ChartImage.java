package io.ccsim.report.chart;

/**
 * One rendered chart: the same picture as PNG (for slides and documents) and SVG (for print).
 *
 * @param name the file name without extension, e.g. {@code wait-percentiles}
 * @param title what the chart shows, used as the caption and the image's alternative text
 */
public record ChartImage(String name, String title, int width, int height, byte[] png, String svg) {
  public ChartImage {
    if (name == null || !name.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
      throw new IllegalArgumentException("chart name '" + name + "' is not allowed; use letters, digits, '.', '-', '_'");
    }
    if (width < 1 || height < 1) {
      throw new IllegalArgumentException("chart size must be positive, got " + width + " x " + height);
    }
    png = png.clone();
  }

  @Override
  public byte[] png() {
    return png.clone();
  }
}
