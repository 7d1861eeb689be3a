package io.ccsim.config;

import static io.ccsim.config.Failures.assertError;
import static io.ccsim.config.Failures.loadWith;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Errors in the keys of a real day (days, interval, businessHours, serviceLevel.clock, shrinkage,
 * shifts and breaks). Each test changes one text of DAY, a valid scenario whose line numbers are
 * shown in the comments, and checks the path and the line:column of the offending value or key.
 */
class RealDayErrorsTest {
  /**
   * Lines: 1 days, 2 interval, 5 phone businessHours, 9 email businessHours, 10 email serviceLevel,
   * 16 group team, 18 shrinkage, 20 shifts[0], 21-26 shifts[1] (25 breaks[0], 26 breaks[1]),
   * 27 group night, 28 count, 31 the night shift 22:00-06:00.
   */
  static final String DAY = """
      days: 5
      interval: 30m
      channels:
        phone:
          businessHours: {open: "08:00", close: "20:00"}
          handleTime: {distribution: exponential, mean: 3m}
        email:
          kind: deferred
          businessHours: {open: "08:00", close: "20:00"}
          serviceLevel: {threshold: 8h, target: 0.9, clock: business}
          handleTime: {distribution: exponential, mean: 8m}
      arrivals:
        - {channel: phone, rate: 100/h}
        - {channel: email, rate: 20/h}
      agents:
        - group: team
          skills: [phone, email]
          shrinkage: 10%
          shifts:
            - {start: "08:00", end: "16:00", count: 10, breaks: [{at: "12:00", duration: 30m}]}
            - start: "12:00"
              end: "20:00"
              count: 8
              breaks:
                - {window: ["15:00", "17:00"], duration: 30m}
                - {at: "18:00", duration: 15m}
        - group: night
          count: 2
          skills: [email]
          shifts:
            - {start: "22:00", end: "06:00", count: 2, breaks: [{window: ["01:00", "02:30"], duration: 30m}]}
      """;

  /** The last two lines of DAY: the night group's shifts. */
  static final String NIGHT_SHIFTS = "    shifts:\n      - {start: \"22:00\", end: \"06:00\", count: 2, "
      + "breaks: [{window: [\"01:00\", \"02:30\"], duration: 30m}]}\n";

  static ScenarioException loadDayWith(String from, String to) {
    return loadWith(DAY, from, to);
  }

  @Test
  void dayBase_asWritten_loads() {
    assertDoesNotThrow(() -> ScenarioLoader.load("day.yaml", DAY));
  }

  @Test
  void reservationAboveHeadCount_withShifts_theHeadCountIsTheSumOfTheShifts() {
    // lines 32-33, after the night shift; email: team 10 + 8 in shifts, night 2
    ScenarioException e = loadDayWith(NIGHT_SHIFTS,
        NIGHT_SHIFTS + "routing:\n  reservations: [{channel: email, minIdleAgents: 21}]\n");

    assertError(e, "routing.reservations[0].minIdleAgents", 33, 50, "'21' is more than the 20 agents skilled for email",
        "allowed: at most 20 (groups team, night)");
  }

  @Test
  void reservationAtHeadCount_withShifts_loadsThoughFewerAreLoggedInAtOnce() {
    // At most 18 agents are logged in at once (12:00-16:00); the bound is the head count, 20.
    assertDoesNotThrow(() -> ScenarioLoader.load("day.yaml",
        DAY + "routing:\n  reservations: [{channel: email, minIdleAgents: 20}]\n"));
  }

  // ---------------------------------------------------------------- days and horizon

  @ParameterizedTest
  @ValueSource(strings = {"0", "-1"})
  void daysBelowOne_pointsAtValue(String days) {
    ScenarioException e = loadDayWith("days: 5", "days: " + days);

    assertError(e, "days", 1, 7, "must be at least 1, got " + days, "allowed: a whole number of days >= 1");
  }

  @Test
  void daysFraction_isNotAWholeNumber() {
    ScenarioException e = loadDayWith("days: 5", "days: 2.5");

    assertError(e, "days", 1, 7, "'2.5' is not a whole number");
  }

  @Test
  void daysAndHorizonDisagree_pointsAtHorizon() {
    // line 2: "horizon: 100h"
    ScenarioException e = loadDayWith("days: 5\n", "days: 5\nhorizon: 100h\n");

    assertError(e, "horizon", 2, 10, "'100h' disagrees with days: 5 (120h)",
        "allowed: omit horizon, or 120h as days says");
  }

