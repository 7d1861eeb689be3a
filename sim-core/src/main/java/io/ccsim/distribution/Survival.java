package io.ccsim.distribution;

import io.ccsim.random.RandomStream;
import java.util.Arrays;

/**
 * A distribution given by its survival function S(t) = P(X > t) as steps, with an exponential tail: S is 1
 * before {@code timesSeconds[0]}, {@code survival[i]} from {@code timesSeconds[i]} to the next time, and
 * beyond the last time t_K it decays as S(t_K)·exp(−(t − t_K) / tailMean). This is the shape of a
 * Kaplan-Meier estimate of patience from censored waits (a step at each abandonment time), whose tail
 * beyond the last observed abandonment the data cannot show and has to be stated: here a constant hazard
 * 1 / tailMean. One uniform variate per draw, inverted through S.
 */
public final class Survival implements Distribution {
  private final double[] timesSeconds;
  private final double[] survival;
  private final double tailMeanSeconds;
  private final double meanSeconds;

  public Survival(double[] timesSeconds, double[] survival, double tailMeanSeconds) {
    if (timesSeconds.length == 0) {
      throw new IllegalArgumentException("survival needs at least one time");
    }
    if (survival.length != timesSeconds.length) {
      throw new IllegalArgumentException("survival needs one share per time: " + timesSeconds.length + " times, "
          + survival.length + " shares");
    }
    Checks.positive("survival tailMean", tailMeanSeconds);
    double mean = 0;
    double before = 1;
    for (int i = 0; i < timesSeconds.length; i++) {
      Checks.nonNegative("survival time", timesSeconds[i]);
      if (i > 0 && !(timesSeconds[i] > timesSeconds[i - 1])) {
        throw new IllegalArgumentException("survival times must increase, got " + timesSeconds[i - 1] + " s then "
            + timesSeconds[i] + " s");
      }
      if (!(survival[i] >= 0 && survival[i] <= before)) {
        throw new IllegalArgumentException("survival shares must fall from at most 1 to at least 0, got "
            + survival[i] + " after " + before);
      }
      mean += timesSeconds[i] * (before - survival[i]);
      before = survival[i];
    }
    this.timesSeconds = timesSeconds.clone();
    this.survival = survival.clone();
    this.tailMeanSeconds = tailMeanSeconds;
    this.meanSeconds = mean + before * (timesSeconds[timesSeconds.length - 1] + tailMeanSeconds);
  }

  @Override
  public double sample(RandomStream rng) {
    // X = inf{t : S(t) <= U}: within the steps, the first time whose share is at most U.
    double u = rng.nextDouble();
    int last = survival.length - 1;
    if (u < survival[last]) {
      // Below the last step only in the tail; the floor on u keeps the logarithm finite for u = 0.
      return timesSeconds[last] + tailMeanSeconds * Math.log(survival[last] / Math.max(u, Double.MIN_NORMAL));
    }
    int lo = 0;
    int hi = last;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (survival[mid] <= u) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return timesSeconds[lo];
  }

  @Override
  public double meanSeconds() {
    return meanSeconds;
  }

  @Override
  public String kind() {
    return "survival";
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Survival s && Arrays.equals(timesSeconds, s.timesSeconds)
        && Arrays.equals(survival, s.survival) && tailMeanSeconds == s.tailMeanSeconds;
  }

  @Override
  public int hashCode() {
    return 31 * (31 * Arrays.hashCode(timesSeconds) + Arrays.hashCode(survival)) + Double.hashCode(tailMeanSeconds);
  }

  @Override
  public String toString() {
    return "Survival" + Arrays.toString(timesSeconds) + " " + Arrays.toString(survival) + " tail " + tailMeanSeconds;
  }
}
