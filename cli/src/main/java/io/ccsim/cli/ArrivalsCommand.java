package io.ccsim.cli;

import io.ccsim.arrivals.ArrivalSchedule;
import io.ccsim.loadgen.csv.ArrivalsCsvWriter;
import io.ccsim.model.Quantities;
import io.ccsim.model.Scenario;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ccsim arrivals}: exports the contacts a scenario generates as an arrivals CSV. */
@Command(
    name = "arrivals",
    mixinStandardHelpOptions = true,
    description = {
      "Export the contacts a scenario generates in one replication as an arrivals",
      "CSV: one row per contact with its arrival time, channel, handle time and",
      "patience, exactly as the simulator draws them."
    },
    footer = {
      "",
      "Examples:",
      "  ccsim arrivals scenarios/single-queue.yaml --out arrivals.csv",
      "  ccsim arrivals scenarios/single-queue.yaml --replication 3 --seed 7 | head",
      "",
      "The CSV is described in docs/arrivals-csv.md; ccsim load --arrivals FILE",
      "sends it to real systems."
    })
final class ArrivalsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "Scenario file (.yaml, .yml or .json).")
  Path file;

  @Option(names = "--out", paramLabel = "FILE.csv",
      description = "Write the CSV to this file (atomically); default: standard output.")
  Path out;

  @Option(names = "--replication", paramLabel = "R", defaultValue = "0",
      description = "Which replication's random streams to use, from 0 (default: ${DEFAULT-VALUE}).")
  String replication;

  @Option(names = "--seed", paramLabel = "S", description = "Random seed (overrides the scenario's).")
  Long seed;

  @Mixin DebugOption debugOption;

  @Override
  public Integer call() throws IOException {
    int r = OptionValues.wholeNumber("--replication", replication, 0);
    Scenario loaded = ScenarioInput.load(file);
    Scenario scenario = loaded.withRun(seed != null ? seed : loaded.seed(), loaded.replications());
    ArrivalSchedule schedule;
    try {
      schedule = ArrivalSchedule.of(scenario, r);
    } catch (IllegalArgumentException e) {
      throw new BadInputException(file + ": " + e.getMessage(), e);
    }
    PrintWriter stdout = spec.commandLine().getOut();
    if (out == null) {
      ArrivalsCsvWriter.writeAll(schedule, stdout);
      stdout.flush();
      return Main.OK;
    }
    if (Files.isDirectory(out)) {
      throw new BadInputException("--out: " + out + " is a directory; give a file name such as arrivals.csv");
    }
    long rows = ArrivalsCsvWriter.writeFile(schedule, out);
    stdout.printf(java.util.Locale.ROOT, "%d contacts over [0, %s) of %s (seed %d, replication %d) written to %s%n",
        rows, Quantities.formatDuration(scenario.horizonSeconds()), file, scenario.seed(), r, out);
    stdout.flush();
    return Main.OK;
  }
}
