package io.ccsim.cli;

import io.ccsim.config.ScenarioException;
import io.ccsim.config.ScenarioLoader;
import io.ccsim.run.Engine;
import io.ccsim.model.Scenario;
import java.nio.file.Path;

/** Loads a scenario file for a command; bad files become a one-line {@link BadInputException} (exit 2). */
final class ScenarioInput {
  private ScenarioInput() {}

  static Scenario load(Path file) {
    return load(file, Engine.AUTO);
  }

  /** Loads {@code file}, which must fit in the heap on {@code engine} (GENERAL for a trace replay). */
  static Scenario load(Path file, Engine engine) {
    try {
      return ScenarioLoader.load(file, engine);
    } catch (ScenarioException e) {
      throw new BadInputException(e.getMessage(), e);
    }
  }
}
