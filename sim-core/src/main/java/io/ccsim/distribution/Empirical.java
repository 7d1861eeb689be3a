package io.ccsim.distribution;

import io.ccsim.random.RandomStream;
import java.util.Arrays;

/** Draws one of the given observed values, each with equal probability (resampling a measured sample). */
public final class Empirical implements Distribution {
  private final double[] valuesSeconds;
  private final double meanSeconds;

  public Empirical(double[] valuesSeconds) {
    if (valuesSeconds.length == 0) {
      throw new IllegalArgumentException("empirical needs at least one value");
    }
    double sum = 0;
    for (double v : valuesSeconds) {
      Checks.nonNegative("empirical value", v);
      sum += v;
    }
    this.valuesSeconds = valuesSeconds.clone();
    this.meanSeconds = sum / valuesSeconds.length;
  }

  @Override
  public double sample(RandomStream rng) {
    return valuesSeconds[rng.nextInt(valuesSeconds.length)];
  }

  @Override
  public double meanSeconds() {
    return meanSeconds;
  }

  public double[] valuesSeconds() {
    return valuesSeconds.clone();
  }

  @Override
  public String kind() {
    return "empirical";
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Empirical e && Arrays.equals(valuesSeconds, e.valuesSeconds);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(valuesSeconds);
  }

  @Override
  public String toString() {
    return "Empirical" + Arrays.toString(valuesSeconds);
  }
}
