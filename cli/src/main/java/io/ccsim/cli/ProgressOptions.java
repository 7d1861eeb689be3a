package io.ccsim.cli;

import io.ccsim.run.ProgressListener;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** {@code --quiet}, and the progress bar that commands running replications show on a terminal. */
final class ProgressOptions {
  @Option(names = {"-q", "--quiet"}, description = "No progress bar (it is shown only on a terminal anyway).")
  boolean quiet;

  /** A bar for {@code totalReplications}, or null when quiet or when not on a terminal. */
  ProgressBar start(CommandSpec spec, long totalReplications) {
    if (quiet || !Terminal.stderrIsTerminal()) {
      return null;
    }
    return new ProgressBar(spec.commandLine().getErr(), totalReplications, System::nanoTime);
  }

  static ProgressListener listener(ProgressBar bar) {
    return bar == null ? ProgressListener.NONE : bar.listener();
  }

  static void finish(ProgressBar bar) {
    if (bar != null) {
      bar.finish();
    }
  }
}
