package io.ccsim.fit;

import java.util.Arrays;

/**
 * Patience of one type by the Kaplan-Meier (product-limit) estimator of its survival function from censored
 * waits: an abandonment after a wait w is an event at w (patience ended then), an answered caller is
 * censored at w (patience lasted at least w). At each distinct event time t with d events and n callers
 * still at risk (time ≥ t), S falls by the factor 1 − d/n; events at a time come before censorings at the
 * same time (a caller answered at t was still at risk at t). Greenwood's formula gives the variance,
 * Var S(t) = S(t)² Σ d / (n (n − d)).
 *
 * <p><b>The tail.</b> Beyond the last abandonment time t_K the log says nothing of patience, yet S(t_K)
 * is far from 0 (most callers are answered before their patience runs out). Leaving it as it is would make
 * those callers never abandon; cutting S to 0 at t_K would make them all abandon then. Instead the tail is
 * an exponential with a constant hazard: the censored exponential estimate over the last stretch of the
 * data, from the {@link #TAIL_EVENTS}-th last abandonment on (every caller's time in queue beyond that
 * point / the abandonments after it), so the late hazard, not the early one, is extrapolated.
 *
 * @param timesSeconds the distinct event times, increasing
 * @param survival S just after each time
 * @param greenwood per time, Σ d / (n (n − d)) up to it (the relative variance of S); +∞ once S is 0
 * @param tailMeanSeconds the mean of the exponential tail beyond the last time
 * @param tailFromSeconds where the stretch the tail is estimated from starts
 * @param events abandonments (events)
 * @param observed callers observed (events and censored)
 * @param pooled whether this is the estimate of all types together (this type had too few events)
 */
public record KaplanMeier(double[] timesSeconds, double[] survival, double[] greenwood, double tailMeanSeconds,
    double tailFromSeconds, long events, long observed, boolean pooled) {
  /** The tail's hazard is estimated from the stretch with this many of the last abandonments. */
  public static final int TAIL_EVENTS = 20;
  private static final double Z95 = 1.959963984540054;

  /** The estimate from {@code times} (waits, or exact patience) and whether each ended in an event. */
  public static KaplanMeier of(double[] times, boolean[] event, boolean pooled) {
    int n = times.length;
    if (n != event.length) {
      throw new IllegalArgumentException(n + " times for " + event.length + " event flags");
    }
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Double.compare(times[a], times[b]));
    double[] t = new double[n];
    double[] s = new double[n];
    double[] g = new double[n];
    int k = 0;
    int atRisk = n;
    double survivalNow = 1;
    double sum = 0;
    long events = 0;
    for (int i = 0; i < n;) {
      double at = times[order[i]];
      int d = 0;
      int c = 0;
      for (; i < n && times[order[i]] == at; i++) {
        if (event[order[i]]) {
          d++;
        } else {
          c++;
        }
      }
      if (d > 0) {
        survivalNow *= 1 - (double) d / atRisk;
        sum += d < atRisk ? (double) d / ((double) atRisk * (atRisk - d)) : Double.POSITIVE_INFINITY;
        t[k] = at;
        s[k] = survivalNow;
        g[k] = sum;
        k++;
        events += d;
      }
      atRisk -= d + c;
    }
    if (events == 0) {
      throw new IllegalArgumentException("no abandonment: the survival curve does not fall");
    }
    double[] eventTimes = new double[(int) events];
    int e = 0;
    for (int i = 0; i < n; i++) {
      if (event[order[i]]) {
        eventTimes[e++] = times[order[i]];
      }
    }
    double from = events > TAIL_EVENTS ? eventTimes[(int) events - TAIL_EVENTS - 1] : 0;
    double exposure = 0;
    long late = 0;
    for (int i = 0; i < n; i++) {
      exposure += Math.max(0, times[i] - from);
      late += event[i] && times[i] > from ? 1 : 0;
    }
    if (late == 0 || !(exposure > 0)) {
      from = 0;
      exposure = Arrays.stream(times).sum();
      late = events;
    }
    double tailMean = exposure > 0 ? exposure / late : 1;
    return new KaplanMeier(Arrays.copyOf(t, k), Arrays.copyOf(s, k), Arrays.copyOf(g, k), tailMean, from, events, n,
        pooled);
  }

  /** S(t) = P(patience > t), the tail included. */
  public double survivalAt(double seconds) {
    int i = lastAtOrBefore(seconds);
    if (i < 0) {
      return 1;
    }
    double last = timesSeconds[timesSeconds.length - 1];
    double base = survival[i];
    return seconds > last ? base * Math.exp(-(seconds - last) / tailMeanSeconds) : base;
  }

  /** The 95% interval of S(t) by Greenwood's variance (normal, clipped to [0, 1]); within the steps only. */
  public double[] ci95At(double seconds) {
    int i = lastAtOrBefore(seconds);
    if (i < 0) {
      return new double[] {1, 1};
    }
    if (survival[i] == 0) {
      // Everyone still at risk abandoned: S is 0 for certain (Greenwood's sum is infinite there).
      return new double[] {0, 0};
    }
    double sd = survival[i] * Math.sqrt(greenwood[i]);
    return new double[] {Math.max(0, survival[i] - Z95 * sd), Math.min(1, survival[i] + Z95 * sd)};
  }

  /** The smallest event time with S at most 1/2, or NaN when S stays above 1/2 over the steps. */
  public double medianSeconds() {
    for (int i = 0; i < survival.length; i++) {
      if (survival[i] <= 0.5) {
        return timesSeconds[i];
      }
    }
    return Double.NaN;
  }

  /** The mean patience of the curve with its tail (what the written distribution's mean is). */
  public double meanSeconds() {
    double mean = 0;
    double before = 1;
    for (int i = 0; i < survival.length; i++) {
      mean += timesSeconds[i] * (before - survival[i]);
      before = survival[i];
    }
    return mean + before * (timesSeconds[timesSeconds.length - 1] + tailMeanSeconds);
  }

  /** S at the last event time: the share of callers whose patience the tail stands for. */
  public double tailShare() {
    return survival[survival.length - 1];
  }

  private int lastAtOrBefore(double seconds) {
    int i = Arrays.binarySearch(timesSeconds, seconds);
    return i >= 0 ? i : -i - 2;
  }

  /** Collects one channel's censored observations. */
  static final class Sample {
    private double[] times = new double[64];
    private boolean[] events = new boolean[64];
    private int size;
    private long eventCount;

    void add(double seconds, boolean event) {
      if (size == times.length) {
        times = Arrays.copyOf(times, 2 * size);
        events = Arrays.copyOf(events, 2 * size);
      }
      times[size] = seconds;
      events[size++] = event;
      eventCount += event ? 1 : 0;
    }

    void addAll(Sample other) {
      for (int i = 0; i < other.size; i++) {
        add(other.times[i], other.events[i]);
      }
    }

    long events() {
      return eventCount;
    }

    KaplanMeier estimate(boolean pooled) {
      return KaplanMeier.of(Arrays.copyOf(times, size), Arrays.copyOf(events, size), pooled);
    }
  }
}
