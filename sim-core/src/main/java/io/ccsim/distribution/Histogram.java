package io.ccsim.distribution;

import io.ccsim.random.RandomStream;
import java.util.Arrays;

/**
 * Draws one of the given values with probability proportional to its weight: an empirical distribution
 * with weights, such as a histogram of handle times with a spike of short calls. One uniform variate per
 * draw, inverted through the cumulative weights.
 */
public final class Histogram implements Distribution {
  private final double[] valuesSeconds;
  private final double[] weights;
  private final double[] cumulative;
  private final double meanSeconds;

  public Histogram(double[] valuesSeconds, double[] weights) {
    if (valuesSeconds.length == 0) {
      throw new IllegalArgumentException("histogram needs at least one value");
    }
    if (weights.length != valuesSeconds.length) {
      throw new IllegalArgumentException("histogram needs one weight per value: " + valuesSeconds.length
          + " values, " + weights.length + " weights");
    }
    cumulative = new double[weights.length];
    double total = 0;
    double sum = 0;
    for (int i = 0; i < weights.length; i++) {
      Checks.nonNegative("histogram value", valuesSeconds[i]);
      if (!(weights[i] >= 0) || Double.isInfinite(weights[i])) {
        throw new IllegalArgumentException("histogram weight must be a finite number >= 0, got " + weights[i]);
      }
      total += weights[i];
      sum += weights[i] * valuesSeconds[i];
      cumulative[i] = total;
    }
    if (!(total > 0)) {
      throw new IllegalArgumentException("histogram needs a weight above 0");
    }
    this.valuesSeconds = valuesSeconds.clone();
    this.weights = weights.clone();
    this.meanSeconds = sum / total;
  }

  @Override
  public double sample(RandomStream rng) {
    double u = rng.nextDouble() * cumulative[cumulative.length - 1];
    int i = Arrays.binarySearch(cumulative, u);
    i = i >= 0 ? i + 1 : -i - 1;
    // u lands in [cumulative[i - 1], cumulative[i]); skip values of weight 0 at equal bounds
    while (i < cumulative.length - 1 && weights[i] == 0) {
      i++;
    }
    return valuesSeconds[Math.min(i, valuesSeconds.length - 1)];
  }

  @Override
  public double meanSeconds() {
    return meanSeconds;
  }

  @Override
  public String kind() {
    return "histogram";
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Histogram h && Arrays.equals(valuesSeconds, h.valuesSeconds)
        && Arrays.equals(weights, h.weights);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(valuesSeconds) + Arrays.hashCode(weights);
  }

  @Override
  public String toString() {
    return "Histogram" + Arrays.toString(valuesSeconds) + " weights " + Arrays.toString(weights);
  }
}