  @Test
  void daysNotLongerThanWarmup_pointsAtDays() {
    ScenarioException e = loadDayWith("days: 5\n", "warmup: 5d\ndays: 5\n");

    assertError(e, "days", 2, 7, "days: 5 (120h) is not longer than warmup '5d'",
        "allowed: more days, or a shorter warmup");
  }

  @Test
  void neitherDaysNorHorizon_horizonIsRequired() {
    ScenarioException e = loadDayWith("days: 5\n", "");

    assertError(e, "horizon", 1, 1, "required but missing", "or days: N for N × 24h");
  }

  // ---------------------------------------------------------------- interval

  @ParameterizedTest
  @ValueSource(strings = {"0", "0s"})
  void intervalZero_pointsAtValue(String interval) {
    ScenarioException e = loadDayWith("interval: 30m", "interval: " + interval);

    assertError(e, "interval", 2, 11, "'" + interval + "' is not longer than 0",
        "omit interval for no interval reports");
  }

  @Test
  void intervalTooShortForTheHorizon_saysHowManyAndTheShortestAllowed() {
    // 5 days of 1s intervals: 432000 intervals.
    ScenarioException e = loadDayWith("interval: 30m", "interval: 1s");

    assertError(e, "interval", 2, 11, "'1s' cuts the horizon of 120h into 432000 intervals, more than 100000",
        "allowed: an interval of at least 4.32s");
  }

  @Test
  void intervalNotADuration_pointsAtValue() {
    ScenarioException e = loadDayWith("interval: 30m", "interval: half-hourly");

    assertError(e, "interval", 2, 11, "'half-hourly' is not a duration");
  }

