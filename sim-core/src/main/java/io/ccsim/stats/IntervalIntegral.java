package io.ccsim.stats;

/**
 * The integral of a piecewise-constant level (queue length, agents available, capacity in use) split by
 * reporting interval, so that each interval's time-average can be read. Memory is one number per interval.
 */
public final class IntervalIntegral {
  private final double intervalSeconds;
  private final double[] area;
  private double level;
  private double lastChangeSeconds;

  public IntervalIntegral(double intervalSeconds, int intervals) {
    this.intervalSeconds = intervalSeconds;
    this.area = new double[intervals];
  }

  /** The level changes by {@code delta} at {@code nowSeconds} (times never decrease). */
  public void add(double nowSeconds, double delta) {
    accumulate(nowSeconds);
    level += delta;
  }

  /** The time-average level in each interval, counting the current level up to {@code nowSeconds}. */
  public double[] averages(double nowSeconds) {
    accumulate(nowSeconds);
    double[] averages = new double[area.length];
    for (int i = 0; i < area.length; i++) {
      averages[i] = area[i] / intervalSeconds;
    }
    return averages;
  }

  private void accumulate(double nowSeconds) {
    double end = area.length * intervalSeconds;
    double from = lastChangeSeconds;
    double to = Math.min(nowSeconds, end);
    lastChangeSeconds = nowSeconds;
    if (level == 0 || to <= from) {
      return;
    }
    int i = (int) (from / intervalSeconds);
    while (from < to && i < area.length) {
      double boundary = Math.min((i + 1) * intervalSeconds, to);
      area[i] += level * (boundary - from);
      from = boundary;
      i++;
    }
  }
}
