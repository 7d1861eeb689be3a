package io.ccsim.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccsim.random.RandomStream;
import org.junit.jupiter.api.Test;

class SurvivalTest {
  @Test
  void sample_stepsAndTail_followTheSurvivalCurve() {
    // P(X = 10) = 0.4, P(X = 30) = 0.2, P(X = 60) = 0.1; the remaining 0.3 is 60 s + exponential(100 s).
    Survival s = new Survival(new double[] {10, 30, 60}, new double[] {0.6, 0.4, 0.3}, 100);
    assertEquals(0.4 * 10 + 0.2 * 30 + 0.1 * 60 + 0.3 * 160, s.meanSeconds(), 1e-12);
    RandomStream rng = new RandomStream(11);
    int n = 200_000;
    int[] atoms = new int[3];
    int beyond200 = 0;
    int tail = 0;
    double sum = 0;
    for (int i = 0; i < n; i++) {
      double x = s.sample(rng);
      sum += x;
      if (x == 10 || x == 30 || x == 60) {
        atoms[x == 10 ? 0 : x == 30 ? 1 : 2]++;
      } else {
        assertTrue(x > 60, "a draw between the steps: " + x);
        tail++;
        beyond200 += x > 200 ? 1 : 0;
      }
    }
    double[] p = {0.4, 0.2, 0.1, 0.3};
    int[] seen = {atoms[0], atoms[1], atoms[2], tail};
    for (int k = 0; k < 4; k++) {
      assertEquals(p[k], (double) seen[k] / n, 4 * Math.sqrt(p[k] * (1 - p[k]) / n), "part " + k);
    }
    // S(200) = 0.3 · exp(-140 / 100)
    double q = 0.3 * Math.exp(-1.4);
    assertEquals(q, (double) beyond200 / n, 4 * Math.sqrt(q * (1 - q) / n));
    assertEquals(s.meanSeconds(), sum / n, 4 * 70 / Math.sqrt(n));
  }

  @Test
  void constructor_badCurves_areRejected() {
    assertThrows(IllegalArgumentException.class, () -> new Survival(new double[] {10, 5}, new double[] {0.5, 0.4}, 1));
    assertThrows(IllegalArgumentException.class, () -> new Survival(new double[] {10, 20}, new double[] {0.5, 0.6}, 1));
    assertThrows(IllegalArgumentException.class, () -> new Survival(new double[] {10}, new double[] {1.2}, 1));
    assertThrows(IllegalArgumentException.class, () -> new Survival(new double[] {10}, new double[] {0.5}, 0));
  }
}
