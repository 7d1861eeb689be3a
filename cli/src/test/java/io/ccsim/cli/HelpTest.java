package io.ccsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import java.util.List;

class HelpTest {
  @ParameterizedTest
  @ValueSource(strings = {"run", "compare", "sweep", "staff", "check", "validate", "erlang", "erlang c", "erlang a",
      "erlang b", "erlang profile", "bench", "load", "arrivals", "policies", "show"})
  void everyCommandsHelp_hasAnExample_andFormatsCleanly(String command) {
    String[] args = (command + " --help").split(" ");
    CliRun run = CliRun.of(args);
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("Example"), run.out());
    assertTrue(run.out().contains("ccsim " + command + " "), run.out());
    assertFalse(run.err().contains("picocli WARN"), run.err());
    assertFalse(run.out().lines().anyMatch(l -> l.length() > 80), "lines fit 80 columns:\n" + run.out());
  }

  @Test
  void footersAreWrittenWithin80Columns_soPicocliNeverWrapsAnExample() {
    java.util.List<String> tooWide = new java.util.ArrayList<>();
    java.util.Deque<picocli.CommandLine> commands = new java.util.ArrayDeque<>();
    commands.add(new picocli.CommandLine(new Main()));
    while (!commands.isEmpty()) {
      picocli.CommandLine command = commands.poll();
      commands.addAll(command.getSubcommands().values());
      for (String line : command.getCommandSpec().usageMessage().footer()) {
        if (line.length() > 80) {
          tooWide.add(command.getCommandName() + " (" + line.length() + " columns): " + line);
        }
      }
    }
    assertEquals(List.of(), tooWide, "footer lines that picocli would wrap");
  }

  @Test
  void topLevelHelp_listsTheNewCommands() {
    CliRun run = CliRun.of("--help");
    for (String command : new String[] {"compare", "sweep", "check"}) {
      assertTrue(run.out().contains("  " + command + " "), run.out());
    }
    assertTrue(run.out().contains("generate-completion"), run.out());
  }

  @Test
  void generateCompletion_printsABashScriptWithTheCommands() {
    CliRun run = CliRun.of("generate-completion");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("complete -F"), run.out().substring(0, 200));
    assertTrue(run.out().contains("compare") && run.out().contains("sweep") && run.out().contains("check"));
    assertTrue(run.out().contains("--max-regression"));
  }
}
