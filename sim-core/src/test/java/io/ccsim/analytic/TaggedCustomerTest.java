package io.ccsim.analytic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TaggedCustomerTest {
  private static final double SERVING_RATE = 1.0;
  private static final double ABANDON_RATE = 0.05;

  @Test
  void absorbedWithin_fewStages_matchesPartialFractions() {
    for (int ahead = 0; ahead <= 3; ahead++) {
      double[] start = new double[ahead + 1];
      start[ahead] = 1;
      for (double t : new double[] {0.3, 2, 7}) {
        TaggedCustomer.Absorbed a = TaggedCustomer.absorbedWithin(start, ahead + 1, SERVING_RATE, ABANDON_RATE, t);
        double expected = TaggedCustomer.probServed(ahead, SERVING_RATE, ABANDON_RATE) * hypoexponentialCdf(ahead, t);
        // Partial-fraction coefficients reach (1.2 / 0.05)^3, so the reference itself is only good to ~1e-12.
        assertEquals(expected, a.servedWithin(), 1e-11, "ahead=" + ahead + " t=" + t);
      }
    }
  }

  @Test
  void absorbedWithin_manyStages_matchesRungeKutta() {
    int places = 201;
    double[] start = new double[places];
    start[200] = 0.7;
    start[40] = 0.3;
    double t = 30;
    TaggedCustomer.Absorbed a = TaggedCustomer.absorbedWithin(start, places, SERVING_RATE, ABANDON_RATE, t);
    double[] reference = rungeKutta(start, t, 2e-3);
    assertEquals(reference[0], a.servedWithin(), 1e-9);
    assertEquals(reference[1], a.abandonedWithin(), 1e-9);
  }

  @Test
  void absorbedWithin_longThreshold_reachesTheLimit() {
    double[] start = {0.2, 0.3, 0.5};
    TaggedCustomer.Absorbed limit =
        TaggedCustomer.absorbedWithin(start, 3, SERVING_RATE, ABANDON_RATE, Double.POSITIVE_INFINITY);
    TaggedCustomer.Absorbed late = TaggedCustomer.absorbedWithin(start, 3, SERVING_RATE, ABANDON_RATE, 1e5);
    assertEquals(limit.servedWithin(), late.servedWithin(), 1e-14);
    assertEquals(limit.abandonedWithin(), late.abandonedWithin(), 1e-14);
    assertEquals(1, limit.servedWithin() + limit.abandonedWithin(), 1e-15);
  }

  /** P(S' <= t) for S' with the distinct rates cμ + θ, ..., cμ + (ahead+1)θ, by partial fractions. */
  private static double hypoexponentialCdf(int ahead, double t) {
    int n = ahead + 1;
    double[] r = new double[n];
    for (int i = 0; i < n; i++) {
      r[i] = SERVING_RATE + (i + 1) * ABANDON_RATE;
    }
    double survival = 0;
    for (int i = 0; i < n; i++) {
      double coefficient = 1;
      for (int k = 0; k < n; k++) {
        if (k != i) {
          coefficient *= r[k] / (r[k] - r[i]);
        }
      }
      survival += coefficient * Math.exp(-r[i] * t);
    }
    return 1 - survival;
  }

  /** Integrates the forward equations of the tagged chain; returns {served, abandoned} at time t. */
  private static double[] rungeKutta(double[] start, double t, double h) {
    int places = start.length;
    double[] y = new double[places + 2];
    System.arraycopy(start, 0, y, 0, places);
    int steps = (int) Math.round(t / h);
    for (int s = 0; s < steps; s++) {
      double[] k1 = derivative(y, places);
      double[] k2 = derivative(add(y, k1, h / 2), places);
      double[] k3 = derivative(add(y, k2, h / 2), places);
      double[] k4 = derivative(add(y, k3, h), places);
      for (int i = 0; i < y.length; i++) {
        y[i] += h / 6 * (k1[i] + 2 * k2[i] + 2 * k3[i] + k4[i]);
      }
    }
    return new double[] {y[places], y[places + 1]};
  }

  private static double[] derivative(double[] y, int places) {
    double[] d = new double[y.length];
    for (int k = 0; k < places; k++) {
      double progress = SERVING_RATE + k * ABANDON_RATE;
      d[k] -= (progress + ABANDON_RATE) * y[k];
      if (k > 0) {
        d[k - 1] += progress * y[k];
      } else {
        d[places] += progress * y[k];
      }
      d[places + 1] += ABANDON_RATE * y[k];
    }
    return d;
  }

  private static double[] add(double[] y, double[] k, double factor) {
    double[] r = new double[y.length];
    for (int i = 0; i < y.length; i++) {
      r[i] = y[i] + factor * k[i];
    }
    return r;
  }
}
