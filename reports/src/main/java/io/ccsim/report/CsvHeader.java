package io.ccsim.report;

import java.util.Locale;

/**
 * How the CSV files spell the names the tool chooses in their headers (docs/reports.md, "CSV files").
 * ccsim's scheme is {@link #SNAKE}: lower-case words joined by {@code _}, a unit word last before the
 * statistic ({@code asa_seconds_mean}). {@code channels.csv}, {@code groups.csv}, a run's
 * {@code intervals.csv} and {@code sweep.csv} were first written with summary.json's camelCase keys
 * ({@code asaSeconds_mean}); users' scripts read those names, so {@link #JSON} stays the default there and
 * {@code --csv-header snake} gives the same file under the scheme's names. Names that come from the
 * scenario or the command line (channels, groups, sweep paths, the letters of a comparison) are never
 * respelled.
 */
public enum CsvHeader {
  /** summary.json's keys as they are: {@code serviceLevel_mean}, {@code serviceLevelThresholdSeconds}. */
  JSON,
  /** The scheme: {@code service_level_mean}, {@code service_level_threshold_seconds}. */
  SNAKE;

  /** {@code key}, a camelCase summary.json key, spelled for this header. */
  public String key(String key) {
    return this == JSON ? key : snake(key);
  }

  /** {@code waitP90Seconds} becomes {@code wait_p90_seconds}; a name already in snake_case is unchanged. */
  public static String snake(String camel) {
    StringBuilder out = new StringBuilder(camel.length() + 8);
    for (int i = 0; i < camel.length(); i++) {
      char c = camel.charAt(i);
      if (Character.isUpperCase(c)) {
        if (i > 0 && camel.charAt(i - 1) != '_') {
          out.append('_');
        }
        out.append(Character.toLowerCase(c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** The option value, {@code json} or {@code snake}. */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
