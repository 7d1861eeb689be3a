package io.ccsim.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccsim.random.RandomStream;
import org.junit.jupiter.api.Test;

class HistogramTest {
  @Test
  void sample_frequencies_areProportionalToTheWeights() {
    // A short-call spike (5 s, weight 3) beside ordinary calls: 60 s (weight 0), 120 s (5), 400 s (2).
    Histogram h = new Histogram(new double[] {5, 60, 120, 400}, new double[] {3, 0, 5, 2});
    assertEquals((3 * 5 + 5 * 120 + 2 * 400) / 10.0, h.meanSeconds(), 1e-12);
    RandomStream rng = new RandomStream(42);
    int n = 200_000;
    int[] counts = new int[4];
    double sum = 0;
    for (int i = 0; i < n; i++) {
      double x = h.sample(rng);
      sum += x;
      counts[x == 5 ? 0 : x == 60 ? 1 : x == 120 ? 2 : 3]++;
    }
    double[] p = {0.3, 0, 0.5, 0.2};
    for (int k = 0; k < 4; k++) {
      double sd = Math.sqrt(p[k] * (1 - p[k]) / n);
      assertTrue(Math.abs((double) counts[k] / n - p[k]) <= 4 * sd + 1e-12, "value " + k + ": " + counts[k]);
    }
    assertEquals(0, counts[1]);
    double sdMean = 150 / Math.sqrt(n);
    assertEquals(h.meanSeconds(), sum / n, 4 * sdMean);
  }

  @Test
  void constructor_badWeights_areRejected() {
    assertThrows(IllegalArgumentException.class, () -> new Histogram(new double[] {1, 2}, new double[] {1}));
    assertThrows(IllegalArgumentException.class, () -> new Histogram(new double[] {1}, new double[] {0}));
    assertThrows(IllegalArgumentException.class, () -> new Histogram(new double[] {1}, new double[] {-1}));
  }
}
