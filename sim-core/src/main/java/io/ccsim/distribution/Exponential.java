package io.ccsim.distribution;

import io.ccsim.random.RandomStream;

/** Exponential with the given mean: the memoryless case behind Erlang B, C and A. */
public record Exponential(double meanSeconds) implements Distribution {
  public Exponential {
    Checks.positive("exponential mean", meanSeconds);
  }

  @Override
  public double sample(RandomStream rng) {
    return rng.nextExponential(meanSeconds);
  }

  @Override
  public String kind() {
    return "exponential";
  }
}
