package io.ccsim.distribution;

import io.ccsim.random.RandomStream;

/** Lognormal given its mean and coefficient of variation: the usual shape of real handle times. */
public record Lognormal(double meanSeconds, double cv) implements Distribution {
  public Lognormal {
    Checks.positive("lognormal mean", meanSeconds);
    Checks.positive("lognormal cv", cv);
  }

  /** sigma^2 = ln(1 + cv^2) and mu = ln(mean) - sigma^2 / 2 give exactly the requested mean and cv. */
  @Override
  public double sample(RandomStream rng) {
    double sigma2 = Math.log1p(cv * cv);
    double mu = Math.log(meanSeconds) - sigma2 / 2;
    return Math.exp(mu + Math.sqrt(sigma2) * rng.nextGaussian());
  }

  @Override
  public String kind() {
    return "lognormal";
  }
}
