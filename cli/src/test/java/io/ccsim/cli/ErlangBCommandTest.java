package io.ccsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class ErlangBCommandTest {
  @Test
  void staffing_onePercent_findsEighteenAgents() {
    CliRun run = CliRun.of("erlang", "b", "--load", "10", "--max-blocking", "0.01");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("Fewest agents with P(block) <= 1.00%: 18"), run.out());
  }

  @Test
  void json_evaluate_usesTheUniformKeys() {
    JsonNode json = CliRun.of("erlang", "b", "--load", "10", "--agents", "10", "--json").json();
    assertEquals(10, json.get("agents").asInt());
    assertEquals(0.214582, json.get("probBlock").asDouble(), 1e-6);
    assertEquals(1 - json.get("probBlock").asDouble(), json.get("serviceLevel").asDouble(), 1e-15);
    assertEquals(0.0, json.get("probWait").asDouble());
    assertEquals(0.0, json.get("asaSeconds").asDouble());
    assertEquals(10 * (1 - 0.214582) / 10, json.get("occupancy").asDouble(), 1e-6);
  }

  @Test
  void rateAndAht_equalTheLoad() {
    JsonNode byLoad = CliRun.of("erlang", "b", "--load", "10", "--agents", "12", "--json").json();
    JsonNode byRate = CliRun.of("erlang", "b", "--rate", "200/h", "--aht", "3m", "--agents", "12", "--json").json();
    assertEquals(byLoad.get("probBlock").asDouble(), byRate.get("probBlock").asDouble(), 1e-15);
  }

  @Test
  void loadAndRateTogether_exitsTwo() {
    CliRun run = CliRun.of("erlang", "b", "--load", "10", "--rate", "200/h", "--agents", "12");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().startsWith("ccsim: --load: "), run.err());
  }

  @Test
  void noLoad_exitsTwo() {
    CliRun run = CliRun.of("erlang", "b", "--agents", "12");
    assertEquals(2, run.exitCode());
    assertEquals(1, run.errLines().length, run.err());
  }

  @Test
  void zeroMaxBlocking_exitsTwo() {
    CliRun run = CliRun.of("erlang", "b", "--load", "10", "--max-blocking", "0");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().startsWith("ccsim: --max-blocking: '0' is outside (0, 1]"), run.err());
  }

  @Test
  void unreachableBlocking_exitsTwo() {
    CliRun run = CliRun.of("erlang", "b", "--load", "10", "--max-blocking", "1e-200");
    assertEquals(2, run.exitCode());
    assertEquals(1, run.errLines().length, run.err());
    assertTrue(run.err().startsWith("ccsim: --max-blocking: no agent count"), run.err());
  }

  @Test
  void badLoad_exitsTwo() {
    CliRun run = CliRun.of("erlang", "b", "--load", "NaN", "--agents", "3");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().startsWith("ccsim: --load: 'NaN' is not allowed"), run.err());
  }

  @Test
  void parentWithoutSubcommand_exitsTwo() {
    CliRun run = CliRun.of("erlang");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().startsWith("ccsim: a subcommand is required: c, a or b"), run.err());
  }

  @Test
  void help_hasAnExampleAndTheJsonNote() {
    CliRun run = CliRun.of("erlang", "b", "--help");
    assertTrue(run.out().contains("ccsim erlang b --load 10 --max-blocking 0.01"), run.out());
    assertTrue(run.out().contains("serviceLevel = 1 - probBlock"), run.out());
  }
}
