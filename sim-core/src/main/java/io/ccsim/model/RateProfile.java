package io.ccsim.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Arrival rates per interval of the day, repeated every 24 hours: {@code ratesPerSecond.get(i)} applies
 * from {@code start + i × interval} for one interval, and the rate is 0 outside the profile.
 *
 * <p>Times of day count from the start of the simulation: t = 0 is 00:00 of day 1, so the profile
 * applies on day d (from 1) from {@code (d − 1) × 24h + start}. A profile may run past midnight (it then
 * continues into the next day) but spans at most 24 hours, so that two days' profiles never overlap.
 * For example {@code start 08:00, interval 30m, rates [100/h, 120/h]} means 100/h from 08:00 to 08:30,
 * 120/h from 08:30 to 09:00 and nothing otherwise: 110 contacts a day.
 *
 * @param startSeconds when the first interval starts, in seconds after midnight, in [0, 24h)
 * @param intervalSeconds length of every interval, > 0
 * @param ratesPerSecond one rate per interval, each finite and >= 0 (all 0: a closed day of a profile per day;
 *     a stream's profile has a rate above 0, which {@link ArrivalStream} checks)
 */
public record RateProfile(double startSeconds, double intervalSeconds, List<Double> ratesPerSecond) {
  /** Seconds in a day: the profile's period. */
  public static final double DAY_SECONDS = 86_400;
  /** How far intraday percentages may sum from 100 (rounding in the source data). */
  public static final double PERCENT_TOLERANCE = 0.5;

  public RateProfile {
    if (!(startSeconds >= 0 && startSeconds < DAY_SECONDS)) {
      throw new IllegalArgumentException(
          "profile start must be a time of day in [0, 24h), got " + startSeconds + " s after midnight");
    }
    if (!(intervalSeconds > 0) || Double.isInfinite(intervalSeconds)) {
      throw new IllegalArgumentException("profile interval must be positive, got " + intervalSeconds + " s");
    }
    if (ratesPerSecond == null || ratesPerSecond.isEmpty()) {
      throw new IllegalArgumentException("a profile needs at least one rate");
    }
    ratesPerSecond = List.copyOf(ratesPerSecond);
    for (double rate : ratesPerSecond) {
      if (!(rate >= 0) || Double.isInfinite(rate)) {
        throw new IllegalArgumentException("profile rates must be finite and >= 0, got " + rate + "/s");
      }
    }
    // A tolerance of a microsecond per interval lets 48 × 30m fill the day exactly despite rounding.
    if (ratesPerSecond.size() * intervalSeconds > DAY_SECONDS + 1e-6 * ratesPerSecond.size()) {
      throw new IllegalArgumentException("the profile spans " + ratesPerSecond.size() + " × " + intervalSeconds
          + " s, more than 24 h; it repeats every day, so it must fit in one");
    }
  }

  /** One rate all day long: a homogeneous Poisson process. */
  public static RateProfile constant(double ratePerSecond) {
    if (!(ratePerSecond > 0) || Double.isInfinite(ratePerSecond)) {
      throw new IllegalArgumentException("arrival rate must be positive, got " + ratePerSecond + "/s");
    }
    return new RateProfile(0, DAY_SECONDS, List.of(ratePerSecond));
  }

  /**
   * A daily volume spread over the day by an intraday curve in percent (one per interval). The
   * percentages must sum to 100 within {@link #PERCENT_TOLERANCE}; they are then scaled to sum to
   * exactly 100, so the expected volume of a day is exactly {@code dailyVolume}.
   */
  public static RateProfile ofDailyVolume(
      double dailyVolume, double startSeconds, double intervalSeconds, List<Double> percent) {
    if (!(dailyVolume > 0) || Double.isInfinite(dailyVolume)) {
      throw new IllegalArgumentException("daily volume must be positive, got " + dailyVolume);
    }
    if (percent == null || percent.isEmpty()) {
      throw new IllegalArgumentException("an intraday curve needs at least one percentage");
    }
    double sum = 0;
    for (double p : percent) {
      if (!(p >= 0) || Double.isInfinite(p)) {
        throw new IllegalArgumentException("intraday percentages must be finite and >= 0, got " + p);
      }
      sum += p;
    }
    if (Math.abs(sum - 100) > PERCENT_TOLERANCE) {
      throw new IllegalArgumentException(
          "intraday percentages must sum to 100 (±" + PERCENT_TOLERANCE + "), got " + sum);
    }
    List<Double> rates = new ArrayList<>(percent.size());
    for (double p : percent) {
      rates.add(dailyVolume * (p / sum) / intervalSeconds);
    }
    return new RateProfile(startSeconds, intervalSeconds, rates);
  }

  /** The expected number of arrivals of one day (24 h), without busyness and bursts. */
  public double dailyVolume() {
    double volume = 0;
    for (double rate : ratesPerSecond) {
      volume += rate * intervalSeconds;
    }
    return volume;
  }

  /** The mean rate over 24 hours; for a {@link #constant} profile, its rate. */
  public double meanRatePerSecond() {
    return isConstant() ? ratesPerSecond.get(0) : dailyVolume() / DAY_SECONDS;
  }

  /** Whether some interval has a rate above 0. */
  public boolean hasArrivals() {
    return ratesPerSecond.stream().anyMatch(rate -> rate > 0);
  }

  /** Whether the rate is the same all day long. */
  public boolean isConstant() {
    double first = ratesPerSecond.get(0);
    for (double rate : ratesPerSecond) {
      if (rate != first) {
        return false;
      }
    }
    return ratesPerSecond.size() * intervalSeconds >= DAY_SECONDS - 1e-6 * ratesPerSecond.size();
  }

  /** The rate at {@code secondOfDay} in [0, 24h) (or any time: it is taken modulo 24 h). */
  public double rateAt(double secondOfDay) {
    double tod = secondOfDay - Math.floor(secondOfDay / DAY_SECONDS) * DAY_SECONDS;
    double offset = tod - startSeconds;
    if (offset < 0) {
      offset += DAY_SECONDS;
    }
    int index = (int) Math.floor(offset / intervalSeconds);
    return index < ratesPerSecond.size() ? ratesPerSecond.get(index) : 0;
  }

  /** The same shape with every rate multiplied by {@code factor} (> 0). */
  public RateProfile scaled(double factor) {
    if (!(factor > 0) || Double.isInfinite(factor)) {
      throw new IllegalArgumentException("scale factor must be positive, got " + factor);
    }
    return new RateProfile(startSeconds, intervalSeconds, ratesPerSecond.stream().map(r -> r * factor).toList());
  }
}
