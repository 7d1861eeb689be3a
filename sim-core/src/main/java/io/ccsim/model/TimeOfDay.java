package io.ccsim.model;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses and formats clock times "HH:MM" (or "HH:MM:SS") as seconds after midnight; 24:00 is allowed. */
public final class TimeOfDay {
  public static final double DAY_SECONDS = 86_400;
  public static final String FORMS = "a time of day such as \"08:00\" or \"17:30\" (00:00 to 24:00)";
  private static final Pattern CLOCK = Pattern.compile("([0-9]{1,2}):([0-5][0-9])(?::([0-5][0-9]))?");

  private TimeOfDay() {}

  public static double parseSeconds(String text) {
    Matcher m = CLOCK.matcher(text == null ? "" : text.trim());
    if (!m.matches()) {
      throw new IllegalArgumentException("'" + text + "' is not " + FORMS);
    }
    int hours = Integer.parseInt(m.group(1));
    int minutes = Integer.parseInt(m.group(2));
    int seconds = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
    double total = hours * 3600.0 + minutes * 60.0 + seconds;
    if (total > DAY_SECONDS) {
      throw new IllegalArgumentException("'" + text + "' is not " + FORMS);
    }
    return total;
  }

  /** "08:00", "17:30", or "d2 08:00" for times past the first day. */
  public static String format(double seconds) {
    long s = Math.round(seconds);
    long day = s / 86_400;
    long inDay = s % 86_400;
    String clock = String.format(Locale.ROOT, "%02d:%02d", inDay / 3600, (inDay % 3600) / 60);
    return day == 0 ? clock : "d" + (day + 1) + " " + clock;
  }
}
