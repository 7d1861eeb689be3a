package io.ccsim.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.ccsim.distribution.Exponential;
import io.ccsim.distribution.Lognormal;
import io.ccsim.model.AgentCapacity;
import io.ccsim.model.AgentGroup;
import io.ccsim.model.BreakRule;
import io.ccsim.model.BusinessHours;
import io.ccsim.model.Channel;
import io.ccsim.model.ChannelKind;
import io.ccsim.model.Scenario;
import io.ccsim.model.ServiceLevelDefinition;
import io.ccsim.model.ServiceLevelGoal;
import io.ccsim.model.Shift;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The keys of a real day (days, interval, businessHours, serviceLevel.clock, shrinkage, shifts): the
 * example loads to the expected model, every key is read in each of its forms, and omitting them keeps
 * today's behaviour.
 */
class RealDayLoaderTest {
  static final String EXAMPLE = "scenarios/real-day.yaml";
  static final String MINIMAL = ScenarioLoaderTest.MINIMAL;
  static final double H = 3600;
  static final double DAY = 24 * H;

  static Scenario example() throws IOException {
    return ScenarioLoader.load("real-day.yaml", ScenarioLoaderTest.resource(EXAMPLE));
  }

  static Scenario load(String yaml) {
    return ScenarioLoader.load("day.yaml", yaml);
  }

  /** MINIMAL with its single group given {@code lines} (each indented as a group key) instead of count. */
  static AgentGroup group(String lines) {
    return load(MINIMAL.replace("    count: 5\n", lines)).groups().get(0);
  }

  @Test
  void example_topLevel_hasDaysAndInterval() throws IOException {
    Scenario s = example();

    assertEquals("A real day", s.name());
    assertEquals(11, s.seed());
    assertEquals(5, s.replications());
    assertEquals(0, s.warmupSeconds());
    assertEquals(5 * DAY, s.horizonSeconds());
    assertEquals(30 * 60, s.intervalSeconds());
  }

  @Test
  void example_channels_haveBusinessHoursAndClock() throws IOException {
    Scenario s = example();

    BusinessHours eightToEight = new BusinessHours(8 * H, 20 * H);
    assertEquals(List.of(
        new Channel("phone", new ServiceLevelGoal(20, 0.80, ServiceLevelDefinition.ANSWERED_OF_OFFERED),
            new Lognormal(240, 0.9), new Exponential(180), Channel.UNLIMITED_QUEUE, ChannelKind.LIVE, null, 0,
            List.of(), eightToEight, false),
        new Channel("email", new ServiceLevelGoal(8 * H, 0.90, ServiceLevelDefinition.ANSWERED_OF_OFFERED),
            new Lognormal(480, 0.8), null, Channel.UNLIMITED_QUEUE, ChannelKind.DEFERRED, null, 0, List.of(),
            eightToEight, true)),
        s.channels());
  }

  @Test
  void example_groups_haveShiftsBreaksAndShrinkage() throws IOException {
    Scenario s = example();

    assertEquals(List.of(
        new AgentGroup("phone-team", 18, List.of("phone", "email"), Map.of(), AgentCapacity.SINGLE, List.of(
            new Shift(8 * H, 16 * H, 10, List.of(new BreakRule(12 * H, 12 * H, 30 * 60))),
            new Shift(12 * H, 20 * H, 8, List.of(new BreakRule(15 * H, 17 * H, 30 * 60),
                new BreakRule(18 * H, 18 * H, 15 * 60)))),
            0.10),
        new AgentGroup("night-desk", 2, List.of("email"), Map.of(), AgentCapacity.SINGLE, List.of(
            // 22:00-06:00 passes midnight: it ends at 30h, and its break window 01:00-02:30 is at 25h-26.5h.
            new Shift(22 * H, 30 * H, 2, List.of(new BreakRule(25 * H, 26.5 * H, 30 * 60)))),
            0.05)),
        s.groups());
  }

  @Test
  void example_convertedToJson_loadsTheSameScenario() throws IOException {
    String yaml = ScenarioLoaderTest.resource(EXAMPLE);
    String json = new ObjectMapper().writeValueAsString(new YAMLMapper().readTree(yaml));

    assertEquals(ScenarioLoader.load("a.yaml", yaml), ScenarioLoader.load("a.json", json));
  }

