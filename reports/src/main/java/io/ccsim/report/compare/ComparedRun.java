package io.ccsim.report.compare;

import io.ccsim.run.RunResult;

/**
 * One scenario of a comparison: its letter (A, B, ...), a label for tables (the scenario's name, or
 * its file name when names repeat), where it came from, and its run.
 */
public record ComparedRun(String letter, String label, String source, RunResult run) {
  public ComparedRun {
    if (letter == null || label == null || run == null) {
      throw new IllegalArgumentException("a compared run needs a letter, a label and a run");
    }
  }
}
