package io.ccsim.model;

/**
 * A burst of arrivals: from {@code at} for {@code duration}, the stream's rate is multiplied by
 * {@code factor} (3: three times the rate; 0.5: half). Overlapping bursts multiply. A burst may run past
 * midnight into the next day.
 *
 * @param atSecondOfDay when it starts, in seconds after midnight, in [0, 24h)
 * @param durationSeconds how long it lasts, > 0 and at most 24 h
 * @param factor the factor on the rate, finite and > 0
 * @param day the day it happens on, counting from 1 (t = 0 is 00:00 of day 1); {@link #EVERY_DAY}: daily
 */
public record Burst(double atSecondOfDay, double durationSeconds, double factor, int day) {
  /** The {@code day} of a burst that happens every day. */
  public static final int EVERY_DAY = 0;

  public Burst {
    if (!(atSecondOfDay >= 0 && atSecondOfDay < RateProfile.DAY_SECONDS)) {
      throw new IllegalArgumentException(
          "burst start must be a time of day in [0, 24h), got " + atSecondOfDay + " s after midnight");
    }
    if (!(durationSeconds > 0 && durationSeconds <= RateProfile.DAY_SECONDS)) {
      throw new IllegalArgumentException("burst duration must be > 0 and at most 24 h, got " + durationSeconds + " s");
    }
    if (!(factor > 0) || Double.isInfinite(factor)) {
      throw new IllegalArgumentException("burst factor must be finite and > 0, got " + factor);
    }
    if (day < 0) {
      throw new IllegalArgumentException("burst day must be >= 1 (or 0 for every day), got " + day);
    }
  }

  /** A burst that happens every day. */
  public static Burst daily(double atSecondOfDay, double durationSeconds, double factor) {
    return new Burst(atSecondOfDay, durationSeconds, factor, EVERY_DAY);
  }

  public boolean everyDay() {
    return day == EVERY_DAY;
  }

  /** The start of this burst on the day with 0-based index {@code dayIndex}, in seconds from t = 0. */
  public double startSeconds(int dayIndex) {
    return dayIndex * RateProfile.DAY_SECONDS + atSecondOfDay;
  }

  /** Whether the burst happens on the day with 0-based index {@code dayIndex}. */
  public boolean happensOn(int dayIndex) {
    return dayIndex >= 0 && (everyDay() || day == dayIndex + 1);
  }
}