  @Test
  void minimalFile_newKeysOmitted_keepTodaysBehaviour() {
    Scenario s = load(MINIMAL);

    assertEquals(8 * H, s.horizonSeconds());
    assertEquals(0, s.intervalSeconds());
    Channel phone = s.channels().get(0);
    assertNull(phone.businessHours());
    assertFalse(phone.targetInBusinessHours());
    AgentGroup team = s.groups().get(0);
    assertEquals(List.of(), team.shifts());
    assertEquals(0, team.shrinkage());
    assertEquals(new AgentGroup("team", 5, List.of("phone")), team);
  }

  // ---------------------------------------------------------------- days, horizon, interval

  @Test
  void days_withoutHorizon_isDaysTimes24h() {
    Scenario s = load(MINIMAL.replace("horizon: 8h", "days: 3"));

    assertEquals(3 * DAY, s.horizonSeconds());
  }

  @ParameterizedTest
  @CsvSource({"72h", "3d", "259200", "4320m"})
  void daysAndHorizon_agreeing_areAccepted(String horizon) {
    Scenario s = load(MINIMAL.replace("horizon: 8h", "days: 3\nhorizon: " + horizon));

    assertEquals(3 * DAY, s.horizonSeconds());
  }

  @Test
  void days_withWarmup_countsFromTimeZero() {
    Scenario s = load(MINIMAL.replace("horizon: 8h", "warmup: 1d\ndays: 2"));

    assertEquals(DAY, s.warmupSeconds());
    assertEquals(2 * DAY, s.horizonSeconds());
  }

  @ParameterizedTest
  @CsvSource({"30m, 1800", "15m, 900", "1h, 3600", "7, 7", "3h, 10800"})
  void interval_isRead(String interval, double seconds) {
    Scenario s = load(MINIMAL.replace("horizon: 8h", "horizon: 8h\ninterval: " + interval));

    assertEquals(seconds, s.intervalSeconds());
  }

  @Test
  void interval_atTheLimitOf100000Intervals_isAccepted() {
    // 100000 intervals of 1s fill a horizon of 100000s exactly.
    Scenario s = load(MINIMAL.replace("horizon: 8h", "horizon: 100000\ninterval: 1s"));

    assertEquals(1, s.intervalSeconds());
  }

