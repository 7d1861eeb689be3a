package io.ccsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class ErlangACommandTest {
  @Test
  void json_publishedExample_hasTheContractKeysAndValues() {
    JsonNode json = CliRun.of("erlang", "a", "--rate", "200/h", "--aht", "180s", "--patience", "300s",
        "--agents", "13", "--threshold", "20s", "--json").json();
    assertEquals(13, json.get("agents").asInt());
    assertEquals(0.858178, json.get("serviceLevel").asDouble(), 1e-6);
    assertEquals(0.225797, json.get("probWait").asDouble(), 1e-6);
    assertEquals(0.024963, json.get("probAbandon").asDouble(), 1e-6);
    assertEquals(6.913968, json.get("asaSeconds").asDouble(), 1e-6);
    assertEquals(0.750028, json.get("occupancy").asDouble(), 1e-6);
  }

  @Test
  void evaluate_text_namesTheDefinitionAndTheOthers() {
    CliRun run = CliRun.of("erlang", "a", "--rate", "200/h", "--aht", "180s", "--patience", "5m",
        "--agents", "13", "--threshold", "20s");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("85.82% within 20s (answered within T / offered)"), run.out());
    assertTrue(run.out().contains("(answered within T / answered)"), run.out());
    assertTrue(run.out().contains("P(abandon)        2.50%"), run.out());
    assertFalse(run.out().contains("P(block)"), run.out());
  }

  @Test
  void staffing_targetAndOccupancy_findsFewestAgents() {
    JsonNode json = CliRun.of("erlang", "a", "--rate", "200/h", "--aht", "180s", "--patience", "300s",
        "--threshold", "20s", "--target", "0.80", "--max-occupancy", "0.85", "--json").json();
    assertEquals(13, json.get("agents").asInt());
  }

  @Test
  void queueCapacity_reportsBlocking() {
    CliRun run = CliRun.of("erlang", "a", "--rate", "200/h", "--aht", "180s", "--patience", "300s",
        "--queue-capacity", "5", "--agents", "12", "--threshold", "20s");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("P(block)          1.89%"), run.out());
    JsonNode json = CliRun.of("erlang", "a", "--rate", "200/h", "--aht", "180s", "--queue-capacity", "0",
        "--agents", "10", "--threshold", "20s", "--json").json();
    // No waiting room, no abandonment: Erlang B(10, 10).
    assertEquals(0.214582, json.get("probBlock").asDouble(), 1e-6);
  }

  @Test
  void noPatience_givesErlangC() {
    JsonNode json = CliRun.of("erlang", "a", "--rate", "200/h", "--aht", "180s", "--agents", "14",
        "--threshold", "20s", "--json").json();
    assertEquals(0.888350, json.get("serviceLevel").asDouble(), 1e-6);
    assertEquals(0.0, json.get("probAbandon").asDouble());
  }

  @Test
  void badPatience_printsOneLine_exitsTwo() {
    CliRun run = CliRun.of("erlang", "a", "--rate", "200/h", "--aht", "180s", "--patience", "0s",
        "--agents", "13", "--threshold", "20s");
    assertEquals(2, run.exitCode());
    assertEquals(1, run.errLines().length, run.err());
    assertTrue(run.err().startsWith("ccsim: --patience: '0s' must be greater than zero"), run.err());
  }

  @Test
  void badQueueCapacity_printsOneLine_exitsTwo() {
    CliRun run = CliRun.of("erlang", "a", "--rate", "200/h", "--aht", "180s", "--patience", "300s",
        "--queue-capacity", "-1", "--agents", "13", "--threshold", "20s");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().startsWith("ccsim: --queue-capacity: "), run.err());
  }

  @Test
  void help_hasAnExample() {
    CliRun run = CliRun.of("erlang", "a", "--help");
    assertTrue(run.out().contains("ccsim erlang a --rate 200/h"), run.out());
  }
}
