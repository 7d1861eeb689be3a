package io.ccsim.arrivals;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sample moments of iid counts and the confidence-interval checks the statistical tests use. Seeds are
 * fixed, so every test is deterministic. The intervals say how far a correct generator may stray: z = 3.9
 * leaves 1e-4 per check, so the suite's ~50 checks together fail by chance with probability < 0.5%
 * (with z = 3.3, one variance check of a correct generator did fail, at 3.6 standard errors).
 */
final class Moments {
  static final double Z = 3.9;

  private final double[] values;
  final int n;
  final double mean;
  final double variance;
  /** The fourth central moment, for the standard error of the variance. */
  final double fourth;

  Moments(double[] values) {
    this.values = values.clone();
    n = values.length;
    double sum = 0;
    for (double v : values) {
      sum += v;
    }
    mean = sum / n;
    double m2 = 0;
    double m4 = 0;
    for (double v : values) {
      double d = v - mean;
      m2 += d * d;
      m4 += d * d * d * d;
    }
    variance = m2 / (n - 1);
    fourth = m4 / n;
  }

  static Moments of(long[] counts) {
    double[] values = new double[counts.length];
    for (int i = 0; i < counts.length; i++) {
      values[i] = counts[i];
    }
    return new Moments(values);
  }

  /** Standard error of the mean. */
  double meanError() {
    return Math.sqrt(variance / n);
  }

  /** Standard error of the sample variance: sqrt((μ4 − σ⁴ (n − 3)/(n − 1)) / n), with sample moments. */
  double varianceError() {
    return Math.sqrt(Math.max(fourth - variance * variance * (n - 3) / (n - 1), 0) / n);
  }

  /** Asserts that {@code expected} is inside the mean's confidence interval. */
  void assertMean(double expected, String what) {
    double half = Z * meanError();
    assertTrue(Math.abs(mean - expected) <= half,
        () -> what + ": mean " + mean + " ± " + half + " does not contain " + expected);
  }

  /** Asserts that {@code expected} is inside the variance's confidence interval. */
  void assertVariance(double expected, String what) {
    double half = Z * varianceError();
    assertTrue(Math.abs(variance - expected) <= half,
        () -> what + ": variance " + variance + " ± " + half + " does not contain " + expected);
  }

  /** Sample correlation of two series of the same length. */
  static double correlation(Moments a, Moments b) {
    double sum = 0;
    for (int i = 0; i < a.n; i++) {
      sum += (a.values[i] - a.mean) * (b.values[i] - b.mean);
    }
    return sum / (a.n - 1) / Math.sqrt(a.variance * b.variance);
  }

  /** Asserts that {@code expected} is inside the Fisher-z confidence interval of the correlation {@code r}. */
  static void assertCorrelation(double r, double expected, int n, String what) {
    double half = Z / Math.sqrt(n - 3);
    double z = atanh(r);
    assertTrue(Math.abs(z - atanh(expected)) <= half,
        () -> what + ": correlation " + r + " (Fisher z " + z + " ± " + half + ") is not consistent with " + expected);
  }

  private static double atanh(double x) {
    return 0.5 * Math.log((1 + x) / (1 - x));
  }
}
