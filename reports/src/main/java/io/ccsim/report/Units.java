package io.ccsim.report;

import io.ccsim.kpi.Format;
import io.ccsim.kpi.Kpi;
import io.ccsim.stats.Estimate;
import java.util.Locale;

/**
 * Durations in the unit a person reads: hours for deferred channels' waits of an hour or more (an email
 * answered in 5.2 h, not 18,720 s), minutes where seconds would run to thousands, seconds otherwise. A figure and
 * its interval always share one unit. Machine-readable files (summary.json, CSV) keep seconds.
 */
public final class Units {
  /** From this many seconds a live channel's duration is shown in minutes. */
  static final double MINUTES_FROM_SECONDS = 1000;
  /** From this many seconds a deferred channel's wait is shown in hours. */
  static final double HOURS_FROM_SECONDS = 3600;

  private Units() {}

  /** A unit of time with its symbol. */
  public enum TimeUnit {
    SECONDS("s", 1), MINUTES("min", 60), HOURS("h", 3600);

    private final String symbol;
    private final double seconds;

    TimeUnit(String symbol, double seconds) {
      this.symbol = symbol;
      this.seconds = seconds;
    }

    public String symbol() {
      return symbol;
    }

    /** {@code value} seconds in this unit. */
    public double of(double valueSeconds) {
      return valueSeconds / seconds;
    }
  }

  /** The unit for a duration of {@code seconds} on a deferred (true) or live channel. */
  public static TimeUnit unitFor(double seconds, boolean deferred) {
    // A deferred channel's waits read in hours once they reach one; an email answered in 4 minutes reads as
    // minutes or seconds like a live wait (0.06 h says little).
    if (deferred && Math.abs(seconds) >= HOURS_FROM_SECONDS) {
      return TimeUnit.HOURS;
    }
    return Math.abs(seconds) >= MINUTES_FROM_SECONDS ? TimeUnit.MINUTES : TimeUnit.SECONDS;
  }

  /** A duration with its unit: {@code 12.3 s}, {@code 25.4 min}, {@code 5.20 h}. */
  public static String duration(double seconds, boolean deferred) {
    if (Double.isNaN(seconds)) {
      return "n/a";
    }
    TimeUnit unit = unitFor(seconds, deferred);
    return number(unit.of(seconds)) + " " + unit.symbol();
  }

  /** An estimate of a duration, mean and half-width in one unit: {@code 5.20 ± 0.31 h}. */
  public static String duration(Estimate e, boolean deferred) {
    if (e == null || Double.isNaN(e.mean())) {
      return "n/a";
    }
    TimeUnit unit = unitFor(e.mean(), deferred);
    String ci = Double.isNaN(e.ci95()) ? "" : " ± " + number(unit.of(e.ci95()));
    return number(unit.of(e.mean())) + ci + " " + unit.symbol();
  }

  /** A paired difference of durations with its sign, in the unit of the first run's figure. */
  public static String durationDifference(Estimate d, double reference, boolean deferred) {
    if (d == null || Double.isNaN(d.mean())) {
      return "n/a";
    }
    TimeUnit unit = unitFor(Math.max(Math.abs(reference), Math.abs(d.mean())), deferred);
    String mean = number(unit.of(d.mean()));
    String ci = Double.isNaN(d.ci95()) ? "" : " ± " + number(unit.of(d.ci95()));
    return (mean.startsWith("-") ? mean : "+" + mean) + ci + " " + unit.symbol();
  }

  /**
   * A service-level threshold or deadline as people state it: {@code 20 s}, {@code 90 s},
   * {@code 15 min}, {@code 24 h}, {@code 1.5 h}.
   */
  public static String threshold(double seconds) {
    if (seconds < 120) {
      return trim(seconds) + " s";
    }
    if (seconds < 2 * 3600) {
      return trim(seconds / 60) + " min";
    }
    return trim(seconds / 3600) + " h";
  }

  /**
   * Whether {@code kpi} on a deferred channel reads in hours: its waits do (an email waits hours), its
   * handle and hold times do not (an email takes minutes to answer).
   */
  public static boolean inHours(Kpi kpi, boolean deferredChannel) {
    return deferredChannel && kpi.format() == Format.SECONDS && kpi != Kpi.AHT_SECONDS && kpi != Kpi.HOLD_SECONDS;
  }

  /**
   * A KPI's figure for a table whose row label has no unit ({@link #labelWithoutSeconds}): durations in the
   * unit a person reads (hours for a deferred channel's waits), everything else as {@link TextTable#format}.
   */
  public static String figure(Estimate e, Kpi kpi, boolean deferredChannel) {
    return kpi.format() == Format.SECONDS ? duration(e, inHours(kpi, deferredChannel)) : TextTable.format(e, kpi.format());
  }

  /** A KPI's table label without its "(s)" unit, for cells that carry their own unit. */
  public static String labelWithoutSeconds(Kpi kpi) {
    return kpi.format() == Format.SECONDS ? kpi.label().replace(" (s)", "") : kpi.label();
  }

  /** Three significant figures at most, two decimals at most: 12.3, 0.42, 1234. */
  static String number(double value) {
    double abs = Math.abs(value);
    String text = abs >= 100 ? String.format(Locale.ROOT, "%.0f", value)
        : abs >= 10 ? String.format(Locale.ROOT, "%.1f", value)
        : String.format(Locale.ROOT, "%.2f", value);
    return text.equals("-0") || text.equals("-0.0") || text.equals("-0.00") ? text.substring(1) : text;
  }

  private static String trim(double value) {
    if (value == Math.rint(value)) {
      return Long.toString((long) value);
    }
    return String.format(Locale.ROOT, "%.1f", value).replaceAll("\\.0$", "");
  }
}
