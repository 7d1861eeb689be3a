package io.ccsim.cli;

import io.ccsim.fit.LogFormat;
import io.ccsim.fit.Selection;
import java.util.Arrays;
import java.util.Iterator;

/** The values shell completion offers for options that take one of a few names (picocli completionCandidates). */
final class Completions {
  private Completions() {}

  /** Call-log formats of {@code fit --format} and {@code run --log-format}: anonymous-bank, arrivals-csv, generic. */
  static final class LogFormats implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(LogFormat.values()).map(LogFormat::cliName).iterator();
    }
  }

  /** Day selections of {@code fit --days} and {@code run --log-days}: all, sun-thu, mon-fri. */
  static final class DaySelections implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Selection.DAY_SELECTIONS.iterator();
    }
  }
}
