package io.ccsim.loadgen.csv;

import java.math.BigDecimal;

/**
 * Seconds as text that reads back to the same double: {@link Double#toString} digits (which round-trip
 * exactly) in plain notation, so a replayed export reproduces the simulation bit for bit and a
 * spreadsheet never sees an exponent. Integers lose their ".0": {@code 12}, {@code 0.25}, {@code 3600.5}.
 */
public final class Decimals {
  private Decimals() {}

  /** {@code value} (finite) in plain decimal notation that parses back to exactly {@code value}. */
  public static String format(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("only finite numbers can be written, got " + value);
    }
    if (value == 0) {
      return "0";
    }
    String text = Double.toString(value);
    if (text.indexOf('E') >= 0) {
      text = new BigDecimal(text).stripTrailingZeros().toPlainString();
    }
    if (text.endsWith(".0")) {
      text = text.substring(0, text.length() - 2);
    }
    return text;
  }

  /** Appends {@link #format} of {@code value} without an intermediate string where possible. */
  public static StringBuilder append(StringBuilder out, double value) {
    return out.append(format(value));
  }
}
