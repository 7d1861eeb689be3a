package io.ccsim.cli;

import picocli.CommandLine.Option;

/** {@code --debug}: print stack traces. Read by {@link Main} before parsing; declared here so help lists it. */
public final class DebugOption {
  @Option(names = "--debug", description = "Print stack traces of errors.")
  boolean debug;
}
