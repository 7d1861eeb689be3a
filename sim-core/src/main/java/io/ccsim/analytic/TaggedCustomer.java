package io.ccsim.analytic;

/**
 * The fate of an FCFS arrival who finds j customers waiting ahead: it moves up one place at rate
 * cμ + kθ (a service completion or an abandonment ahead, with k still ahead) and reaches an agent from
 * place 0 at rate cμ, unless its own Exp(θ) patience runs out first.
 *
 * <p>Its wait is therefore hypoexponential with many stages, whose CDF by partial fractions cancels
 * catastrophically. Instead the absorbing chain "k ahead → served / abandoned" is solved at time T by
 * uniformization, for the whole mixture of starting places at once; every step only adds non-negative
 * numbers, so the result is accurate to rounding whatever the number of stages.
 */
final class TaggedCustomer {
  /** Where the start mass of a tagged customer is at the threshold: served by then, abandoned by then. */
  record Absorbed(double servedWithin, double abandonedWithin) {}

  /** A mass of waiting states below this share of the start mass can change no reported digit. */
  private static final double SETTLED = 1e-17;
  /** Uniformization steps times states beyond which the solution would take minutes. */
  private static final double MAX_WORK = 4e9;

  private TaggedCustomer() {}

  /**
   * Absorption by {@code thresholdSeconds} (0 to infinity) when {@code startMass[j]} is the weight of starting
   * with j ahead, for j below {@code places}; {@code servingRate} is cμ and {@code abandonRate} θ.
   */
  static Absorbed absorbedWithin(
      double[] startMass, int places, double servingRate, double abandonRate, double thresholdSeconds) {
    double total = 0;
    for (int j = 0; j < places; j++) {
      total += startMass[j];
    }
    if (places == 0 || total == 0 || thresholdSeconds == 0) {
      return new Absorbed(0, 0);
    }
    if (Double.isInfinite(thresholdSeconds)) {
      double served = 0;
      for (int j = 0; j < places; j++) {
        served += startMass[j] * probServed(j, servingRate, abandonRate);
      }
      return new Absorbed(served, Math.max(0, total - served));
    }
    // Λ is the largest exit rate, that of the last place: cμ + places·θ.
    double uniformRate = servingRate + places * abandonRate;
    PoissonWeights poisson = new PoissonWeights(uniformRate * thresholdSeconds);
    double[] v = java.util.Arrays.copyOf(startMass, places);
    double served = 0;
    double abandoned = 0;
    double servedWithin = 0;
    double abandonedWithin = 0;
    double waiting = total;
    double work = 0;
    for (long step = 0; step <= poisson.right; step++) {
      double w = poisson.weight(step);
      servedWithin += w * served;
      abandonedWithin += w * abandoned;
      if (waiting <= SETTLED * total) {
        // Nothing left to move: every later term of the Poisson mixture sees the same absorbed masses.
        double rest = poisson.tailFrom(step + 1);
        servedWithin += rest * served;
        abandonedWithin += rest * abandoned;
        break;
      }
      work += places;
      if (work > MAX_WORK) {
        throw new IllegalArgumentException("threshold " + thresholdSeconds
            + " s is too long for the exact wait distribution with " + places + " queue places");
      }
      served += v[0] * servingRate / uniformRate;
      abandoned += waiting * abandonRate / uniformRate;
      waiting = 0;
      for (int k = 0; k < places; k++) {
        double out = servingRate + (k + 1) * abandonRate;
        double inflow = k + 1 < places ? v[k + 1] * (servingRate + (k + 1) * abandonRate) / uniformRate : 0;
        double next = v[k] * (1 - out / uniformRate) + inflow;
        // Flushing subnormal numbers keeps the loop fast; they are far below anything reported.
        v[k] = next < Double.MIN_NORMAL ? 0 : next;
        waiting += v[k];
      }
    }
    return new Absorbed(Math.min(total, servedWithin), Math.min(total, abandonedWithin));
  }

  /** P(reaching an agent at all | j ahead): the product of (cμ + kθ)/(cμ + (k+1)θ) telescopes. */
  static double probServed(int ahead, double servingRate, double abandonRate) {
    return servingRate / (servingRate + (ahead + 1) * abandonRate);
  }
}
