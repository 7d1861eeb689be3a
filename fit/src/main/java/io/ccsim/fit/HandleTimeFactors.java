package io.ccsim.fit;

/**
 * Handle time by time of day as a factor per interval: handle time = factor(interval of arrival) × S,
 * with S drawn from one distribution. The factor of an interval is its calls' mean handle time over the
 * channel's, for intervals with at least {@link #MIN_CALLS} calls (else 1), scaled so that the mean
 * factor over the calls is 1: the channel's mean handle time is unchanged. The distribution of S is then
 * fitted to the handle times divided by their factors.
 */
final class HandleTimeFactors {
  /** Intervals with fewer served calls keep the factor 1. */
  static final int MIN_CALLS = 30;

  private HandleTimeFactors() {}

  /** The factors per interval, from handle times {@code x} of calls that arrived in intervals {@code at}. */
  static double[] of(double[] x, int[] at, int intervals) {
    double[] sum = new double[intervals];
    int[] n = new int[intervals];
    double total = 0;
    for (int k = 0; k < x.length; k++) {
      sum[at[k]] += x[k];
      n[at[k]]++;
      total += x[k];
    }
    double mean = total / x.length;
    double[] f = new double[intervals];
    double weighted = 0;
    for (int i = 0; i < intervals; i++) {
      f[i] = n[i] >= MIN_CALLS ? sum[i] / n[i] / mean : 1;
      weighted += n[i] * f[i];
    }
    double scale = x.length / weighted;
    for (int i = 0; i < intervals; i++) {
      f[i] *= scale;
    }
    return f;
  }

  /** The handle times divided by the factors of their intervals. */
  static double[] deflate(double[] x, int[] at, double[] f) {
    double[] y = new double[x.length];
    for (int k = 0; k < x.length; k++) {
      y[k] = x[k] / f[at[k]];
    }
    return y;
  }
}
