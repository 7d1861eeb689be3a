package io.ccsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionTest {
  @Test
  void unknownSubcommand_suggestsTheNearestName() {
    CliRun run = CliRun.of("rn", "scenarios/single-queue.yaml");
    assertEquals(2, run.exitCode());
    assertTrue(run.errLines()[0].endsWith("; did you mean run?"), run.err());
    assertEquals("Try 'ccsim --help'.", run.errLines()[1]);
    CliRun erlang = CliRun.of("erlang", "cc", "--rate", "200/h");
    assertTrue(erlang.errLines()[0].endsWith("; did you mean c?"), erlang.err());
  }

  @Test
  void unknownOption_suggestsTheNearestOption() {
    CliRun run = CliRun.of("run", "scenarios/single-queue.yaml", "--enginee", "general");
    assertEquals(2, run.exitCode());
    assertTrue(run.errLines()[0].endsWith("; did you mean --engine?"), run.err());
  }

  @Test
  void nearest_byEditDistance_orPrefix() {
    assertEquals(List.of("compare"), Main.nearest("compre", List.of("run", "compare", "check")));
    assertEquals(List.of("check"), Main.nearest("chek", List.of("run", "compare", "check")));
    assertEquals(List.of(), Main.nearest("zzzzzz", List.of("run", "compare", "check")));
    assertEquals(1, io.ccsim.config.EditDistance.between("rn", "run"));
    assertEquals(3, io.ccsim.config.EditDistance.between("kitten", "sitting"));
    assertEquals(1, io.ccsim.config.EditDistance.between("rnu", "run"), "a swap of neighbours is one edit");
  }

  @Test
  void unknownSubcommand_withTwoLettersSwapped_suggestsIt() {
    CliRun run = CliRun.of("rnu", "scenarios/single-queue.yaml");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("'rnu', 'scenarios/single-queue.yaml'; did you mean run?"), run.err());
  }

  @Test
  void completion_offersTheEngines() {
    CliRun run = CliRun.of("generate-completion");
    assertTrue(run.out().contains("(\"auto\" \"general\" \"single-skill\" \"spark\") # --engine values"), "engine values");
  }

  @Test
  void completion_offersEveryOptionThatTakesOneOfAFewNames() {
    String script = CliRun.of("generate-completion").out();
    assertTrue(script.contains("(\"json\" \"snake\") # --csv-header values"), "csv header schemes");
    assertTrue(script.contains("(\"anonymous-bank\" \"arrivals-csv\" \"generic\") # --format values"), "fit formats");
    assertTrue(script.contains("(\"anonymous-bank\" \"arrivals-csv\" \"generic\") # --log-format values"), "run");
    assertTrue(script.contains("(\"all\" \"sun-thu\" \"mon-fri\") # --days values"), "fit days");
    assertTrue(script.contains("(\"all\" \"sun-thu\" \"mon-fri\") # --log-days values"), "run log days");
    assertTrue(script.contains("# --per values"), "staff --per, an enum");
  }
}
