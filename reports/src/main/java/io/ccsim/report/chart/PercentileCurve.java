package io.ccsim.report.chart;

import java.util.Arrays;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramIterationValue;

/**
 * A wait-time distribution as a percentile curve: at each percentile (0 to 100, below 100) the wait in
 * seconds that so many contacts did not exceed. Built from an HdrHistogram of waits in milliseconds
 * the way HdrHistogram's own plots are, with more points towards the tail.
 */
public record PercentileCurve(String name, double[] percentiles, double[] waitSeconds) {
  /** Points per halving of the distance to 100%: 5 gives about 5 points between 90% and 95%. */
  private static final int TICKS_PER_HALF_DISTANCE = 5;
  /** The curve stops here; beyond it a few contacts decide the shape. */
  private static final double LAST_PERCENTILE = 99.99;

  public PercentileCurve {
    if (percentiles.length != waitSeconds.length) {
      throw new IllegalArgumentException("percentiles and waits differ in length: " + percentiles.length
          + " vs " + waitSeconds.length);
    }
    for (double p : percentiles) {
      if (!(p >= 0 && p < 100)) {
        throw new IllegalArgumentException("percentiles must be in [0, 100), got " + p);
      }
    }
    percentiles = percentiles.clone();
    waitSeconds = waitSeconds.clone();
  }

  /** The curve of {@code waitMillis}; empty when the histogram is. */
  public static PercentileCurve of(String name, Histogram waitMillis) {
    double[] p = new double[64];
    double[] w = new double[64];
    int n = 0;
    if (waitMillis.getTotalCount() > 0) {
      for (HistogramIterationValue v : waitMillis.percentiles(TICKS_PER_HALF_DISTANCE)) {
        double percentile = v.getPercentileLevelIteratedTo();
        if (percentile > LAST_PERCENTILE) {
          break;
        }
        if (n == p.length) {
          p = Arrays.copyOf(p, n * 2);
          w = Arrays.copyOf(w, n * 2);
        }
        p[n] = percentile;
        w[n] = waitMillis.highestEquivalentValue(v.getValueIteratedTo()) / 1000.0;
        n++;
      }
    }
    return new PercentileCurve(name, Arrays.copyOf(p, n), Arrays.copyOf(w, n));
  }

  @Override
  public double[] percentiles() {
    return percentiles.clone();
  }

  @Override
  public double[] waitSeconds() {
    return waitSeconds.clone();
  }

  public boolean isEmpty() {
    return percentiles.length == 0;
  }
}
