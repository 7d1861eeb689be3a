package io.ccsim.cli;

import io.ccsim.model.Scenario;
import io.ccsim.run.ReplicationRunner;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** Options shared by the commands that run a scenario: replications, seed and threads. */
public final class RunOptions {
  @Option(names = "--replications", paramLabel = "N",
      description = "Number of replications (overrides the scenario's).")
  Integer replications;

  @Option(names = "--seed", paramLabel = "S", description = "Random seed (overrides the scenario's).")
  Long seed;

  @Option(names = "--threads", paramLabel = "N",
      description = "Worker threads (default: all cores). Results are identical for any N.")
  Integer threads;

  @Option(names = "--max-wall", paramLabel = "DURATION",
      description = "Stop after this much wall-clock time (such as 10m or 2h) with exit code 1 and write"
          + " nothing (default: no cap).")
  String maxWall;

  /** {@code --max-wall} in seconds, or null when not given. */
  Double maxWallSeconds() {
    return maxWall == null ? null : OptionValues.duration("--max-wall", maxWall, false);
  }

  /** The scenario with the overrides applied. */
  Scenario apply(CommandSpec spec, Scenario scenario) {
    if (replications != null && replications < 1) {
      throw new ParameterException(spec.commandLine(),
          "--replications must be a whole number >= 1, got " + replications);
    }
    return scenario.withRun(seed != null ? seed : scenario.seed(),
        replications != null ? replications : scenario.replications());
  }

  int threads(CommandSpec spec) {
    if (threads == null) {
      return ReplicationRunner.defaultThreads();
    }
    if (threads < 1) {
      throw new ParameterException(spec.commandLine(), "--threads must be a whole number >= 1, got " + threads);
    }
    return threads;
  }
}
