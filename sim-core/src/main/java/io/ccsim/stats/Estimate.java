package io.ccsim.stats;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * A KPI estimated over replications: the mean and the half-width of its 95% confidence interval
 * (Student t with n - 1 degrees of freedom). NaN stands for "not defined" (no data, or a single
 * replication for the half-width); writers print it as null.
 */
public record Estimate(double mean, double ci95) {
  /** Estimates from per-replication values; NaN values (KPI undefined in that replication) are skipped. */
  public static Estimate of(double[] perReplication) {
    int n = 0;
    double sum = 0;
    for (double v : perReplication) {
      if (!Double.isNaN(v)) {
        n++;
        sum += v;
      }
    }
    if (n == 0) {
      return new Estimate(Double.NaN, Double.NaN);
    }
    double mean = sum / n;
    return new Estimate(mean, halfWidth(perReplication, n, mean));
  }

  /** Uses {@code center} as the point estimate but takes the spread from the per-replication values. */
  public static Estimate around(double center, double[] perReplication) {
    return new Estimate(center, of(perReplication).ci95());
  }

  private static double halfWidth(double[] values, int n, double mean) {
    if (n < 2) {
      return Double.NaN;
    }
    double squares = 0;
    for (double v : values) {
      if (!Double.isNaN(v)) {
        squares += (v - mean) * (v - mean);
      }
    }
    double standardError = Math.sqrt(squares / (n - 1) / n);
    return tQuantile975(n - 1) * standardError;
  }

  /** The 0.975 quantile of Student's t with {@code degreesOfFreedom}. */
  public static double tQuantile975(int degreesOfFreedom) {
    return new TDistribution(null, degreesOfFreedom).inverseCumulativeProbability(0.975);
  }

  /** Whether {@code value} lies inside the interval mean ± ci95. */
  public boolean contains(double value) {
    return Math.abs(value - mean) <= ci95;
  }
}
