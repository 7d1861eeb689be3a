package io.ccsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FitCommandTest {
  /** Monday 4 January 1999 of the "Anonymous Bank" log (fit module's test resource, with its attribution). */
  static final Path SLICE = Path.of("../fit/src/test/resources/io/ccsim/fit/anonymous-bank-1999-01-04.tsv");

  static final String SCENARIO = """
      name: Round trip
      seed: 11
      replications: 1
      days: 10
      channels:
        phone:
          handleTime: { distribution: lognormal, mean: 180s, cv: 1.0 }
          patience: { distribution: exponential, mean: 300s }
      arrivals:
        - channel: phone
          profile: { start: "08:00", interval: 1h, rates: [60/h, 120/h, 180/h, 150/h, 90/h, 60/h] }
      agents:
        - group: team
          count: 14
          skills: [phone]
      """;
  static final double[] RATES = {60, 120, 180, 150, 90, 60};

  @TempDir Path dir;

  @Test
  void roundTrip_fitOfAnExport_recoversTheScenariosParametersWithinTheirIntervals() throws IOException {
    Path scenario = dir.resolve("round-trip.yaml");
    Files.writeString(scenario, SCENARIO);
    Path csv = dir.resolve("arrivals.csv");
    assertEquals(0, CliRun.of("arrivals", scenario.toString(), "--out", csv.toString()).exitCode());
    CliRun fit = CliRun.of("fit", csv.toString(), "--format", "arrivals-csv", "--agents", "14", "--interval", "1h",
        "--out", dir.resolve("fitted").toString());
    assertEquals(0, fit.exitCode(), fit.err());
    JsonNode json = new ObjectMapper().readTree(dir.resolve("fitted/fit.json").toFile());
    assertEquals(10, json.at("/selection/days").asInt());
    JsonNode arrivals = json.get("arrivals");
    double daily = java.util.Arrays.stream(RATES).sum();
    assertTrue(Math.abs(arrivals.get("dailyMean").asDouble() - daily) < arrivals.get("dailyMeanCi95").asDouble(),
        arrivals.toString());
    assertTrue(arrivals.get("busynessCv").asDouble() < 0.05, "no busyness in the scenario: " + arrivals);
    JsonNode perInterval = arrivals.at("/callsPerInterval/phone");
    for (int i = 0; i < RATES.length; i++) {
      // Poisson: the mean of 10 days has a standard deviation of sqrt(rate / 10)
      double halfWidth = 1.96 * Math.sqrt(RATES[i] / 10);
      assertTrue(Math.abs(perInterval.get(i).asDouble() - RATES[i]) < halfWidth, "interval " + i + ": " + perInterval);
    }
    JsonNode handle = json.at("/handleTime/phone");
    assertTrue(Math.abs(handle.get("sampleMeanSeconds").asDouble() - 180) < handle.get("sampleMeanCi95").asDouble(),
        handle.toString());
    assertEquals("lognormal", handle.get("model").asText());
    assertEquals(1.0, handle.at("/lognormal/cv").asDouble(), 0.05);
    JsonNode patience = json.at("/patience/phone/ci95");
    assertTrue(patience.get(0).asDouble() < 300 && 300 < patience.get(1).asDouble(), patience.toString());
    assertEquals(0, CliRun.of("validate", dir.resolve("fitted/scenario.yaml").toString()).exitCode());
  }

  @Test
  void fitThenRunAgainst_bankSlice_printsRecordedAndSimulatedSideBySide() {
    Path out = dir.resolve("bank");
    CliRun fit = CliRun.of("fit", SLICE.toString(), "--format", "anonymous-bank", "--out", out.toString(),
        "--replications", "5");
    assertEquals(0, fit.exitCode(), fit.err());
    assertTrue(fit.out().contains("abandonment 12.31% (abandoned / offered), service level 50.14% (answered within "
        + "20 s / offered), ASA 42.3 s"), fit.out());
    assertTrue(Files.exists(out.resolve("fit.json")) && Files.exists(out.resolve("fit.txt")));
    assertTrue(Files.exists(out.resolve("charts/qq-ps.png")) && Files.exists(out.resolve("charts/qq-ps.svg")));
    Path results = dir.resolve("results");
    CliRun run = CliRun.of("run", out.resolve("scenario.yaml").toString(), "--against", SLICE.toString(), "--out",
        results.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(Files.exists(results.resolve("against.txt")) && Files.exists(results.resolve("summary.json")));
    assertTrue(Files.exists(results.resolve("charts/against-abandonment.png"))
        && Files.exists(results.resolve("charts/against-service-level.svg")));
    assertTrue(run.out().contains("abandonment                  12.31%"), run.out());
    assertTrue(run.out().contains("1999-01-04     1755    12.31%    50.14%      42.3"), run.out());
  }

  @Test
  void badLog_oneLineWithFileLineAndColumn_exitTwo() throws IOException {
    Path log = dir.resolve("bad.csv");
    Files.writeString(log, "date,arrival,type,queue_entry,answer,end,outcome,agent\n1999-01-04,7:00:00,PS,7:0:05,,"
        + "7:01:00,abandoned,\n");
    CliRun run = CliRun.of("fit", log.toString(), "--format", "generic", "--out", dir.resolve("x").toString());
    assertEquals(2, run.exitCode());
    assertEquals(1, run.errLines().length, run.err());
    assertEquals("ccsim: " + log + ":2:23: queue_entry: '7:0:05' is not a clock time; allowed: a clock time H:MM:SS "
        + "from 0:00:00 to 23:59:59", run.errLines()[0]);
    CliRun empty = CliRun.of("fit", dir.resolve("missing.tsv").toString(), "--format", "anonymous-bank", "--out", "x");
    assertEquals(2, empty.exitCode());
    CliRun noAgents = CliRun.of("fit", log.toString().replace("bad", "none"), "--format", "nope", "--out", "x");
    assertEquals(2, noAgents.exitCode());
    assertTrue(noAgents.err().contains("allowed: anonymous-bank, arrivals-csv, generic"), noAgents.err());
  }

  @Test
  void wrapUp_estimatedByDefault_writtenToEveryChannel_andLeftOutWithNone() throws IOException {
    Path with = dir.resolve("with");
    assertEquals(0, CliRun.of("fit", SLICE.toString(), "--format", "anonymous-bank", "--out", with.toString())
        .exitCode());
    String yaml = Files.readString(with.resolve("scenario.yaml"));
    long channels = yaml.lines().filter(l -> l.matches("  [a-z][a-z0-9-]*:")).count();
    assertEquals(channels, yaml.lines().filter(l -> l.startsWith("    wrapUp: { distribution: survival")).count(), yaml);
    JsonNode json = new ObjectMapper().readTree(with.resolve("fit.json").toFile());
    assertEquals("km", json.get("wrapUpWritten").asText());
    double cycle = json.at("/afterCall/cycleFactor").asDouble();
    assertTrue(cycle > 1, json.get("afterCall").toString());
    JsonNode share = json.at("/staffing/share");
    JsonNode availability = json.at("/staffing/availability");
    for (int i = 0; i < share.size(); i++) {
      assertEquals(Math.min(1, availability.get(i).asDouble() * cycle), share.get(i).asDouble(), 1e-9);
    }

    Path without = dir.resolve("without");
    assertEquals(0, CliRun.of("fit", SLICE.toString(), "--format", "anonymous-bank", "--out", without.toString(),
        "--wrap-up", "none").exitCode());
    assertTrue(!Files.readString(without.resolve("scenario.yaml")).contains("wrapUp"));
    JsonNode none = new ObjectMapper().readTree(without.resolve("fit.json").toFile());
    assertEquals("none", none.get("wrapUpWritten").asText());
    assertEquals(none.at("/staffing/availability"), none.at("/staffing/share"));

    CliRun bad = CliRun.of("fit", SLICE.toString(), "--format", "anonymous-bank", "--out", dir.resolve("x").toString(),
        "--wrap-up", "sometimes");
    assertEquals(2, bad.exitCode());
    assertEquals(1, bad.errLines().length, bad.err());
    assertEquals("ccsim: --wrap-up: 'sometimes' is not an after-call model; allowed: km, none", bad.errLines()[0]);
  }
}
