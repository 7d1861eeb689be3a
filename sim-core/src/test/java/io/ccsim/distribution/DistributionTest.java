package io.ccsim.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccsim.random.RandomStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class DistributionTest {
  static Stream<Arguments> distributions() {
    // distribution, expected mean, expected coefficient of variation
    return Stream.of(
        Arguments.of(new Exponential(180), 180.0, 1.0),
        Arguments.of(new Gamma(180, 0.5), 180.0, 0.5),
        Arguments.of(new Gamma(60, 2.0), 60.0, 2.0),
        Arguments.of(Gamma.erlang(4, 100), 100.0, 0.5),
        Arguments.of(new Lognormal(185, 1.2), 185.0, 1.2),
        Arguments.of(new Uniform(10, 30), 20.0, (20 / Math.sqrt(12)) / 20),
        Arguments.of(new Constant(42), 42.0, 0.0),
        Arguments.of(new Empirical(new double[] {1, 2, 3, 10}), 4.0, Math.sqrt(12.5) / 4));
  }

  @ParameterizedTest
  @MethodSource("distributions")
  void manySamples_matchMeanAndCv(Distribution d, double mean, double cv) {
    RandomStream rng = new RandomStream(2024);
    int n = 400_000;
    double sum = 0;
    double squares = 0;
    for (int i = 0; i < n; i++) {
      double x = d.sample(rng);
      assertTrue(x >= 0, "negative sample " + x);
      sum += x;
      squares += x * x;
    }
    double sampleMean = sum / n;
    double sd = Math.sqrt(Math.max(0, squares / n - sampleMean * sampleMean));
    // 5 standard errors of the mean (plus a rounding floor for the constant).
    assertEquals(mean, sampleMean, 5 * mean * cv / Math.sqrt(n) + 1e-9, d.toString());
    assertEquals(mean, d.meanSeconds(), 1e-9);
    // The sample standard deviation of heavy tails converges slowly: a loose 5% check.
    assertEquals(cv * mean, sd, 0.05 * cv * mean + 1e-9, d.toString());
  }

  @Test
  void invalidParameters_areRejectedWithWhatIsAllowed() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Exponential(-1));
    assertTrue(e.getMessage().contains("positive"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new Uniform(5, 1));
    assertThrows(IllegalArgumentException.class, () -> new Empirical(new double[0]));
    assertThrows(IllegalArgumentException.class, () -> Gamma.erlang(0, 10));
    assertThrows(IllegalArgumentException.class, () -> new Lognormal(10, 0));
  }
}
