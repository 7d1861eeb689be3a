package io.ccsim.report.chart;

import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Locale;

/** Formats seconds since the start of the run as a clock, {@code 8:30} (hours may exceed 24). */
public final class ClockFormat extends NumberFormat {
  private static final long serialVersionUID = 1L;

  /** {@code 3600 * 8.5} as {@code 8:30}. */
  public static String clock(double seconds) {
    long minutes = Math.round(seconds / 60);
    return String.format(Locale.ROOT, "%d:%02d", minutes / 60, minutes % 60);
  }

  @Override
  public StringBuffer format(double seconds, StringBuffer out, FieldPosition position) {
    return out.append(clock(seconds));
  }

  @Override
  public StringBuffer format(long seconds, StringBuffer out, FieldPosition position) {
    return out.append(clock(seconds));
  }

  @Override
  public Number parse(String source, ParsePosition position) {
    throw new UnsupportedOperationException("labels only");
  }
}
