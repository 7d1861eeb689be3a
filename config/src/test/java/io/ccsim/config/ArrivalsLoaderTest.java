package io.ccsim.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.ccsim.model.ArrivalStream;
import io.ccsim.model.Burst;
import io.ccsim.model.Busyness;
import io.ccsim.model.RateProfile;
import io.ccsim.model.Scenario;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Time-varying arrivals as written in files: each key, and how it reaches the model. */
class ArrivalsLoaderTest {
  static final String RESOURCE = "scenarios/time-varying-arrivals.yaml";
  private static final double HOUR = 3600;

  /** Every arrival key; line numbers are used by {@link ArrivalErrorsTest}. */
  static final String BASE = """
      horizon: 120h
      channels:
        phone:
          handleTime: {distribution: exponential, mean: 3m}
        email:
          kind: deferred
          handleTime: {distribution: exponential, mean: 8m}
      arrivals:
        - channel: phone
          dailyVolume: 2400
          intraday: {start: "08:00", interval: 4h, percent: [20, 30, 30, 20]}
          busyness: {cv: 0.15, shared: true}
          bursts:
            - {at: "11:00", duration: 20m, factor: 3}
        - channel: email
          profile: {start: "08:00", interval: 1h, rates: [30/h, 20/h]}
          initialBacklog: 120
      agents:
        - group: team
          count: 30
          skills: [phone, email]
      """;

  static Scenario load(String yaml) {
    return ScenarioLoader.load("arrivals.yaml", yaml);
  }

  static String base(String from, String to) {
    assertTrue(BASE.contains(from), () -> "BASE has no '" + from + "'");
    return BASE.replace(from, to);
  }

  @Test
  void everyKey_reachesTheModel() {
    List<ArrivalStream> arrivals = load(BASE).arrivals();

    RateProfile phoneProfile = RateProfile.ofDailyVolume(2400, 8 * HOUR, 4 * HOUR, List.of(20.0, 30.0, 30.0, 20.0));
    assertEquals(new ArrivalStream("phone", phoneProfile, new Busyness(0.15, true),
        List.of(Burst.daily(11 * HOUR, 20 * 60, 3)), 0), arrivals.get(0));
    RateProfile emailProfile = new RateProfile(8 * HOUR, HOUR, List.of(30 / HOUR, 20 / HOUR));
    assertEquals(new ArrivalStream("email", emailProfile, Busyness.NONE, List.of(), 120), arrivals.get(1));
  }

  @Test
  void dailyVolume_intraday_givesThatVolumePerDay() {
    RateProfile profile = load(BASE).arrivals().get(0).profile();

    assertEquals(2400, profile.dailyVolume(), 1e-9);
    assertEquals(2400 * 0.3 / (4 * HOUR), profile.rateAt(13 * HOUR), 1e-12);
    assertEquals(0, profile.rateAt(7 * HOUR));
  }

  @Test
  void percentagesWithinHalfAPoint_areScaledToSumTo100() {
    RateProfile profile = load(base("[20, 30, 30, 20]", "[20, 30, 30, 19.6]")).arrivals().get(0).profile();

    assertEquals(2400, profile.dailyVolume(), 1e-9);
  }

  @Test
  void rate_staysAConstantPoissonStream() {
    Scenario s = load(base("profile: {start: \"08:00\", interval: 1h, rates: [30/h, 20/h]}", "rate: 30/h"));

    assertEquals(new ArrivalStream("email", RateProfile.constant(30 / HOUR), Busyness.NONE, List.of(), 120),
        s.arrivals().get(1));
    assertEquals(30 / HOUR, s.arrivals().get(1).ratePerSecond());
  }

  @Test
  void rateWithBusynessAndBursts_isAllowed() {
    Scenario s = load(base("""
            dailyVolume: 2400
            intraday: {start: "08:00", interval: 4h, percent: [20, 30, 30, 20]}
        """, "    rate: 100/h\n"));

    ArrivalStream phone = s.arrivals().get(0);
    assertTrue(phone.profile().isConstant());
    assertFalse(phone.isConstantRate());
    assertEquals(1, phone.bursts().size());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"08:00 | 28800", "8:00 | 28800", "11:00 | 39600", "23:59 | 86340",
      "00:00 | 0", "'\"13:30\"' | 48600"})
  void timesOfDay_quotedOrNot_areSecondsAfterMidnight(String written, double seconds) {
    Scenario s = load(base("profile: {start: \"08:00\"", "profile: {start: " + written));

    assertEquals(seconds, s.arrivals().get(1).profile().startSeconds());
  }

  @Test
  void unquotedBurstTime_isReadAsATimeOfDay() {
    // YAML 1.1 reads 11:00 as the base-60 number 660; the loader takes the text as written.
    Scenario s = load(base("{at: \"11:00\"", "{at: 11:00"));

    assertEquals(11 * HOUR, s.arrivals().get(0).bursts().get(0).atSecondOfDay());
  }

  @Test
  void burstDay_isKept_andOmittedMeansEveryDay() {
    Scenario s = load(base("factor: 3}", "factor: 3}\n      - {at: \"14:00\", duration: 1h, factor: 0.5, day: 2}"));

    List<Burst> bursts = s.arrivals().get(0).bursts();
    assertTrue(bursts.get(0).everyDay());
    assertEquals(new Burst(14 * HOUR, HOUR, 0.5, 2), bursts.get(1));
  }

  @Test
  void busynessShared_defaultsToFalse() {
    Scenario s = load(base("{cv: 0.15, shared: true}", "{cv: 0.15}"));

    assertEquals(new Busyness(0.15, false), s.arrivals().get(0).busyness());
  }

  @Test
  void sharedBusyness_withTheSameCv_onTwoStreams_loads() {
    Scenario s = load(base("initialBacklog: 120", "initialBacklog: 120\n    busyness: {cv: 0.15, shared: true}"));

    assertEquals(s.arrivals().get(0).busyness(), s.arrivals().get(1).busyness());
  }

  @Test
  void backlogZero_onDeferredChannel_loads() {
    assertEquals(0, load(base("initialBacklog: 120", "initialBacklog: 0")).arrivals().get(1).initialBacklog());
  }

  @Test
  void resource_loadsEveryStream() throws IOException {
    Scenario s = ScenarioLoader.load("time-varying-arrivals.yaml", ScenarioLoaderTest.resource(RESOURCE));

    assertEquals(120 * HOUR, s.horizonSeconds());
    assertEquals(2400, s.arrivals().get(0).profile().dailyVolume(), 1e-9);
    assertEquals(new Burst(14 * HOUR, HOUR, 1.5, 2), s.arrivals().get(0).bursts().get(1));
    assertEquals(List.of(100 / HOUR, 120 / HOUR, 150 / HOUR, 150 / HOUR, 120 / HOUR, 100 / HOUR),
        s.arrivals().get(1).profile().ratesPerSecond());
    assertEquals(120, s.arrivals().get(2).initialBacklog());
  }

  @Test
  void resource_asJson_loadsTheSameScenario() throws IOException {
    String yaml = ScenarioLoaderTest.resource(RESOURCE);
    String json = new ObjectMapper().writeValueAsString(new YAMLMapper().readTree(yaml));

    assertEquals(ScenarioLoader.load("a.yaml", yaml), ScenarioLoader.load("a.json", json));
  }
}
