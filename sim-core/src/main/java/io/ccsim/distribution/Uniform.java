package io.ccsim.distribution;

import io.ccsim.random.RandomStream;

/** Uniform on [min, max). */
public record Uniform(double minSeconds, double maxSeconds) implements Distribution {
  public Uniform {
    Checks.nonNegative("uniform min", minSeconds);
    Checks.nonNegative("uniform max", maxSeconds);
    if (maxSeconds < minSeconds) {
      throw new IllegalArgumentException(
          "uniform max must be >= min, got min " + minSeconds + " and max " + maxSeconds);
    }
  }

  @Override
  public double sample(RandomStream rng) {
    return minSeconds + (maxSeconds - minSeconds) * rng.nextDouble();
  }

  @Override
  public double meanSeconds() {
    return (minSeconds + maxSeconds) / 2;
  }

  @Override
  public String kind() {
    return "uniform";
  }
}
