package io.ccsim.config;

import io.ccsim.model.TimeOfDay;

/**
 * Reads the clock times of business hours and shifts ("HH:MM", optionally ":SS") as seconds after
 * midnight, with errors at the value. A start is at most 23:59; an end may be 24:00.
 */
final class TimesOfDay {
  static final String START_FORMS = "a time of day \"HH:MM\" from \"00:00\" to \"23:59\" (quote it in YAML)";
  static final String END_FORMS = "a time of day \"HH:MM\" from \"00:00\" to \"24:00\" (quote it in YAML)";

  private final ScenarioSource source;

  TimesOfDay(ScenarioSource source) {
    this.source = source;
  }

  /** A time at which something starts: 00:00 to 23:59. */
  double start(String text, String path) {
    double seconds = parse(text, path, START_FORMS);
    if (seconds >= TimeOfDay.DAY_SECONDS) {
      throw source.error(path, "'" + text + "' is the end of the day; nothing can start then",
          START_FORMS + "; \"00:00\" is midnight at the start of a day");
    }
    return seconds;
  }

  /** A time at which something ends: 00:00 to 24:00. */
  double end(String text, String path) {
    return parse(text, path, END_FORMS);
  }

  private double parse(String text, String path, String allowed) {
    source.required(text, path, allowed);
    try {
      return TimeOfDay.parseSeconds(text);
    } catch (IllegalArgumentException e) {
      throw source.error(path, "'" + text + "' is not a time of day", allowed, e);
    }
  }
}
