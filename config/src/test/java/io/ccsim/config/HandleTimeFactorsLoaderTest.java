package io.ccsim.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ccsim.model.Channel;
import java.util.List;
import org.junit.jupiter.api.Test;

class HandleTimeFactorsLoaderTest {
  static final String SCENARIO = """
      name: Factors
      days: 1
      channels:
        phone:
          handleTime: { distribution: exponential, mean: 180s }
          handleTimeFactors: { start: "07:00", interval: 30m, factors: [0.7, 1.2] }
      arrivals:
        - channel: phone
          rate: 100/h
      agents:
        - group: team
          count: 10
          skills: [phone]
      """;

  @Test
  void handleTimeFactors_bindToTheChannel() {
    Channel phone = ScenarioLoader.load("f.yaml", SCENARIO).channels().get(0);
    assertEquals(List.of(0.7, 1.2), phone.handleTimeFactors().factors());
    assertEquals(1.2, phone.handleTimeFactors().at(7.5 * 3600 + 1), 0);
    assertEquals(180 * 0.7, phone.handleTimeAt(180, 7 * 3600), 1e-12);
  }

  @Test
  void handleTimeFactors_zeroOrPastMidnight_areErrors() {
    Failures.assertError(Failures.loadWith(SCENARIO, "[0.7, 1.2]", "[0.7, 0]"),
        "channels.phone.handleTimeFactors.factors[1]", 6, 72, "is not a factor above 0");
    Failures.assertError(Failures.loadWith(SCENARIO, "start: \"07:00\"", "start: \"23:30\""),
        "channels.phone.handleTimeFactors.factors", 6, 66, "pass midnight");
  }

  @Test
  void patienceFactors_withoutPatience_isAnError() {
    ScenarioException e = Failures.loadWith(SCENARIO, "    handleTimeFactors:", "    patienceFactors:");
    Failures.assertError(e, "channels.phone.patienceFactors", 6, 5, "patience factors need a patience");
    Channel phone = ScenarioLoader.load("f.yaml", SCENARIO.replace("    handleTimeFactors:",
        "    patience: { distribution: exponential, mean: 300s }\n    patienceFactors:")).channels().get(0);
    assertEquals(300 * 1.2, phone.patienceAt(300, 7.5 * 3600), 1e-12);
  }
}
