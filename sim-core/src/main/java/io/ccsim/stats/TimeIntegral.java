package io.ccsim.stats;

/**
 * The integral over time of a piecewise-constant level (busy agents, queue length), restricted to a
 * measurement window. Time-weighted statistics are kept apart from per-contact ones, as in SSJ.
 */
public final class TimeIntegral {
  private final double windowStartSeconds;
  private final double windowEndSeconds;
  private double level;
  private double lastChangeSeconds;
  private double areaInWindow;

  public TimeIntegral(double windowStartSeconds, double windowEndSeconds) {
    this.windowStartSeconds = windowStartSeconds;
    this.windowEndSeconds = windowEndSeconds;
  }

  /** Records that the level changes by {@code delta} at time {@code nowSeconds} (times never decrease). */
  public void add(double nowSeconds, double delta) {
    accumulate(nowSeconds);
    level += delta;
  }

  public double level() {
    return level;
  }

  /**
   * The area in the window, counting the current level up to {@code nowSeconds}. Reading settles
   * nothing: a reader during the run (`ccsim show`) leaves the final figures bit for bit as they would be,
   * since later additions sum the same pieces whether or not anyone looked.
   */
  public double areaUntil(double nowSeconds) {
    if (lastChangeSeconds >= windowStartSeconds && nowSeconds <= windowEndSeconds) {
      return nowSeconds > lastChangeSeconds ? areaInWindow + level * (nowSeconds - lastChangeSeconds) : areaInWindow;
    }
    double from = Math.max(lastChangeSeconds, windowStartSeconds);
    double to = Math.min(nowSeconds, windowEndSeconds);
    return to > from ? areaInWindow + level * (to - from) : areaInWindow;
  }

  /** The time-average over the whole window; call once the clock is at or past the window's end. */
  public double windowAverage(double nowSeconds) {
    return areaUntil(nowSeconds) / (windowEndSeconds - windowStartSeconds);
  }

  private void accumulate(double nowSeconds) {
    if (lastChangeSeconds >= windowStartSeconds && nowSeconds <= windowEndSeconds) {
      // Inside the window, the common case: the same sum as below without the clipping.
      if (nowSeconds > lastChangeSeconds) {
        areaInWindow += level * (nowSeconds - lastChangeSeconds);
      }
      lastChangeSeconds = nowSeconds;
      return;
    }
    double from = Math.max(lastChangeSeconds, windowStartSeconds);
    double to = Math.min(nowSeconds, windowEndSeconds);
    if (to > from) {
      areaInWindow += level * (to - from);
    }
    lastChangeSeconds = nowSeconds;
  }
}
