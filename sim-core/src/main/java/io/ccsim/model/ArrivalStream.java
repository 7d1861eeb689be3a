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
 */
public record ArrivalStream(
    String channel, RateProfile profile, Busyness busyness, List<Burst> bursts, int initialBacklog) {
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
    bursts = List.copyOf(bursts);
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
    return profile.isConstant() && !busyness.varies() && bursts.isEmpty() && initialBacklog == 0;
  }

  /** The same stream with every rate (not the backlog) multiplied by {@code factor}: for sweeps. */
  public ArrivalStream scaled(double factor) {
    return new ArrivalStream(channel, profile.scaled(factor), busyness, bursts, initialBacklog);
  }

  /** The same stream with {@code newProfile} in place of its profile. */
  public ArrivalStream withProfile(RateProfile newProfile) {
    return new ArrivalStream(channel, newProfile, busyness, bursts, initialBacklog);
  }
}
