package io.ccsim.report.chart;

/**
 * One bar of an {@link EstimateBarChart}: a mean with the half-width of its 95% confidence interval
 * (NaN: no error bar), in a category (a scenario, a group) and a series (a channel).
 */
public record Bar(String series, String category, double mean, double ci95) {
  public Bar {
    if (series == null || category == null) {
      throw new IllegalArgumentException("a bar needs a series and a category");
    }
  }
}
