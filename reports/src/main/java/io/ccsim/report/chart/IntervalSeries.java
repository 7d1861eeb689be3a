package io.ccsim.report.chart;

/**
 * A value per reporting interval (service level of a channel, occupancy of a group) or a level over
 * time (queue length): {@code values[i]} holds from {@code intervalStartSeconds[i]} until the next
 * start; the last one lasts as long as the one before it. NaN marks an interval without data.
 * The engine's interval statistics fill these; the charts and the HTML report only read them.
 */
public record IntervalSeries(String name, double[] intervalStartSeconds, double[] values) {
  public IntervalSeries {
    if (name == null || name.isEmpty()) {
      throw new IllegalArgumentException("an interval series needs a name");
    }
    if (intervalStartSeconds.length != values.length) {
      throw new IllegalArgumentException("series " + name + ": " + intervalStartSeconds.length
          + " interval starts but " + values.length + " values");
    }
    for (int i = 1; i < intervalStartSeconds.length; i++) {
      if (!(intervalStartSeconds[i] > intervalStartSeconds[i - 1])) {
        throw new IllegalArgumentException("series " + name + ": interval starts must increase, got "
            + intervalStartSeconds[i - 1] + " then " + intervalStartSeconds[i]);
      }
    }
    intervalStartSeconds = intervalStartSeconds.clone();
    values = values.clone();
  }

  @Override
  public double[] intervalStartSeconds() {
    return intervalStartSeconds.clone();
  }

  @Override
  public double[] values() {
    return values.clone();
  }

  public int size() {
    return values.length;
  }

  /** When the last interval ends: its start plus the length of the interval before it. */
  public double endSeconds() {
    int n = intervalStartSeconds.length;
    if (n == 0) {
      return 0;
    }
    double length = n > 1 ? intervalStartSeconds[n - 1] - intervalStartSeconds[n - 2] : 1;
    return intervalStartSeconds[n - 1] + length;
  }
}
