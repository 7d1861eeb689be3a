package io.ccsim.cli;

import io.ccsim.arrivals.ScheduledContact;
import io.ccsim.model.Scenario;
import io.ccsim.run.Engine;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --engine}: which engine simulates; every engine gives the same results where it applies. */
public final class EngineOption {
  @Option(names = "--engine", paramLabel = "NAME", defaultValue = "auto", completionCandidates = Names.class,
      description = "auto (default): the single-skill kernel when the scenario allows it, else the general "
          + "engine; general; single-skill. Results are identical; only the speed differs.")
  String engine;

  /** The engine named by {@code --engine} (auto, general or single-skill), not yet resolved. */
  Engine requested() {
    try {
      return Engine.parse(engine);
    } catch (IllegalArgumentException e) {
      throw OptionValues.bad("--engine", e.getMessage());
    }
  }

  /** The engines' names, which shell completion offers: auto, general, single-skill. */
  static final class Names implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return java.util.Arrays.stream(Engine.values()).map(Engine::cliName).iterator();
    }
  }

  /** The engine that will run {@code scenario}: general or single-skill; a bad name or misfit is bad input. */
  Engine resolve(Scenario scenario, List<ScheduledContact> trace) {
    try {
      return Engine.parse(engine).resolve(scenario, trace);
    } catch (IllegalArgumentException e) {
      throw OptionValues.bad("--engine", e.getMessage());
    }
  }
}
