package io.ccsim.fit;

import java.nio.file.Path;
import java.util.function.Function;

/** The call-log formats {@code ccsim fit} reads; the enum is the factory (a name to a reader). */
public enum LogFormat {
  /** The Technion "Anonymous Bank" TSV (data/README.md): VRU, queue and service times per call. */
  ANONYMOUS_BANK("anonymous-bank", AnonymousBankLog::read),
  /** ccsim's own arrivals CSV (docs/arrivals-csv.md): arrival, channel, handle time, patience. */
  ARRIVALS_CSV("arrivals-csv", ArrivalsCsvLog::read),
  /** A documented generic CSV (docs/fit.md): date, arrival, type, queue entry, answer, end, outcome, agent. */
  GENERIC("generic", GenericCsvLog::read);

  private final String cliName;
  private final Function<Path, CallLog> reader;

  LogFormat(String cliName, Function<Path, CallLog> reader) {
    this.cliName = cliName;
    this.reader = reader;
  }

  /** The name written on the command line. */
  public String cliName() {
    return cliName;
  }

  /** Reads {@code file}, or throws {@link LogException} at the first problem. */
  public CallLog read(Path file) {
    return reader.apply(file);
  }

  /** The format named {@code name}, or an exception listing the names. */
  public static LogFormat named(String name) {
    for (LogFormat f : values()) {
      if (f.cliName.equals(name)) {
        return f;
      }
    }
    throw new IllegalArgumentException("unknown log format '" + name + "'; allowed: anonymous-bank, arrivals-csv, "
        + "generic");
  }
}
