package io.ccsim.cli;

import java.nio.file.Path;

/** The scenario files under src/test/resources/scenarios. */
final class TestScenarios {
  private TestScenarios() {}

  static String path(String name) {
    return Path.of("src", "test", "resources", "scenarios", name).toString();
  }
}
