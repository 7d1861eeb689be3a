package io.ccsim.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the duration and rate notations used in scenario files and on the command line.
 *
 * <p>Durations: {@code 20s}, {@code 5m}, {@code 1h30m}, {@code 2d}, {@code 250ms}, or a plain number of
 * seconds. Rates: {@code 200/h}, {@code 3.5/min}, {@code 0.05/s}, {@code 1200/d}, or a plain number per
 * second. Errors are {@link IllegalArgumentException}s whose message says what is allowed.
 */
public final class Quantities {
  public static final String DURATION_FORMS = "a duration such as 20s, 5m, 1h30m, 250ms or a number of seconds";
  public static final String RATE_FORMS = "a rate such as 200/h, 3.5/min, 0.05/s or a number per second";

  private static final Pattern NUMBER = Pattern.compile("[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?");
  private static final Pattern DURATION_PART = Pattern.compile("([0-9]+(?:\\.[0-9]+)?)(ms|d|h|min|m|s)");
  private static final Pattern RATE = Pattern.compile("([0-9]+(?:\\.[0-9]+)?(?:[eE][-+]?[0-9]+)?)\\s*/\\s*(s|sec|secs|second|seconds|min|mins|minute|minutes|m|h|hr|hrs|hour|hours|d|day|days)");

  private Quantities() {}

  /** Parses a duration into seconds; accepts components in decreasing order such as {@code 1h30m}. */
  public static double parseDurationSeconds(String text) {
    String s = text == null ? "" : text.trim();
    if (NUMBER.matcher(s).matches()) {
      return Double.parseDouble(s);
    }
    Matcher m = DURATION_PART.matcher(s);
    int position = 0;
    double seconds = 0;
    double lastUnit = Double.POSITIVE_INFINITY;
    while (position < s.length() && m.find(position) && m.start() == position) {
      double unit = unitSeconds(m.group(2));
      if (unit >= lastUnit) {
        throw new IllegalArgumentException("'" + text + "' is not " + DURATION_FORMS + " (units must go from largest to smallest)");
      }
      lastUnit = unit;
      seconds += Double.parseDouble(m.group(1)) * unit;
      position = m.end();
    }
    if (position == 0 || position != s.length()) {
      throw new IllegalArgumentException("'" + text + "' is not " + DURATION_FORMS);
    }
    return seconds;
  }

  /** Parses a rate into contacts per second. */
  public static double parseRatePerSecond(String text) {
    String s = text == null ? "" : text.trim();
    if (NUMBER.matcher(s).matches()) {
      return Double.parseDouble(s);
    }
    Matcher m = RATE.matcher(s);
    if (!m.matches()) {
      throw new IllegalArgumentException("'" + text + "' is not " + RATE_FORMS);
    }
    return Double.parseDouble(m.group(1)) / unitSeconds(m.group(2));
  }

  private static double unitSeconds(String unit) {
    return switch (unit) {
      case "ms" -> 0.001;
      case "s", "sec", "secs", "second", "seconds" -> 1;
      case "m", "min", "mins", "minute", "minutes" -> 60;
      case "h", "hr", "hrs", "hour", "hours" -> 3600;
      case "d", "day", "days" -> 86400;
      default -> throw new IllegalArgumentException("unknown unit " + unit);
    };
  }

  /** Formats seconds compactly for tables: {@code 20s}, {@code 3m}, {@code 1h30m}, {@code 2.5s}. */
  public static String formatDuration(double seconds) {
    if (seconds != Math.rint(seconds) || seconds < 60) {
      return trim(seconds) + "s";
    }
    long s = (long) seconds;
    StringBuilder sb = new StringBuilder();
    long[] units = {3600, 60, 1};
    String[] names = {"h", "m", "s"};
    for (int i = 0; i < units.length; i++) {
      if (s >= units[i]) {
        sb.append(s / units[i]).append(names[i]);
        s %= units[i];
      }
    }
    return sb.toString();
  }

  private static String trim(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}
