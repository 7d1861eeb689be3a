package io.ccsim.cli;

import io.ccsim.report.CsvHeader;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import picocli.CommandLine.Option;

/**
 * {@code --csv-header}: the spelling of the CSV columns whose names came from summary.json's camelCase keys
 * (docs/reports.md, "CSV files"). The default keeps the names scripts already read.
 */
public final class CsvHeaderOption {
  static final String DESCRIPTION = "json (default): KPI columns named by summary.json's keys, as before"
      + " (serviceLevel_mean); snake: every column in ccsim's snake_case scheme (service_level_mean),"
      + " docs/reports.md.";

  @Option(names = "--csv-header", paramLabel = "SCHEME", defaultValue = "json", completionCandidates = Names.class,
      description = DESCRIPTION)
  String scheme;

  /** The scheme named by {@code --csv-header}; anything else is bad input (exit 2). */
  CsvHeader header() {
    for (CsvHeader h : CsvHeader.values()) {
      if (h.toString().equals(scheme.toLowerCase(Locale.ROOT))) {
        return h;
      }
    }
    throw OptionValues.bad("--csv-header", "'" + scheme + "' is not a scheme; allowed: json, snake");
  }

  /** The schemes, which shell completion offers: json, snake. */
  static final class Names implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(CsvHeader.values()).map(CsvHeader::toString).iterator();
    }
  }
}
