package io.ccsim.arrivals;

import io.ccsim.model.Burst;
import io.ccsim.model.RateProfile;
import io.ccsim.random.RandomStream;
import java.util.Arrays;
import java.util.List;

/**
 * A non-homogeneous Poisson process with a piecewise-constant rate: the profile's rate at the time of
 * day × the busyness factor of the day × the factor of every burst running. Generated exactly by
 * inversion (Çinlar 1975): with Λ(t) the cumulative rate, the next arrival after {@code now} is at
 * Λ⁻¹(Λ(now) + E) for a unit-rate exponential E. Unlike thinning, this draws exactly one uniform per
 * arrival whatever the rates, so scenarios that differ only in rates keep their random numbers aligned.
 *
 * <p>The rate is assembled one day at a time (days run from t = d × 24h), as a few pieces cut at the
 * profile's interval bounds, the bursts' ends and midnight; the busyness factor of day d is asked for
 * when the process first reaches day d. Memory is constant however long the run.
 */
public final class TimeVaryingArrivals implements ArrivalProcess {
  private static final double DAY = RateProfile.DAY_SECONDS;
  /** Bounds closer than this (rounding of the same instant computed two ways) are merged. */
  private static final double SAME_INSTANT_SECONDS = 1e-9;

  /** The profile of every day, or one per day of a cycle: the profile started on day p is p mod n's. */
  private final List<RateProfile> profiles;
  private final List<Burst> bursts;
  private final BusynessFactors busyness;
  private final RandomStream rng;

  /** The day whose pieces are loaded (0-based), its end, and its pieces: piece k is [starts[k], starts[k + 1]). */
  private int day = -1;
  private double dayEnd;
  private double[] starts = new double[16];
  private double[] rates = new double[16];
  private int pieces;

  /**
   * @param rng the stream of unit-rate exponential gaps ({@code arrivals/<channel>})
   * @param busyness the factor of each day
   */
  public TimeVaryingArrivals(RateProfile profile, List<Burst> bursts, BusynessFactors busyness, RandomStream rng) {
    this(profile == null ? null : List.of(profile), bursts, busyness, rng);
  }

  /**
   * @param profiles one per day of a cycle (a single one: every day), with one start, interval and number of
   *     rates; day d's profile is {@code profiles.get(d mod n)}
   */
  public TimeVaryingArrivals(List<RateProfile> profiles, List<Burst> bursts, BusynessFactors busyness,
      RandomStream rng) {
    if (profiles == null || profiles.isEmpty() || bursts == null || busyness == null || rng == null) {
      throw new IllegalArgumentException("profile, bursts, busyness and random stream are required");
    }
    if (profiles.stream().noneMatch(RateProfile::hasArrivals)) {
      throw new IllegalArgumentException("every rate of every profile is 0: the process would have no arrivals");
    }
    this.profiles = List.copyOf(profiles);
    this.bursts = List.copyOf(bursts);
    this.busyness = busyness;
    this.rng = rng;
  }

  @Override
  public double nextArrivalSeconds(double nowSeconds) {
    if (!(nowSeconds >= 0) || Double.isInfinite(nowSeconds)) {
      throw new IllegalArgumentException("time must be finite and >= 0 seconds, got " + nowSeconds);
    }
    double remaining = rng.nextExponential(1.0);
    double t = nowSeconds;
    while (true) {
      int d = (int) Math.floor(t / DAY);
      if (d != day) {
        load(d);
      }
      for (int k = pieceAt(t); k < pieces; k++) {
        double end = k + 1 < pieces ? starts[k + 1] : dayEnd;
        double rate = rates[k];
        if (rate > 0) {
          double mass = rate * (end - t);
          if (mass >= remaining) {
            return Math.min(t + remaining / rate, end);
          }
          remaining -= mass;
        }
        t = end;
      }
      t = dayEnd;
    }
  }

  /** The last piece that starts at or before {@code t}. */
  private int pieceAt(double t) {
    int index = Arrays.binarySearch(starts, 0, pieces, t);
    return index >= 0 ? index : -index - 2;
  }

  /** Cuts day {@code d} into pieces of constant rate. */
  private void load(int d) {
    double dayStart = d * DAY;
    day = d;
    dayEnd = dayStart + DAY;
    RateProfile shape = profiles.get(0);
    double[] bounds = new double[2 * (shape.ratesPerSecond().size() + 1) + 4 * bursts.size() + 1];
    int count = 0;
    bounds[count++] = dayStart;
    int n = shape.ratesPerSecond().size();
    for (int p = d - 1; p <= d; p++) {
      double first = p * DAY + shape.startSeconds();
      for (int i = 0; i <= n; i++) {
        count = addInside(bounds, count, first + i * shape.intervalSeconds(), dayStart);
      }
    }
    for (Burst burst : bursts) {
      for (int q = d - 1; q <= d; q++) {
        if (burst.happensOn(q)) {
          count = addInside(bounds, count, burst.startSeconds(q), dayStart);
          count = addInside(bounds, count, burst.startSeconds(q) + burst.durationSeconds(), dayStart);
        }
      }
    }
    Arrays.sort(bounds, 0, count);
    if (starts.length < count) {
      starts = new double[count];
      rates = new double[count];
    }
    double factor = busyness.of(d);
    pieces = 0;
    for (int i = 0; i < count; i++) {
      if (pieces > 0 && bounds[i] - starts[pieces - 1] <= SAME_INSTANT_SECONDS) {
        continue;
      }
      starts[pieces++] = bounds[i];
    }
    for (int k = 0; k < pieces; k++) {
      double end = k + 1 < pieces ? starts[k + 1] : dayEnd;
      rates[k] = rateAt((starts[k] + end) / 2, d) * factor;
    }
  }

  private int addInside(double[] bounds, int count, double bound, double dayStart) {
    if (bound > dayStart && bound < dayEnd) {
      bounds[count++] = bound;
    }
    return count;
  }

  /** The profile's rate at {@code t} (in day {@code d}) times the factors of the bursts running then. */
  private double rateAt(double t, int d) {
    double rate = profileAt(t).rateAt(t);
    for (Burst burst : bursts) {
      for (int q = d - 1; q <= d; q++) {
        if (burst.happensOn(q)) {
          double start = burst.startSeconds(q);
          if (t >= start && t < start + burst.durationSeconds()) {
            rate *= burst.factor();
          }
        }
      }
    }
    return rate;
  }

  /** The profile that holds time t: the one started on t's day, or on the day before if t is before its start. */
  private RateProfile profileAt(double t) {
    if (profiles.size() == 1) {
      return profiles.get(0);
    }
    RateProfile shape = profiles.get(0);
    long day = (long) Math.floor(t / DAY);
    double timeOfDay = t - day * DAY;
    long startedOn = timeOfDay < shape.startSeconds() ? day - 1 : day;
    return profiles.get((int) Math.floorMod(startedOn, (long) profiles.size()));
  }
}
