package io.ccsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** Runs {@code ccsim bench} in-process on tiny models; checks what it prints, never how fast it is. */
class BenchCommandTest {
  @Test
  void mmc_json_hasPositiveRatesAndCounts() {
    CliRun run = CliRun.of("bench", "--contacts", "2000", "--warmup-runs", "1", "--runs", "2", "--json");
    assertEquals(0, run.exitCode(), run.err());
    JsonNode json = run.json();
    for (String key : new String[] {"eventsPerSecond", "contactsPerSecond", "events", "contacts", "seconds"}) {
      assertTrue(json.has(key), key + " missing: " + run.out());
      assertTrue(json.get(key).asDouble() > 0, key + " not positive: " + run.out());
    }
    assertEquals("mmc", json.get("model").asText());
    assertEquals(2, json.get("runs").asInt());
    assertEquals(2, json.get("eventsPerSecondByRun").size());
    // About 2000 arrivals per run, each with a completion: two runs make about 8000 events.
    assertTrue(json.get("events").asLong() > 6000 && json.get("events").asLong() < 10000, run.out());
  }

  @Test
  void mmc_table_printsRatesUnderAnyDefaultLocale() {
    CliRun run = CliRun.of("bench", "--agents", "10", "--utilization", "80%", "--contacts", "1000",
        "--warmup-runs", "0", "--runs", "1");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("Events/s"), run.out());
    assertTrue(run.out().contains("Contacts/s"), run.out());
    assertTrue(run.out().contains("c = 10, utilization 0.8"), run.out());
    // Locale.ROOT: thousands separated by commas even though the tests run under de_DE.
    assertTrue(run.out().contains("1,000 contacts per run"), run.out());
  }

  @Test
  void scenarioFile_json_runsItsReplications() {
    CliRun run = CliRun.of("bench", TestScenarios.path("pooled.yaml"), "--warmup-runs", "0", "--runs", "1", "--json");
    assertEquals(0, run.exitCode(), run.err());
    JsonNode json = run.json();
    assertTrue(json.get("eventsPerSecond").asDouble() > 0, run.out());
    assertTrue(json.get("contacts").asLong() > 0, run.out());
    assertEquals("Pooled team", json.get("model").asText());
  }

  @Test
  void utilizationOfOne_isBadInput_inOneLine() {
    CliRun run = CliRun.of("bench", "--utilization", "1", "--runs", "1");
    assertEquals(Main.BAD_INPUT, run.exitCode());
    assertEquals(1, run.errLines().length, run.err());
    assertTrue(run.err().contains("--utilization"), run.err());
  }

  @Test
  void modelOptionWithFile_isBadInput_inOneLine() {
    CliRun run = CliRun.of("bench", TestScenarios.path("pooled.yaml"), "--agents", "5");
    assertEquals(Main.BAD_INPUT, run.exitCode());
    assertEquals(1, run.errLines().length, run.err());
    assertTrue(run.err().contains("--agents"), run.err());
  }

  @Test
  void zeroRuns_isBadInput() {
    CliRun run = CliRun.of("bench", "--runs", "0");
    assertEquals(Main.BAD_INPUT, run.exitCode());
    assertTrue(run.err().contains("--runs"), run.err());
  }

  @Test
  void help_hasAnExample_andFitsEightyColumns() {
    CliRun run = CliRun.of("bench", "--help");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("Example"), run.out());
    assertTrue(run.out().contains("ccsim bench "), run.out());
    assertTrue(run.out().lines().allMatch(l -> l.length() <= 80), run.out());
  }
}
