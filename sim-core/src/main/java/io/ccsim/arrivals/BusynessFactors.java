package io.ccsim.arrivals;

import io.ccsim.distribution.Gamma;
import io.ccsim.model.Busyness;
import io.ccsim.random.RandomStream;
import java.util.Arrays;

/**
 * The busyness factor of each day, gamma with mean 1 and the given cv, drawn lazily but always in day
 * order from one random stream: the factor of day d is the d-th draw whichever day is asked for first,
 * so two processes built on streams with the same name see the same factors (shared busyness, and
 * common random numbers across compared scenarios).
 */
public final class BusynessFactors {
  private final Gamma gamma;
  private final RandomStream rng;
  private double[] factors = new double[8];
  private int drawn;

  /** Factors with {@code busyness.cv()} drawn from {@code rng}; all 1 (and no draws) when cv is 0. */
  public BusynessFactors(Busyness busyness, RandomStream rng) {
    this.gamma = busyness.varies() ? new Gamma(1.0, busyness.cv()) : null;
    this.rng = rng;
  }

  /** The factor of the day with 0-based index {@code dayIndex} (t in [dayIndex × 24h, (dayIndex + 1) × 24h)). */
  public double of(int dayIndex) {
    if (dayIndex < 0) {
      throw new IllegalArgumentException("day index must be >= 0, got " + dayIndex);
    }
    if (gamma == null) {
      return 1.0;
    }
    while (drawn <= dayIndex) {
      if (drawn == factors.length) {
        factors = Arrays.copyOf(factors, 2 * factors.length);
      }
      factors[drawn++] = gamma.sample(rng);
    }
    return factors[dayIndex];
  }
}
