package io.ccsim.distribution;

import io.ccsim.random.RandomStream;

/**
 * Gamma given its mean and coefficient of variation; Erlang-k is the case cv = 1/sqrt(k).
 *
 * <p>Sampled with Marsaglia and Tsang's method (ACM TOMS 26(3), 2000), boosted for shape below 1.
 */
public record Gamma(double meanSeconds, double cv) implements Distribution {
  public Gamma {
    Checks.positive("gamma mean", meanSeconds);
    Checks.positive("gamma cv", cv);
  }

  /** Erlang with {@code phases} exponential phases and the given total mean. */
  public static Gamma erlang(int phases, double meanSeconds) {
    if (phases < 1) {
      throw new IllegalArgumentException("erlang phases must be >= 1, got " + phases);
    }
    return new Gamma(meanSeconds, 1 / Math.sqrt(phases));
  }

  public double shape() {
    return 1 / (cv * cv);
  }

  @Override
  public double sample(RandomStream rng) {
    double shape = shape();
    double scale = meanSeconds / shape;
    return scale * standardGamma(shape, rng);
  }

  static double standardGamma(double shape, RandomStream rng) {
    if (shape < 1) {
      // Gamma(a) = Gamma(a + 1) * U^(1/a).
      return standardGamma(shape + 1, rng) * Math.pow(rng.nextOpenDouble(), 1 / shape);
    }
    double d = shape - 1.0 / 3;
    double c = 1 / Math.sqrt(9 * d);
    while (true) {
      double x;
      double v;
      do {
        x = rng.nextGaussian();
        v = 1 + c * x;
      } while (v <= 0);
      v = v * v * v;
      double u = rng.nextOpenDouble();
      if (u < 1 - 0.0331 * x * x * x * x || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) {
        return d * v;
      }
    }
  }

  @Override
  public String kind() {
    return "gamma";
  }
}
