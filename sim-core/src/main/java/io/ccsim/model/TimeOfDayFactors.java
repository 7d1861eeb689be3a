package io.ccsim.model;

import java.util.List;

/**
 * Factors by time of day, every day: {@code factors.get(i)} applies from {@code start + i × interval}
 * for one interval, and 1 outside them; such as handle time that is longer in the afternoon peak than
 * in the early morning.
 */
public record TimeOfDayFactors(double startSeconds, double intervalSeconds, List<Double> factors) {
  public TimeOfDayFactors {
    if (!(startSeconds >= 0 && startSeconds < TimeOfDay.DAY_SECONDS)) {
      throw new IllegalArgumentException("factors start must be a time of day, got " + startSeconds + " s");
    }
    if (!(intervalSeconds > 0) || Double.isInfinite(intervalSeconds)) {
      throw new IllegalArgumentException("factors interval must be more than 0 s, got " + intervalSeconds);
    }
    factors = List.copyOf(factors);
    if (factors.isEmpty() || startSeconds + factors.size() * intervalSeconds > TimeOfDay.DAY_SECONDS + 1e-6) {
      throw new IllegalArgumentException("factors need at least one interval and end by 24:00");
    }
    for (double f : factors) {
      if (!(f > 0) || Double.isInfinite(f)) {
        throw new IllegalArgumentException("a factor must be a positive number, got " + f);
      }
    }
  }

  /** The factor at time {@code seconds} from the start of the run (its time of day decides). */
  public double at(double seconds) {
    double inDay = seconds % TimeOfDay.DAY_SECONDS;
    int i = (int) Math.floor((inDay - startSeconds) / intervalSeconds);
    return i >= 0 && i < factors.size() ? factors.get(i) : 1.0;
  }
}
