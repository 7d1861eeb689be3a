package io.ccsim.cli;

import io.ccsim.model.Scenario;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ccsim validate}: checks scenario files without running them. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = "Check scenario files; print one line per file, or the first error with its location.",
    footer = {"", "Example:", "  ccsim validate scenarios/*.yaml"})
final class ValidateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Scenario files to check.")
  Path[] files;

  @Mixin DebugOption debugOption;

  @Override
  public Integer call() {
    for (Path file : files) {
      Scenario scenario = ScenarioInput.load(file);
      spec.commandLine().getOut().println(String.format(Locale.ROOT,
          "%s: ok (%s: %d channels, %d groups, %d agents)", file, scenario.name(), scenario.channels().size(),
          scenario.groups().size(), scenario.groups().stream().mapToInt(g -> g.count()).sum()));
    }
    return Main.OK;
  }
}
