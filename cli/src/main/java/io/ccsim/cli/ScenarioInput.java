package io.ccsim.cli;

import io.ccsim.config.ScenarioException;
import io.ccsim.config.ScenarioLoader;
import io.ccsim.model.Scenario;
import java.nio.file.Path;

/** Loads a scenario file for a command; bad files become a one-line {@link BadInputException} (exit 2). */
final class ScenarioInput {
  private ScenarioInput() {}

  static Scenario load(Path file) {
    try {
      return ScenarioLoader.load(file);
    } catch (ScenarioException e) {
      throw new BadInputException(e.getMessage(), e);
    }
  }
}
