package io.ccsim.cli;

import io.ccsim.model.Quantities;
import java.util.regex.Pattern;

/**
 * Parses option values given as text, so that every bad value fails the same way: one
 * {@link BadInputException} line that names the option, repeats the value and says what is allowed.
 */
final class OptionValues {
  private static final Pattern DECIMAL = Pattern.compile("[0-9]+(\\.[0-9]*)?([eE][-+]?[0-9]+)?|\\.[0-9]+([eE][-+]?[0-9]+)?");
  private static final Pattern WHOLE = Pattern.compile("[0-9]{1,9}");
  private static final String FRACTION_FORMS = "a fraction such as 0.80 or a percentage such as 80%";

  private OptionValues() {}

  /**
   * A rate with its unit ({@code 200/h}, {@code 3.5/min}, {@code 0.05/s}), in contacts per second,
   * greater than zero. On the command line a plain number is refused: {@code --rate 200} read as per
   * second would be 720,000 an hour, an easy slip with figures usually quoted per hour.
   */
  static double rate(String option, String text) {
    String s = text == null ? "" : text.trim();
    if (DECIMAL.matcher(s).matches()) {
      throw bad(option, "'" + text + "' has no unit; give " + s + "/h, " + s + "/min or " + s + "/s (per hour,"
          + " minute or second)");
    }
    double perSecond;
    try {
      perSecond = Quantities.parseRatePerSecond(text);
    } catch (IllegalArgumentException e) {
      throw bad(option, e.getMessage());
    }
    if (!(perSecond > 0) || Double.isInfinite(perSecond)) {
      throw bad(option, "'" + text + "' must be greater than zero; give " + Quantities.RATE_FORMS);
    }
    return perSecond;
  }

  /** A duration in seconds: greater than zero, or also zero when {@code zeroAllowed}. */
  static double duration(String option, String text, boolean zeroAllowed) {
    double seconds;
    try {
      seconds = Quantities.parseDurationSeconds(text);
    } catch (IllegalArgumentException e) {
      throw bad(option, e.getMessage());
    }
    if (Double.isInfinite(seconds) || (zeroAllowed ? !(seconds >= 0) : !(seconds > 0))) {
      throw bad(option, "'" + text + "' must be " + (zeroAllowed ? "zero or more" : "greater than zero")
          + "; give " + Quantities.DURATION_FORMS);
    }
    return seconds;
  }

  /** A whole number of at least {@code minimum}. */
  static int wholeNumber(String option, String text, int minimum) {
    String s = text == null ? "" : text.trim();
    if (!WHOLE.matcher(s).matches() || Integer.parseInt(s) < minimum) {
      throw bad(option, "'" + text + "' is not allowed; give a whole number from " + minimum + " to 999999999");
    }
    return Integer.parseInt(s);
  }

  /** A positive finite number, such as an offered load in Erlangs. */
  static double positiveNumber(String option, String text) {
    String s = text == null ? "" : text.trim();
    double value = DECIMAL.matcher(s).matches() ? Double.parseDouble(s) : Double.NaN;
    if (!(value > 0) || Double.isInfinite(value)) {
      throw bad(option, "'" + text + "' is not allowed; give a number greater than zero, such as 10 or 12.5");
    }
    return value;
  }

  /** A fraction in [0, 1] (or (0, 1] unless {@code zeroAllowed}), written as 0.80 or 80%. */
  static double fraction(String option, String text, boolean zeroAllowed) {
    String s = text == null ? "" : text.trim();
    boolean percent = s.endsWith("%");
    String digits = percent ? s.substring(0, s.length() - 1).trim() : s;
    double value = DECIMAL.matcher(digits).matches() ? Double.parseDouble(digits) : Double.NaN;
    if (percent) {
      value /= 100;
    }
    if (!(value <= 1 && (zeroAllowed ? value >= 0 : value > 0))) {
      throw bad(option, "'" + text + "' is outside " + (zeroAllowed ? "[0, 1]" : "(0, 1]") + "; give " + FRACTION_FORMS);
    }
    return value;
  }

  static BadInputException bad(String option, String problem) {
    return new BadInputException(option + ": " + problem);
  }
}
