package io.ccsim.analytic;

/**
 * The Poisson(mean) probabilities that matter for uniformization, from {@code left} to {@code right}.
 *
 * <p>They are built outward from the mode by the ratios p(n+1)/p(n) = mean/(n+1) and then normalised (the
 * idea of Fox and Glynn, 1988), so a mean of 10^6 neither underflows e^-mean nor loses precision; the window
 * of ±(10√mean + 25) around the mode leaves out far less than 1e-20 of the mass.
 */
final class PoissonWeights {
  final long left;
  final long right;
  private final double[] weights;

  PoissonWeights(double mean) {
    if (!(mean >= 0) || Double.isInfinite(mean)) {
      throw new IllegalArgumentException("Poisson mean must be a finite number >= 0, got " + mean);
    }
    long mode = (long) Math.floor(mean);
    long halfWidth = (long) Math.ceil(10 * Math.sqrt(mean) + 25);
    left = Math.max(0, mode - halfWidth);
    right = mode + halfWidth;
    if (right - left + 1 > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("Poisson mean " + mean + " is too large");
    }
    weights = new double[(int) (right - left + 1)];
    int modeIndex = (int) (mode - left);
    weights[modeIndex] = 1;
    for (int i = modeIndex + 1; i < weights.length; i++) {
      weights[i] = weights[i - 1] * mean / (left + i);
    }
    for (int i = modeIndex - 1; i >= 0; i--) {
      weights[i] = mean == 0 ? 0 : weights[i + 1] * (left + i + 1) / mean;
    }
    double sum = 0;
    // Adding the small ones first keeps the sum accurate.
    for (int i = 0; i < modeIndex; i++) {
      sum += weights[i];
    }
    for (int i = weights.length - 1; i >= modeIndex; i--) {
      sum += weights[i];
    }
    for (int i = 0; i < weights.length; i++) {
      weights[i] /= sum;
    }
  }

  /** P(N = n); 0 outside the window. */
  double weight(long n) {
    return n < left || n > right ? 0 : weights[(int) (n - left)];
  }

  /** P(N >= n) within the window. */
  double tailFrom(long n) {
    double sum = 0;
    for (long m = right; m >= Math.max(n, left); m--) {
      sum += weights[(int) (m - left)];
    }
    return sum;
  }
}