  // ---------------------------------------------------------------- business hours and clock

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"\"08:00\"|\"20:00\"|28800|72000", "\"00:00\"|\"24:00\"|0|86400",
      "8:30|17:45|30600|63900", "\"07:00:30\"|\"07:01\"|25230|25260"})
  void businessHours_areRead(String open, String close, double openSeconds, double closeSeconds) {
    Scenario s = load(MINIMAL.replace("    handleTime:",
        "    businessHours: {open: " + open + ", close: " + close + "}\n    handleTime:"));

    assertEquals(new BusinessHours(openSeconds, closeSeconds), s.channels().get(0).businessHours());
  }

  @ParameterizedTest
  @CsvSource({"calendar, false", "business, true"})
  void serviceLevelClock_isRead(String clock, boolean inBusinessHours) {
    Scenario s = load(MINIMAL.replace("    handleTime:", "    businessHours: {open: \"08:00\", close: \"20:00\"}\n"
        + "    serviceLevel: {threshold: 8h, clock: " + clock + "}\n    handleTime:"));

    assertEquals(inBusinessHours, s.channels().get(0).targetInBusinessHours());
    assertEquals(8 * H, s.channels().get(0).serviceLevel().thresholdSeconds());
  }

  @Test
  void calendarClock_withoutBusinessHours_isAccepted() {
    Scenario s = load(MINIMAL.replace("    handleTime:", "    serviceLevel: {clock: calendar}\n    handleTime:"));

    assertFalse(s.channels().get(0).targetInBusinessHours());
  }

  @Test
  void businessClock_onLiveChannel_isAccepted() {
    Scenario s = load(MINIMAL.replace("    handleTime:", "    businessHours: {open: \"09:00\", close: \"17:00\"}\n"
        + "    serviceLevel: {clock: business}\n    handleTime:"));

    assertTrue(s.channels().get(0).targetInBusinessHours());
    assertEquals(ChannelKind.LIVE, s.channels().get(0).kind());
  }

  // ---------------------------------------------------------------- shrinkage, shifts, breaks

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"10%|0.10", "0.10|0.10", "\"0.1\"|0.10", "12.5 %|0.125", "0|0", "0%|0",
      "99.5%|0.995", ".25|0.25"})
  void shrinkage_asFractionOrPercentage_isRead(String written, double shrinkage) {
    AgentGroup g =
        group("    shrinkage: " + written + "\n    shifts: [{start: \"08:00\", end: \"16:00\", count: 5}]\n");

    assertEquals(shrinkage, g.shrinkage(), 1e-12);
  }

  @Test
  void shrinkageZero_withoutShifts_isAccepted() {
    AgentGroup g = group("    count: 5\n    shrinkage: 0%\n");

    assertEquals(0, g.shrinkage());
    assertEquals(List.of(), g.shifts());
  }

  @Test
  void shifts_countOmitted_isTheSumOfTheirCounts() {
    AgentGroup g = group("    shifts:\n      - {start: \"06:00\", end: \"14:00\", count: 3}\n"
        + "      - {start: \"14:00\", end: \"22:00\", count: 4}\n");

    assertEquals(7, g.count());
    assertEquals(List.of(new Shift(6 * H, 14 * H, 3, List.of()), new Shift(14 * H, 22 * H, 4, List.of())),
        g.shifts());
  }

  @Test
  void shifts_countGivenAndEqualToTheSum_isAccepted() {
    AgentGroup g = group("    count: 7\n    shifts:\n      - {start: \"06:00\", end: \"14:00\", count: 3}\n"
        + "      - {start: \"14:00\", end: \"22:00\", count: 4}\n");

    assertEquals(7, g.count());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"\"22:00\"|\"06:00\"|79200|108000", "\"16:00\"|\"24:00\"|57600|86400",
      "\"00:00\"|\"24:00\"|0|86400", "\"08:00\"|\"07:59\"|28800|115140", "\"23:30\"|\"00:00\"|84600|86400"})
  void shiftTimes_endBeforeStartPassesMidnight(String start, String end, double startSeconds, double endSeconds) {
    AgentGroup g = group("    shifts: [{start: " + start + ", end: " + end + ", count: 5}]\n");

    assertEquals(new Shift(startSeconds, endSeconds, 5, List.of()), g.shifts().get(0));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "{at: \"23:00\", duration: 1h}|82800|82800|3600",
      "{at: \"00:00\", duration: 30m}|86400|86400|1800",
      "{at: \"05:30\", duration: 30m}|106200|106200|1800",
      "{window: [\"23:30\", \"01:00\"], duration: 15m}|84600|90000|900",
      "{window: [\"22:00\", \"22:00\"], duration: 10m}|79200|79200|600"})
  void breaksInANightShift_afterMidnight_areOnTheNextDay(String written, double earliest, double latest,
      double duration) {
    AgentGroup g = group("    shifts: [{start: \"22:00\", end: \"06:00\", count: 5, breaks: [" + written + "]}]\n");

    assertEquals(List.of(new BreakRule(earliest, latest, duration)), g.shifts().get(0).breaks());
  }

  @Test
  void breakAtTheVeryEndOfItsShift_isAccepted() {
    AgentGroup g = group("    shifts: [{start: \"08:00\", end: \"16:00\", count: 5, "
        + "breaks: [{at: \"08:00\", duration: 15m}, {window: [\"12:00\", \"15:30\"], duration: 30m}]}]\n");

    assertEquals(List.of(new BreakRule(8 * H, 8 * H, 900), new BreakRule(12 * H, 15.5 * H, 1800)),
        g.shifts().get(0).breaks());
  }

  @Test
  void emptyBreakList_isNoBreaks() {
    AgentGroup g = group("    shifts: [{start: \"08:00\", end: \"16:00\", count: 5, breaks: []}]\n");

    assertEquals(List.of(), g.shifts().get(0).breaks());
  }
}
