package io.ccsim.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder while the command is being written; replaced before the first commit. */
@Command(name = "bench", description = "(being written)")
final class BenchCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    throw new UnsupportedOperationException("not yet written");
  }
}
