package io.ccsim.arrivals;

import io.ccsim.random.RandomStream;

/** A homogeneous Poisson process: exponential gaps with mean 1 / rate. */
public final class PoissonArrivals implements ArrivalProcess {
  private final double meanGapSeconds;
  private final RandomStream rng;

  public PoissonArrivals(double ratePerSecond, RandomStream rng) {
    if (!(ratePerSecond > 0) || Double.isInfinite(ratePerSecond)) {
      throw new IllegalArgumentException("arrival rate must be positive, got " + ratePerSecond + "/s");
    }
    this.meanGapSeconds = 1 / ratePerSecond;
    this.rng = rng;
  }

  @Override
  public double nextArrivalSeconds(double nowSeconds) {
    return nowSeconds + rng.nextExponential(meanGapSeconds);
  }
}
