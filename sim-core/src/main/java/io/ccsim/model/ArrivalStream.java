package io.ccsim.model;

import java.util.List;

/**
 * The arrivals of contacts on one channel: a non-homogeneous Poisson process whose rate at time t is
 * the profile's rate at that time of day × the busyness factor of that day × the factors of the bursts
 * running at t; plus, optionally, contacts already waiting at time 0.
 *
 * <p>{@code new ArrivalStream(channel, rate)} is the plain case: Poisson at a constant rate.
 *
 * @param profile the rate over the day, repeated every 24 h
 * @param busyness the day-to-day variation of the volume; {@link Busyness#NONE} for none
 * @param bursts periods with a multiplied rate; may be empty
 * @param initialBacklog contacts waiting at time 0 (overnight email), >= 0; they arrive at t = 0, so they
 *     are counted only when warmup is 0. Meant for deferred channels (the config module enforces it).
 * @param profileByDay empty: {@code profile} every day; else one profile per day of a cycle (a replay of
 *     recorded dates): day d (from 0) follows {@code profileByDay.get(d mod n)}, and {@code profile} is their
 *     mean day, for what needs one day (run-size estimates, staffing demand). They share its start, interval
 *     and number of rates.
 */
public record ArrivalStream(
    String channel, RateProfile profile, Busyness busyness, List<Burst> bursts, int initialBacklog,
    List<RateProfile> profileByDay) {
  /** Arrivals with the same profile every day. */
  public ArrivalStream(String channel, RateProfile profile, Busyness busyness, List<Burst> bursts, int initialBacklog) {
    this(channel, profile, busyness, bursts, initialBacklog, List.of());
  }

  /** Poisson arrivals at a constant rate. */
  public ArrivalStream(String channel, double ratePerSecond) {
    this(channel, RateProfile.constant(ratePerSecond), Busyness.NONE, List.of(), 0);
  }

  /** Arrivals following {@code profile}, without busyness, bursts or backlog. */
  public ArrivalStream(String channel, RateProfile profile) {
    this(channel, profile, Busyness.NONE, List.of(), 0);
  }

  public ArrivalStream {
    if (channel == null) {
      throw new IllegalArgumentException("arrival channel is required");
    }
    if (profile == null) {
      throw new IllegalArgumentException("arrivals of " + channel + ": a rate profile is required");
    }
    if (busyness == null) {
      throw new IllegalArgumentException("arrivals of " + channel + ": busyness is required (Busyness.NONE: none)");
    }
    if (!profile.hasArrivals()) {
      throw new IllegalArgumentException("arrivals of " + channel + ": every rate of the profile is 0: the stream "
          + "would have no arrivals");
    }
    bursts = List.copyOf(bursts);
    profileByDay = List.copyOf(profileByDay);
    for (RateProfile day : profileByDay) {
      if (day.startSeconds() != profile.startSeconds() || day.intervalSeconds() != profile.intervalSeconds()
          || day.ratesPerSecond().size() != profile.ratesPerSecond().size()) {
        throw new IllegalArgumentException("arrivals of " + channel + ": every day's profile must have the start, "
            + "interval and number of rates of the mean profile");
      }
    }
    if (initialBacklog < 0) {
      throw new IllegalArgumentException(
          "arrivals of " + channel + ": initial backlog must be >= 0, got " + initialBacklog);
    }
  }

  /**
   * The mean rate over a day, without busyness (mean 1) and bursts; for a constant rate, that rate. Use
   * it for analytic comparisons, not to rebuild the stream (that would drop the profile).
   */
  public double ratePerSecond() {
    return profile.meanRatePerSecond();
  }

  /** Whether this is plain Poisson at a constant rate: no profile, busyness, bursts or backlog. */
  public boolean isConstantRate() {
    return profile.isConstant() && profileByDay.isEmpty() && !busyness.varies() && bursts.isEmpty()
        && initialBacklog == 0;
  }

  /** The same stream with every rate (not the backlog) multiplied by {@code factor}: for sweeps. */
  public ArrivalStream scaled(double factor) {
    return new ArrivalStream(channel, profile.scaled(factor), busyness, bursts, initialBacklog,
        profileByDay.stream().map(p -> p.scaled(factor)).toList());
  }

  /** The same stream with {@code newProfile} in place of its profile, every day. */
  public ArrivalStream withProfile(RateProfile newProfile) {
    return new ArrivalStream(channel, newProfile, busyness, bursts, initialBacklog);
  }

  /** Whether the rate differs from day to day by a profile per day. */
  public boolean byDay() {
    return !profileByDay.isEmpty();
  }
}
