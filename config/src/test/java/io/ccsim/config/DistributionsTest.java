package io.ccsim.config;

import static io.ccsim.config.Failures.assertError;
import static io.ccsim.config.Failures.loadBaseWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Distribution errors. BASE's line 4 is {@code "    handleTime: {distribution: exponential, mean: 3m}"}:
 * the key is at column 5, the mapping opens at 17, the name is at 32, {@code mean} at 45 and its value at 51.
 */
class DistributionsTest {
  static final String HANDLE = "{distribution: exponential, mean: 3m}";
  static final String PATH = "channels.phone.handleTime";

  @Test
  void registry_namesInOrder_areTheDocumentedOnes() {
    assertEquals(List.of("exponential", "constant", "gamma", "erlang", "lognormal", "uniform", "empirical",
        "histogram", "survival"), Distributions.types().stream().map(Distributions.Type::name).toList());
  }

  @Test
  void unknownDistribution_pointsAtNameAndListsAll() {
    ScenarioException e = loadBaseWith("distribution: exponential", "distribution: weibull");

    assertError(e, PATH + ".distribution", 4, 32, "unknown distribution 'weibull'",
        "allowed: exponential, constant, gamma, erlang, lognormal, uniform, empirical");
  }

  @Test
  void histogram_weightsOfAnotherLength_pointsAtWeights() {
    // the value of "weights", [3], is at column 70 in "{distribution: histogram, values: [5s, 2m], weights: [3]}".
    ScenarioException e = loadBaseWith(HANDLE, "{distribution: histogram, values: [5s, 2m], weights: [3]}");

    assertError(e, PATH + ".weights", 4, 70, "1 weights for 2 values");
  }

  @Test
  void histogram_valuesAndWeights_giveTheWeightedMean() {
    var scenario = ScenarioLoader.load("h.yaml", Failures.BASE.replace(HANDLE,
        "{distribution: histogram, values: [5s, 2m, 400s], weights: [3, 5, 2]}"));
    assertEquals((3 * 5 + 5 * 120 + 2 * 400) / 10.0, scenario.channels().get(0).handleTime().meanSeconds(), 1e-12);
  }

  @Test
  void survival_stepsAndTail_giveTheirMean() {
    var scenario = ScenarioLoader.load("s.yaml", Failures.BASE.replace(HANDLE,
        "{distribution: survival, times: [10s, 30s], survival: [0.5, 0.25], tailMean: 100s}"));
    // 10 s with 0.5, 30 s with 0.25, and 0.25 in the tail: 30 s + 100 s on average.
    assertEquals(0.5 * 10 + 0.25 * 30 + 0.25 * 130, scenario.channels().get(0).handleTime().meanSeconds(), 1e-12);
  }

  @Test
  void survival_risingShare_pointsAtTheShare() {
    // "{distribution: survival, times: [10s, 30s], survival: [0.5, 0.6], tailMean: 1m}": 0.6 is at column 77.
    ScenarioException e = loadBaseWith(HANDLE, "{distribution: survival, times: [10s, 30s], survival: [0.5, 0.6], tailMean: 1m}");

    assertError(e, PATH + ".survival[1]", 4, 77, "a survival curve never rises");
  }

  @Test
  void misspeltDistribution_suggestsTheName() {
    ScenarioException e = loadBaseWith("distribution: exponential", "distribution: exponental");

    assertError(e, PATH + ".distribution", 4, 32, "(did you mean 'exponential'?)");
  }

  @Test
  void distributionKeyMissing_pointsAtDistributionKey() {
    ScenarioException e = loadBaseWith(HANDLE, "{mean: 3m}");

    assertError(e, PATH + ".distribution", 4, 5, "required but missing", "allowed: exponential, constant");
  }

  @Test
  void parameterOfAnotherDistribution_pointsAtKeyAndListsThisOnesKeys() {
    // "cv" starts at column 55 in "{distribution: exponential, mean: 3m, cv: 0.5}".
    ScenarioException e = loadBaseWith(HANDLE, "{distribution: exponential, mean: 3m, cv: 0.5}");

    assertError(e, PATH + ".cv", 4, 55, "exponential has no parameter 'cv'", "allowed: distribution, mean");
  }

  @Test
  void missingParameter_pointsAtDistributionKeyAndListsKeys() {
    ScenarioException e = loadBaseWith(HANDLE, "{distribution: gamma, mean: 3m}");

    assertError(e, PATH + ".cv", 4, 5, "gamma needs 'cv'", "allowed: distribution, mean, cv");
  }

  @Test
  void meanNotADuration_pointsAtValue() {
    ScenarioException e = loadBaseWith("mean: 3m}", "mean: soon}");

    assertError(e, PATH + ".mean", 4, 51, "'soon' is not a duration");
  }

  @Test
  void zeroMean_exponential_mustBePositive() {
    ScenarioException e = loadBaseWith("mean: 3m}", "mean: 0s}");

    assertError(e, PATH + ".mean", 4, 51, "must be longer than 0, got '0s'");
  }

  @Test
  void negativeCv_gamma_isNotPositive() {
    // "{distribution: gamma, mean: 5m, cv: -1}": the value -1 is at column 53.
    ScenarioException e = loadBaseWith(HANDLE, "{distribution: gamma, mean: 5m, cv: -1}");

    assertError(e, PATH + ".cv", 4, 53, "'-1' is not a positive number");
  }

  @Test
  void fractionalPhases_erlang_isNotAWholeNumber() {
    ScenarioException e = loadBaseWith(HANDLE, "{distribution: erlang, mean: 5m, phases: 2.5}");

    assertError(e, PATH + ".phases", 4, 58, "'2.5' is not a whole number >= 1");
  }

  @Test
  void maxBelowMin_uniform_pointsAtMax() {
    ScenarioException e = loadBaseWith(HANDLE, "{distribution: uniform, min: 5m, max: 1m}");

    assertError(e, PATH + ".max", 4, 55, "'1m' is less than min '5m'");
  }

  @Test
  void badValue_empirical_pointsAtListEntry() {
    ScenarioException e = loadBaseWith(HANDLE, "{distribution: empirical, values: [1m, 2m, x]}");

    assertError(e, PATH + ".values[2]", 4, 60, "'x' is not a duration");
  }

  @Test
  void emptyList_empirical_isRejected() {
    ScenarioException e = loadBaseWith(HANDLE, "{distribution: empirical, values: []}");

    assertError(e, PATH + ".values", 4, 51, "the list is empty");
  }

  @Test
  void unknownDistribution_inPatience_pointsAtPatience() {
    ScenarioException e = loadBaseWith("    handleTime:", "    patience: {distribution: never}\n    handleTime:");

    assertError(e, "channels.phone.patience.distribution", 4, 30, "unknown distribution 'never'");
  }
}
