package io.ccsim.report.chart;

/**
 * How many items agents held at once: {@code shareOfTime[k]} is the share of agents' logged-in time
 * spent holding k items (k = 0, 1, 2, ...). One per channel or per group; the shares sum to 1.
 */
public record ConcurrencyDistribution(String name, double[] shareOfTime) {
  public ConcurrencyDistribution {
    if (name == null || name.isEmpty()) {
      throw new IllegalArgumentException("a concurrency distribution needs a name");
    }
    double sum = 0;
    for (double share : shareOfTime) {
      if (!(share >= 0 && share <= 1)) {
        throw new IllegalArgumentException(name + ": shares must be in [0, 1], got " + share);
      }
      sum += share;
    }
    if (shareOfTime.length > 0 && Math.abs(sum - 1) > 1e-6) {
      throw new IllegalArgumentException(name + ": shares must sum to 1, got " + sum);
    }
    shareOfTime = shareOfTime.clone();
  }

  @Override
  public double[] shareOfTime() {
    return shareOfTime.clone();
  }

  /** Mean items held while holding at least one (observed concurrency). */
  public double observedConcurrency() {
    double busy = 0;
    double items = 0;
    for (int k = 1; k < shareOfTime.length; k++) {
      busy += shareOfTime[k];
      items += k * shareOfTime[k];
    }
    return busy == 0 ? Double.NaN : items / busy;
  }
}
