package io.ccsim.config;

import static io.ccsim.config.ArrivalsLoaderTest.base;
import static io.ccsim.config.Failures.assertError;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Errors in time-varying arrivals, each located at the value or key at fault. The lines of
 * {@link ArrivalsLoaderTest#BASE}: 9 "- channel: phone", 10 dailyVolume, 11 intraday, 12 busyness,
 * 14 the burst, 15 "- channel: email", 16 profile, 17 initialBacklog.
 */
class ArrivalErrorsTest {
  private static ScenarioException load(String yaml) {
    return Failures.load("bad.yaml", yaml);
  }

  @Test
  void percentagesNotSummingTo100_pointAtTheList() {
    ScenarioException e = load(base("[20, 30, 30, 20]", "[20, 30, 30, 17]"));

    assertError(e, "arrivals[0].intraday.percent", 11, 55, "the percentages sum to 97, not 100",
        "allowed: percentages >= 0, one per interval, that sum to 100 (±0.5)");
  }

  @Test
  void negativePercentage_pointsAtIt() {
    ScenarioException e = load(base("[20, 30, 30, 20]", "[20, 30, -30, 80]"));

    assertError(e, "arrivals[0].intraday.percent[2]", 11, 64, "'-30' is not a percentage >= 0");
  }

  @Test
  void negativeRateInProfile_pointsAtIt() {
    ScenarioException e = load(base("[30/h, 20/h]", "[30/h, -20/h]"));

    assertError(e, "arrivals[1].profile.rates[1]", 16, 59, "'-20/h' is not a rate");
  }

  @Test
  void profileOfZeros_pointsAtTheRates() {
    ScenarioException e = load(base("[30/h, 20/h]", "[0/h, 0]"));

    assertError(e, "arrivals[1].profile.rates", 16, 52, "every rate is 0", "allowed: at least one rate above 0");
  }

  @Test
  void profileLongerThanADay_pointsAtTheRates() {
    ScenarioException e = load(base("interval: 1h, rates", "interval: 13h, rates"));

    assertError(e, "arrivals[1].profile.rates", 16, 53, "2 intervals of 13h span more than 24 hours",
        "allowed: one to 1 value, one per interval of 13h (the profile repeats every 24 hours)");
  }

  @Test
  void emptyPercentList_saysHowManyValues() {
    ScenarioException e = load(base("[20, 30, 30, 20]", "[]"));

    assertError(e, "arrivals[0].intraday.percent", 11, 55, "the list is empty",
        "allowed: one to 6 values, one per interval of 4h");
  }

  @Test
  void zeroInterval_pointsAtIt() {
    ScenarioException e = load(base("interval: 1h, rates", "interval: 0, rates"));

    assertError(e, "arrivals[1].profile.interval", 16, 41, "'0' is not longer than 0");
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"25:00\"", "\"8:60\"", "\"8h\"", "\"0800\"", "\"\"", "25:00", "8"})
  void badTimeOfDay_pointsAtIt(String written) {
    ScenarioException e = load(base("profile: {start: \"08:00\"", "profile: {start: " + written));

    assertError(e, "arrivals[1].profile.start", 16, 22, "is not a time of day",
        "allowed: a time of day from \"00:00\" to \"23:59\" (HH:MM; quote it in YAML)");
  }

  @Test
  void badBurstTime_pointsAtIt() {
    ScenarioException e = load(base("{at: \"11:00\"", "{at: \"24:00\""));

    assertError(e, "arrivals[0].bursts[0].at", 14, 14, "'24:00' is not a time of day");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-1"})
  void nonPositiveBurstFactor_pointsAtIt(String factor) {
    ScenarioException e = load(base("factor: 3}", "factor: " + factor + "}"));

    assertError(e, "arrivals[0].bursts[0].factor", 14, 46, "'" + factor + "' is not a positive factor",
        "allowed: a factor above 0 on the rate");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "25h"})
  void burstDurationOutOfRange_pointsAtIt(String duration) {
    ScenarioException e = load(base("duration: 20m", "duration: " + duration));

    assertError(e, "arrivals[0].bursts[0].duration", 14, 33, "'" + duration + "' is not above 0 and at most 24h");
  }

  @Test
  void burstDayZero_saysAtLeastOne() {
    ScenarioException e = load(base("factor: 3}", "factor: 3, day: 0}"));

    assertError(e, "arrivals[0].bursts[0].day", 14, 54, "must be at least 1, got 0", "allowed: a day from 1 to 5");
  }

  @Test
  void burstDayAfterTheHorizon_pointsAtIt() {
    ScenarioException e = load(base("factor: 3}", "factor: 3, day: 6}"));

    assertError(e, "arrivals[0].bursts[0].day", 14, 54, "day 6 is after the horizon",
        "the horizon ends on day 5");
  }

  @Test
  void misspeltBurstKey_suggestsTheKey() {
    ScenarioException e = load(base("factor: 3}", "facter: 3}"));

    assertError(e, "arrivals[0].bursts[0].facter", 14, 38, "unknown key 'facter' (did you mean 'factor'?)",
        "allowed: at, duration, factor, day");
  }

  @Test
  void negativeCv_pointsAtIt() {
    ScenarioException e = load(base("cv: 0.15", "cv: -0.1"));

    assertError(e, "arrivals[0].busyness.cv", 12, 20, "'-0.1' is not a cv >= 0");
  }

  @Test
  void busynessWithoutCv_isMissingCv() {
    ScenarioException e = load(base("{cv: 0.15, shared: true}", "{shared: true}"));

    assertError(e, "arrivals[0].busyness.cv", 12, 5, "required but missing");
  }

  @Test
  void sharedBusynessWithAnotherCv_pointsAtTheSecond() {
    ScenarioException e = load(base("initialBacklog: 120", "initialBacklog: 120\n    busyness: {cv: 0.3, shared: true}"));

    assertError(e, "arrivals[1].busyness.cv", 18, 20, "arrivals[0].busyness.cv gives it cv 0.15",
        "allowed: cv 0.15 as there, or shared: false");
  }

  @Test
  void backlogOnLiveChannel_pointsAtTheKey() {
    ScenarioException e = load(base("    busyness: {cv", "    initialBacklog: 5\n    busyness: {cv"));

    assertError(e, "arrivals[0].initialBacklog", 12, 5, "an initial backlog needs a deferred channel, and 'phone' is live",
        "allowed: omit initialBacklog, or kind: deferred under channels.phone");
  }

  @Test
  void negativeBacklog_saysAtLeastZero() {
    ScenarioException e = load(base("initialBacklog: 120", "initialBacklog: -1"));

    assertError(e, "arrivals[1].initialBacklog", 17, 21, "must be at least 0, got -1");
  }

  @Test
  void rateAndProfile_pointsAtTheSecondForm() {
    ScenarioException e = load(base("  - channel: email\n", "  - channel: email\n    rate: 30/h\n"));

    assertError(e, "arrivals[1].profile", 17, 5, "the rate is given twice: this entry already has rate",
        "allowed: exactly one of rate (such as 200/h), profile, or dailyVolume with intraday");
  }

  @Test
  void rateAndDailyVolume_pointsAtDailyVolume() {
    ScenarioException e = load(base("  - channel: phone\n", "  - channel: phone\n    rate: 30/h\n"));

    assertError(e, "arrivals[0].dailyVolume", 11, 5, "this entry already has rate");
  }

  @Test
  void profileAndIntraday_pointsAtIntraday() {
    ScenarioException e = load(base("    dailyVolume: 2400\n",
        "    profile: {start: \"08:00\", interval: 1h, rates: [1/h]}\n"));

    assertError(e, "arrivals[0].intraday", 11, 5, "this entry already has profile");
  }

  @Test
  void dailyVolumeWithoutIntraday_pointsAtDailyVolume() {
    ScenarioException e = load(base("    intraday: {start: \"08:00\", interval: 4h, percent: [20, 30, 30, 20]}\n", ""));

    assertError(e, "arrivals[0].dailyVolume", 10, 5, "dailyVolume needs intraday");
  }

  @Test
  void intradayWithoutDailyVolume_pointsAtIntraday() {
    ScenarioException e = load(base("    dailyVolume: 2400\n", ""));

    assertError(e, "arrivals[0].intraday", 10, 5, "intraday needs dailyVolume");
  }

  @Test
  void noRateAtAll_isMissingRate() {
    ScenarioException e = load(base(
        "    dailyVolume: 2400\n    intraday: {start: \"08:00\", interval: 4h, percent: [20, 30, 30, 20]}\n", ""));

    assertError(e, "arrivals[0].rate", 9, 5, "required but missing",
        "allowed: exactly one of rate (such as 200/h), profile, or dailyVolume with intraday");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-5"})
  void nonPositiveDailyVolume_pointsAtIt(String volume) {
    ScenarioException e = load(base("dailyVolume: 2400", "dailyVolume: " + volume));

    assertError(e, "arrivals[0].dailyVolume", 10, 18, "'" + volume + "' is not a volume above 0");
  }

  @Test
  void misspeltArrivalKey_listsEveryArrivalKey() {
    ScenarioException e = load(base("initialBacklog: 120", "initalBacklog: 120"));

    assertError(e, "arrivals[1].initalBacklog", 17, 5, "unknown key 'initalBacklog' (did you mean 'initialBacklog'?)",
        "allowed: channel, rate, profile, dailyVolume, intraday, busyness, bursts, initialBacklog");
  }
}