  // ---------------------------------------------------------------- business hours and clock

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"8am|27", "25:00|27", "8:00 am|27", "''|27"})
  void badOpenTime_pointsAtValue(String open, int column) {
    // line 5: "    businessHours: {open: "8am", close: "20:00"}"
    ScenarioException e = loadDayWith("{open: \"08:00\", close: \"20:00\"}",
        "{open: \"" + open + "\", close: \"20:00\"}");

    assertError(e, "channels.phone.businessHours.open", 5, column, "'" + open + "' is not a time of day",
        "allowed: a time of day \"HH:MM\" from \"00:00\" to \"23:59\"");
  }

  @Test
  void openAtTwentyFour_cannotStartAnything() {
    ScenarioException e = loadDayWith("{open: \"08:00\", close: \"20:00\"}", "{open: \"24:00\", close: \"20:00\"}");

    assertError(e, "channels.phone.businessHours.open", 5, 27, "'24:00' is the end of the day");
  }

  @Test
  void badCloseTime_pointsAtValue() {
    ScenarioException e = loadDayWith("close: \"20:00\"}", "close: \"24:30\"}");

    assertError(e, "channels.phone.businessHours.close", 5, 43, "'24:30' is not a time of day",
        "allowed: a time of day \"HH:MM\" from \"00:00\" to \"24:00\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {"08:00", "07:00", "00:00"})
  void closeNotAfterOpen_pointsAtClose(String close) {
    ScenarioException e = loadDayWith("close: \"20:00\"}", "close: \"" + close + "\"}");

    assertError(e, "channels.phone.businessHours.close", 5, 43,
        "close '" + close + "' is not after open '08:00'",
        "allowed: a close after open on the same day, up to \"24:00\" (business hours do not pass midnight)");
  }

  @Test
  void closeMissing_pointsAtBusinessHours() {
    ScenarioException e = loadDayWith("{open: \"08:00\", close: \"20:00\"}", "{open: \"08:00\"}");

    // A missing key is reported at the mapping that lacks it: line 5 "    businessHours: {open: "08:00"}".
    assertError(e, "channels.phone.businessHours.close", 5, 5, "required but missing");
  }

  @Test
  void unknownBusinessHoursKey_listsOpenAndClose() {
    ScenarioException e = loadDayWith("{open: \"08:00\", close", "{opens: \"08:00\", close");

    assertError(e, "channels.phone.businessHours.opens", 5, 21, "unknown key 'opens' (did you mean 'open'?)",
        "allowed: open, close");
  }

  @Test
  void businessClockWithoutBusinessHours_pointsAtClock() {
    // line 9 (email's businessHours) removed: line 9 is now the serviceLevel with clock: business.
    ScenarioException e = loadDayWith("    kind: deferred\n    businessHours: {open: \"08:00\", close: \"20:00\"}\n",
        "    kind: deferred\n");

    assertError(e, "channels.email.serviceLevel.clock", 9, 55,
        "clock: business counts only open hours, but channel 'email' has no businessHours",
        "allowed: businessHours: {open: \"08:00\", close: \"20:00\"} on the channel, or clock: calendar");
  }

  @Test
  void unknownClock_pointsAtValueAndSuggests() {
    ScenarioException e = loadDayWith("clock: business", "clock: busines");

    assertError(e, "channels.email.serviceLevel.clock", 10, 55,
        "unknown service-level clock 'busines' (did you mean 'business'?)", "allowed: calendar, business");
  }

  // ---------------------------------------------------------------- shrinkage

  @ParameterizedTest
  @ValueSource(strings = {"100%", "1", "1.5", "-0.1", "-5%"})
  void shrinkageOutsideZeroToOne_pointsAtValue(String shrinkage) {
    // line 18: "    shrinkage: 100%"
    ScenarioException e = loadDayWith("shrinkage: 10%", "shrinkage: " + shrinkage);

    assertError(e, "agents[0].shrinkage", 18, 16, "'" + shrinkage + "' is outside [0, 1)",
        "allowed: a fraction from 0 to below 1 such as 0.10, or a percentage below 100% such as 10%");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2.5", "-0.1"})
  void staffingElasticityOutsideZeroToTwo_pointsAtValue(String elasticity) {
    // line 18: "    staffingElasticity: 2.5" in place of the shrinkage
    ScenarioException e = loadDayWith("shrinkage: 10%", "staffingElasticity: " + elasticity);

    assertError(e, "agents[0].staffingElasticity", 18, 25, "'" + elasticity + "' is outside [0, 2]",
        "allowed: a number from 0 to 2 such as 0.4");
  }

  @Test
  void staffingElasticityWithoutShifts_pointsAtKey() {
    ScenarioException e = loadDayWith(NIGHT_SHIFTS, "    staffingElasticity: 0.4\n");

    assertTrue(e.getMessage().contains("agents[1].staffingElasticity: staffingElasticity applies to scheduled agents"),
        e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"lots", "10 percent", "ten%", "true"})
  void shrinkageNotANumber_pointsAtValue(String shrinkage) {
    ScenarioException e = loadDayWith("shrinkage: 10%", "shrinkage: " + shrinkage);

    assertError(e, "agents[0].shrinkage", 18, 16, "'" + shrinkage + "' is not a fraction or a percentage",
        "allowed: a fraction such as 0.10 or a percentage such as 10%");
  }

  @Test
  void shrinkageAsList_isNotAFraction() {
    ScenarioException e = loadDayWith("shrinkage: 10%", "shrinkage: [10%]");

    assertError(e, "agents[0].shrinkage", 18, 16, "a list is not a fraction or a percentage",
        "allowed: a fraction such as 0.10 or a percentage such as 10%");
  }

  @Test
  void shrinkageWithoutShifts_pointsAtKey() {
    // line 30 of DAY (night's shifts) removed and shrinkage added: line 30 "    shrinkage: 0.05".
    ScenarioException e = loadDayWith(NIGHT_SHIFTS, "    shrinkage: 0.05\n");

    assertError(e, "agents[1].shrinkage", 30, 5,
        "shrinkage applies to scheduled agents, and this group has no shifts",
        "allowed: omit shrinkage, or give shifts");
  }

  // ---------------------------------------------------------------- shifts and count

  @ParameterizedTest
  @ValueSource(strings = {"0", "-2"})
  void shiftCountBelowOne_pointsAtValue(String count) {
    // line 20: "      - {start: "08:00", end: "16:00", count: 0, ...}"
    ScenarioException e = loadDayWith("count: 10,", "count: " + count + ",");

    assertError(e, "agents[0].shifts[0].count", 20, 47, "must be at least 1, got " + count,
        "allowed: a whole number >= 1 of agents on this shift");
  }

  @Test
  void shiftCountMissing_pointsAtShift() {
    ScenarioException e = loadDayWith("\n        count: 8\n", "\n");

    assertError(e, "agents[0].shifts[1].count", 21, 9, "required but missing");
  }

  @Test
  void countNotTheSumOfShifts_pointsAtCount() {
    // line 28: "    count: 3" with one shift of 2
    ScenarioException e = loadDayWith("count: 2\n", "count: 3\n");

    assertError(e, "agents[1].count", 28, 12, "count 3 is not the sum of the counts under agents[1].shifts (2)",
        "allowed: 2, or omit count");
  }

  @Test
  void countMissingWithoutShifts_isRequired() {
    // the night group without count and shifts: line 27 "  - group: night" lacks count
    ScenarioException e = loadDayWith("    count: 2\n    skills: [email]\n" + NIGHT_SHIFTS, "    skills: [email]\n");

    assertError(e, "agents[1].count", 27, 5, "required but missing", "allowed: a whole number >= 1, or shifts");
  }

  @Test
  void emptyShiftList_pointsAtList() {
    ScenarioException e = loadDayWith(NIGHT_SHIFTS, "    shifts: []\n");

    assertError(e, "agents[1].shifts", 30, 13, "needs at least one shift");
  }

  @ParameterizedTest
  @ValueSource(strings = {"8", "08:60", "noon"})
  void badShiftStart_pointsAtValue(String start) {
    ScenarioException e = loadDayWith("{start: \"08:00\", end: \"16:00\"", "{start: \"" + start + "\", end: \"16:00\"");

    assertError(e, "agents[0].shifts[0].start", 20, 17, "'" + start + "' is not a time of day");
  }

  @Test
  void badShiftEnd_pointsAtValue() {
    // line 22: "        end: "20:61""
    ScenarioException e = loadDayWith("end: \"20:00\"\n", "end: \"20:61\"\n");

    assertError(e, "agents[0].shifts[1].end", 22, 14, "'20:61' is not a time of day",
        "from \"00:00\" to \"24:00\"");
  }

  @Test
  void shiftEndAtItsStart_isAnError() {
    ScenarioException e = loadDayWith("end: \"20:00\"\n", "end: \"12:00\"\n");

    assertError(e, "agents[0].shifts[1].end", 22, 14, "end '12:00' is the same time as start '12:00'",
        "allowed: a time after the start, or before it for a shift that passes midnight (such as 22:00-06:00)");
  }

  @Test
  void unknownShiftKey_listsShiftKeys() {
    ScenarioException e = loadDayWith("\n        count: 8\n", "\n        cuont: 8\n");

    assertError(e, "agents[0].shifts[1].cuont", 23, 9, "unknown key 'cuont' (did you mean 'count'?)",
        "allowed: start, end, count, breaks");
  }

  // ---------------------------------------------------------------- breaks

  @Test
  void fixedBreakEndingAfterItsShift_pointsAtAt() {
    // line 20: the 08:00-16:00 shift with a break at 15:45 for 30m
    ScenarioException e = loadDayWith("{at: \"12:00\", duration: 30m}", "{at: \"15:45\", duration: 30m}");

    assertError(e, "agents[0].shifts[0].breaks[0].at", 20, 65,
        "the break at '15:45' for 30m does not lie within its shift 08:00-16:00",
        "allowed: a break that starts at or after 08:00 and ends by 16:00");
  }

  @Test
  void fixedBreakBeforeItsShift_pointsAtAt() {
    ScenarioException e = loadDayWith("{at: \"12:00\", duration: 30m}", "{at: \"07:30\", duration: 30m}");

    assertError(e, "agents[0].shifts[0].breaks[0].at", 20, 65,
        "the break at '07:30' for 30m does not lie within its shift 08:00-16:00");
  }

  @Test
  void breakWindowPastItsShift_pointsAtWindow() {
    // line 25: "          - {window: ["15:00", "19:45"], duration: 30m}" in the 12:00-20:00 shift
    ScenarioException e = loadDayWith("[\"15:00\", \"17:00\"]", "[\"15:00\", \"19:45\"]");

    assertError(e, "agents[0].shifts[1].breaks[0].window", 25, 22,
        "the break window '15:00'-'19:45' for 30m does not lie within its shift 12:00-20:00",
        "allowed: a break that starts at or after 12:00 and ends by 20:00 (the latest start plus the duration)");
  }

  @Test
  void breakInNightShift_beforeItsStart_liesOutside() {
    // line 31: the 22:00-06:00 shift; 21:30 is not within it (in this shift it would be the next evening)
    ScenarioException e =
        loadDayWith("{window: [\"01:00\", \"02:30\"], duration: 30m}", "{at: \"21:30\", duration: 30m}");

    assertError(e, "agents[1].shifts[0].breaks[0].at", 31, 64,
        "the break at '21:30' for 30m does not lie within its shift 22:00-06:00",
        "allowed: a break that starts at or after 22:00 and ends by 06:00");
  }

  @Test
  void breakWindowInNightShift_fromBeforeItsStart_isLatestBeforeEarliest() {
    ScenarioException e = loadDayWith("[\"01:00\", \"02:30\"]", "[\"21:00\", \"02:30\"]");

    assertError(e, "agents[1].shifts[0].breaks[0].window[1]", 31, 78, "latest '02:30' is before earliest '21:00'");
  }

  @Test
  void breakInNightShift_endingAfterItsEnd_liesOutside() {
    ScenarioException e = loadDayWith("[\"01:00\", \"02:30\"]", "[\"01:00\", \"05:45\"]");

    assertError(e, "agents[1].shifts[0].breaks[0].window", 31, 68,
        "the break window '01:00'-'05:45' for 30m does not lie within its shift 22:00-06:00");
  }

  @Test
  void breakWindowLatestBeforeEarliest_pointsAtLatest() {
    ScenarioException e = loadDayWith("[\"15:00\", \"17:00\"]", "[\"17:00\", \"15:00\"]");

    assertError(e, "agents[0].shifts[1].breaks[0].window[1]", 25, 32, "latest '15:00' is before earliest '17:00'",
        "allowed: [earliest, latest]: two times of day");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"[\"15:00\"]|1 time,", "[\"15:00\", \"16:00\", \"17:00\"]|3 times,",
      "[]|0 times,"})
  void breakWindowNotTwoTimes_pointsAtWindow(String window, String count) {
    ScenarioException e = loadDayWith("[\"15:00\", \"17:00\"]", window);

    assertError(e, "agents[0].shifts[1].breaks[0].window", 25, 22, "a window has " + count + " not 2");
  }

  @Test
  void badBreakTime_pointsAtValue() {
    ScenarioException e = loadDayWith("{at: \"18:00\", duration: 15m}", "{at: \"6pm\", duration: 15m}");

    assertError(e, "agents[0].shifts[1].breaks[1].at", 26, 18, "'6pm' is not a time of day");
  }

  @Test
  void breakWithBothAtAndWindow_pointsAtWindowKey() {
    ScenarioException e = loadDayWith("{window: [\"15:00\", \"17:00\"], duration: 30m}",
        "{at: \"15:00\", window: [\"15:00\", \"17:00\"], duration: 30m}");

    assertError(e, "agents[0].shifts[1].breaks[0].window", 25, 27,
        "a break has either at (a fixed start) or window (a range of starts), and this one already has at",
        "allowed: at or window, not both");
  }

  @Test
  void breakWithNeitherAtNorWindow_pointsAtBreak() {
    ScenarioException e = loadDayWith("{at: \"18:00\", duration: 15m}", "{duration: 15m}");

    assertError(e, "agents[0].shifts[1].breaks[1]", 26, 13,
        "a break needs at (a fixed start) or window (a range of starts)",
        "allowed: a mapping such as {at: \"12:00\", duration: 30m}");
  }

  @Test
  void breakDurationZero_pointsAtValue() {
    ScenarioException e = loadDayWith("{at: \"18:00\", duration: 15m}", "{at: \"18:00\", duration: 0s}");

    assertError(e, "agents[0].shifts[1].breaks[1].duration", 26, 37, "'0s' is not longer than 0");
  }

  @Test
  void breakDurationMissing_pointsAtBreak() {
    ScenarioException e = loadDayWith("{at: \"18:00\", duration: 15m}", "{at: \"18:00\"}");

    assertError(e, "agents[0].shifts[1].breaks[1].duration", 26, 13, "required but missing");
  }

  @Test
  void unknownBreakKey_listsBreakKeys() {
    ScenarioException e = loadDayWith("{at: \"18:00\", duration: 15m}", "{at: \"18:00\", length: 15m}");

    assertError(e, "agents[0].shifts[1].breaks[1].length", 26, 27, "unknown key 'length'",
        "allowed: at, window, duration");
  }
}
