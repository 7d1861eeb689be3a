package io.ccsim.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccsim.config.ScenarioLoader;
import io.ccsim.model.Scenario;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The fit of Monday 4 January 1999 (test resource; see its README for the attribution). */
class BankSliceTest {
  static final Path SLICE = Path.of("src/test/resources/io/ccsim/fit/anonymous-bank-1999-01-04.tsv");

  static FitResult fit(String handleTime) {
    return fit(handleTime, false);
  }

  static FitResult fit(String handleTime, boolean priorityClasses) {
    FitOptions options = new FitOptions(Selection.weekdaysNamed("sun-thu"), 1800, 7 * 3600.0, 24 * 3600.0, handleTime,
        null, null, priorityClasses, false, false, 300, 20, 1, 5);
    return Fitter.fit(LogFormat.ANONYMOUS_BANK.read(SLICE), options);
  }

  @Test
  void recordedKpis_mondayFourth_matchTheLogsCountsAndDefinitions() {
    FitResult fit = fit("best");
    Kpis k = fit.recorded().total();
    // 1,755 calls asked for an agent on Monday 4 January 1999 (scenarios/anonymous-bank/README.md); Friday is left out.
    assertEquals(1755, k.offered());
    assertEquals(Set.of((int) java.time.LocalDate.of(1999, 1, 4).toEpochDay()), fit.selection().days());
    assertEquals(k.offered(), k.answered() + k.abandoned());
    assertEquals(0.1231, k.abandonRate(), 5e-5);
    assertEquals(0.5014, k.serviceLevel(), 5e-5);
    assertEquals(69, fit.log().odd().get("served calls with a zero service time, kept as answered and left out of "
        + "the handle-time fit"));
  }

  @Test
  void scenario_written_loadsWithOneChannelPerTypeAndTheStaffing() {
    FitResult fit = fit("empirical");
    Scenario scenario = ScenarioLoader.load("scenario.yaml", ScenarioYaml.write(fit));
    assertEquals(fit.channels().size(), scenario.channels().size());
    assertEquals(1800, scenario.intervalSeconds());
    double mean = fit.staffing().available()[6];
    int working = scenario.groups().get(0).shifts().stream()
        .filter(s -> s.startSeconds() <= 10 * 3600 && 10 * 3600 < s.endSeconds()).mapToInt(io.ccsim.model.Shift::count).sum();
    assertTrue(Math.abs(working - mean) <= 1, working + " agents at 10:00 against " + mean);
    assertTrue(fit.staffing().windowAvailability() > 0 && fit.staffing().windowAvailability() < 1);
    assertTrue(FitReport.json(fit).contains("\"busynessCvWritten\""));
    // the empirical model is the sample's histogram: the same mean as the logged handle times
    io.ccsim.model.Channel ps = scenario.channels().get(scenario.channelIndex("ps"));
    assertEquals("histogram", ps.handleTime().kind());
    assertEquals(fit.handleTimes().get("ps").sampleMean(), ps.handleTime().meanSeconds(), 1e-6);
  }

  @Test
  void priorityClasses_priorityCustomers_getChannelsOfTheirOwnServedFirst() {
    FitResult fit = fit("best", true);
    Scenario scenario = ScenarioLoader.load("scenario.yaml", ScenarioYaml.write(fit));
    io.ccsim.model.Channel priority = scenario.channels().get(scenario.channelIndex("ps-priority"));
    io.ccsim.model.Channel regular = scenario.channels().get(scenario.channelIndex("ps"));
    assertEquals(1, priority.priority());
    assertEquals(0, regular.priority());
    long offered = fit.offered().values().stream().mapToLong(Long::longValue).sum();
    assertEquals(1755, offered);
    long high = fit.log().calls().stream().filter(c -> fit.selection().intervalOf(c) >= 0 && c.priorityClass()).count();
    long inPriorityChannels = fit.offered().entrySet().stream().filter(e -> e.getKey().endsWith("-priority"))
        .mapToLong(Map.Entry::getValue).sum();
    assertEquals(high, inPriorityChannels);
  }

  @Test
  void vru_slice_dropOutAndTimeAreTheLogs_andArrivalsCountVruEntries() {
    FitResult fit = fit("best");
    // Counted from the slice (with awk) on Monday 4 January with VRU entry in 07:00-24:00: PS 1,318 went on
    // to the queue and 36 were lost in the VRU, IN 18 and 1, PE 15 and 0 (IN and PE, under 50 calls, are
    // folded into ps); NW 215 and 9.
    VruFit ps = fit.vru().get("ps");
    assertEquals(1318 + 18 + 15 + 36 + 1, ps.arrivals());
    assertEquals(37, ps.lost());
    assertEquals(37.0 / 1388, ps.dropOut(), 1e-12);
    // mean time from VRU entry to the queue (q_start, or vru_exit for calls answered at once), leaving out
    // the 3 calls served and 1 hung up whose VRU exit the log puts 42-55 s before their VRU entry
    assertEquals((1318 * 7.80804 + 18 * 10.8889 + 15 * 6.46667 + 42 + 51 + 51 + 55) / 1347, ps.meanSeconds(), 1e-3);
    assertEquals(9.0 / 224, fit.vru().get("nw").dropOut(), 1e-12);
    // the arrival profile counts VRU entries: offered and lost
    double perDay = java.util.Arrays.stream(fit.arrivals().perInterval().get("ps")).sum();
    assertEquals(1388, perDay, 1e-9);
    Scenario scenario = ScenarioLoader.load("scenario.yaml", ScenarioYaml.write(fit));
    io.ccsim.model.Channel channel = scenario.channels().get(scenario.channelIndex("ps"));
    assertEquals(37.0 / 1388, channel.vru().dropOutProbability(), 1e-6);
    assertEquals(ps.meanSeconds(), channel.vru().time().meanSeconds(), 1e-9);
    FitOptions without = new FitOptions(Selection.weekdaysNamed("sun-thu"), 1800, 7 * 3600.0, 24 * 3600.0, "best",
        null, null, false, false, false, 300, 20, 1, 5, "km", false);
    FitResult queueOnly = Fitter.fit(LogFormat.ANONYMOUS_BANK.read(SLICE), without);
    assertTrue(queueOnly.vru().isEmpty());
    // by queue entry, one call more is in the window: it entered the VRU at 6:59:55 and left it at 7:00:10
    assertEquals(1352, java.util.Arrays.stream(queueOnly.arrivals().perInterval().get("ps")).sum(), 1e-9);
  }
}
