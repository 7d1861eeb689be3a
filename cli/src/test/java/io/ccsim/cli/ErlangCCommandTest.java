package io.ccsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ErlangCCommandTest {
  @Test
  void evaluate_textbookCase_printsFiguresAndDefinition() {
    CliRun run = CliRun.of("erlang", "c", "--rate", "200/h", "--aht", "180s", "--agents", "14", "--threshold", "20s");
    assertEquals(0, run.exitCode(), run.err());
    // Tests run under a German locale: a decimal point, not a comma, shows the output ignores it.
    assertTrue(run.out().contains("17.41%"), run.out());
    assertTrue(run.out().contains("88.84% within 20s (answered within T / offered)"), run.out());
    assertTrue(run.out().contains("7.836 s"), run.out());
    assertTrue(run.out().contains("71.43%"), run.out());
    assertEquals("", run.err());
  }

  @Test
  void json_textbookCase_hasTheContractKeys() {
    JsonNode json = CliRun.of("erlang", "c", "--rate", "200/h", "--aht", "180s", "--agents", "14",
        "--threshold", "20s", "--json").json();
    assertEquals(14, json.get("agents").asInt());
    assertEquals(0.174132, json.get("probWait").asDouble(), 1e-6);
    assertEquals(0.888350, json.get("serviceLevel").asDouble(), 1e-6);
    assertEquals(7.835937, json.get("asaSeconds").asDouble(), 1e-6);
    assertEquals(10.0 / 14, json.get("occupancy").asDouble(), 1e-12);
  }

  @Test
  void staffing_targetOnly_findsFewestAgents() {
    JsonNode json = CliRun.of("erlang", "c", "--rate", "200/h", "--aht", "3m", "--threshold", "20s",
        "--target", "0.80", "--json").json();
    assertEquals(14, json.get("agents").asInt());
  }

  @Test
  void staffing_occupancyCeiling_addsAgents() {
    CliRun run = CliRun.of("erlang", "c", "--rate", "200/h", "--aht", "180s", "--threshold", "20s",
        "--target", "80%", "--max-occupancy", "0.6");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("Fewest agents with service level >= 80.00% within 20s and occupancy <= 60.00%: 17"),
        run.out());
  }

  @Test
  void evaluate_loadEqualsAgents_reportsUnstable() {
    CliRun text = CliRun.of("erlang", "c", "--rate", "200/h", "--aht", "180s", "--agents", "10", "--threshold", "20s");
    assertEquals(0, text.exitCode());
    assertTrue(text.out().contains("UNSTABLE"), text.out());
    JsonNode json = CliRun.of("erlang", "c", "--rate", "200/h", "--aht", "180s", "--agents", "10",
        "--threshold", "20s", "--json").json();
    assertTrue(json.get("asaSeconds").isNull());
    assertEquals(1.0, json.get("probWait").asDouble());
    assertEquals(0.0, json.get("serviceLevel").asDouble());
  }

  @Test
  void evaluate_agentsAndTarget_saysWhetherTheGoalIsMet() {
    CliRun run = CliRun.of("erlang", "c", "--rate", "200/h", "--aht", "180s", "--agents", "13", "--threshold", "20s",
        "--target", "0.80");
    assertTrue(run.out().contains("service level >= 80.00% within 20s: NOT met"), run.out());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "--rate|-5/h|--rate",
    "--rate|0/h|--rate",
    "--rate|lots|--rate",
    "--aht|abc|--aht",
    "--aht|0s|--aht",
    "--threshold|-1s|--threshold",
    "--agents|0|--agents",
    "--agents|many|--agents",
    "--target|1.5|--target",
    "--target|-0.1|--target",
    "--max-occupancy|0|--max-occupancy",
    "--max-occupancy|120%|--max-occupancy"
  })
  void badValue_printsOneLineNamingTheOption_exitsTwo(String option, String value, String named) {
    java.util.Map<String, String> options = new java.util.LinkedHashMap<>();
    options.put("--rate", "200/h");
    options.put("--aht", "180s");
    options.put("--threshold", "20s");
    options.put("--target", "0.8");
    options.put(option, value);
    java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("erlang", "c"));
    options.forEach((k, v) -> {
      args.add(k);
      args.add(v);
    });
    CliRun run = CliRun.of(args.toArray(String[]::new));
    assertEquals(2, run.exitCode(), run.out());
    assertEquals(1, run.errLines().length, run.err());
    assertTrue(run.err().startsWith("ccsim: " + named + ": "), run.err());
    assertEquals("", run.out());
  }

  @Test
  void neitherAgentsNorTarget_exitsTwo() {
    CliRun run = CliRun.of("erlang", "c", "--rate", "200/h", "--aht", "180s", "--threshold", "20s");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().startsWith("ccsim: --target: required when --agents is left out"), run.err());
  }

  @Test
  void unreachableGoal_exitsTwoNamingTarget() {
    // 200,000 Erlangs at 10% occupancy would need 2,000,000 agents, beyond the staffing cap.
    CliRun run = CliRun.of("erlang", "c", "--rate", "1000/s", "--aht", "200s", "--threshold", "20s",
        "--target", "0.8", "--max-occupancy", "0.1");
    assertEquals(2, run.exitCode());
    assertEquals(1, run.errLines().length, run.err());
    assertTrue(run.err().startsWith("ccsim: --target: no agent count from 1 to 1000000"), run.err());
  }

  @Test
  void missingRate_isAUsageError() {
    CliRun run = CliRun.of("erlang", "c", "--aht", "180s", "--agents", "14", "--threshold", "20s");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("--rate"), run.err());
  }

  @Test
  void rateWithoutUnit_isRefused_withTheUnitsToChooseFrom() {
    CliRun run = CliRun.of("erlang", "c", "--rate", "200", "--aht", "180s", "--agents", "14", "--threshold", "20s");
    assertEquals(2, run.exitCode());
    assertEquals("ccsim: --rate: '200' has no unit; give 200/h, 200/min or 200/s (per hour, minute or second)",
        run.errLines()[0]);
  }

  @Test
  void rateInPerHr_isAccepted_likePerH() {
    CliRun hr = CliRun.of("erlang", "c", "--rate", "200/hr", "--aht", "180s", "--agents", "14", "--threshold", "20s");
    CliRun h = CliRun.of("erlang", "c", "--rate", "200/h", "--aht", "180s", "--agents", "14", "--threshold", "20s");
    assertEquals(0, hr.exitCode(), hr.err());
    assertEquals(h.out(), hr.out());
  }

  @Test
  void help_hasAnExample() {
    CliRun run = CliRun.of("erlang", "c", "--help");
    assertEquals(0, run.exitCode());
    assertTrue(run.out().contains("Examples:") && run.out().contains("ccsim erlang c --rate 200/h"), run.out());
  }
}
