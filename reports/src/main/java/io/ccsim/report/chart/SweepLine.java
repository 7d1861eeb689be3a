package io.ccsim.report.chart;

/** One line of a sweep chart: a KPI's mean and 95% half-width at each value of the swept parameter. */
public record SweepLine(String name, double[] x, double[] mean, double[] ci95) {
  public SweepLine {
    if (x.length != mean.length || x.length != ci95.length) {
      throw new IllegalArgumentException("x, mean and ci95 must have the same length");
    }
    x = x.clone();
    mean = mean.clone();
    ci95 = ci95.clone();
  }

  @Override
  public double[] x() {
    return x.clone();
  }

  @Override
  public double[] mean() {
    return mean.clone();
  }

  @Override
  public double[] ci95() {
    return ci95.clone();
  }
}
