package io.ccsim.cli;

import io.ccsim.report.OutputDirectory;
import java.nio.file.Path;

/**
 * Checks output places before anything is simulated, so that a folder that cannot be written fails at
 * once (exit 2, naming the option) instead of after the whole run.
 */
final class OutputCheck {
  private OutputCheck() {}

  /** {@code folder} (null: not given) must be a folder, or a path where one can be created. */
  static void folder(Path folder, String option) {
    if (folder == null) {
      return;
    }
    String problem = OutputDirectory.problem(folder);
    if (problem != null) {
      throw new BadInputException(option + ": " + folder + " " + problem + "; allowed: a folder that can be written,"
          + " or a new one inside a writable folder");
    }
  }

  /** {@code file} must not be a folder, and its folder must be writable. */
  static void file(Path file, String option) {
    Path absolute = file.toAbsolutePath().normalize();
    if (java.nio.file.Files.isDirectory(absolute)) {
      throw new BadInputException(option + ": " + file + " is a folder; allowed: a file name");
    }
    String problem = OutputDirectory.problem(absolute.getParent());
    if (problem != null) {
      throw new BadInputException(option + ": the folder of " + file + " " + problem + "; allowed: a file in a"
          + " folder that can be written");
    }
  }
}
