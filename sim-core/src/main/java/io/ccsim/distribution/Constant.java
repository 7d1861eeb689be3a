package io.ccsim.distribution;

import io.ccsim.random.RandomStream;

/** Always the same value. */
public record Constant(double valueSeconds) implements Distribution {
  public Constant {
    Checks.nonNegative("constant value", valueSeconds);
  }

  @Override
  public double sample(RandomStream rng) {
    return valueSeconds;
  }

  @Override
  public double meanSeconds() {
    return valueSeconds;
  }

  @Override
  public String kind() {
    return "constant";
  }
}
