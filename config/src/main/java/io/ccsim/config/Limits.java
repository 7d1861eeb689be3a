package io.ccsim.config;

/**
 * The sizes a scenario file may ask for, so that what {@code validate} accepts the engine can hold:
 * each is documented under Limits in docs/scenario-format.md, and a value beyond one is reported at
 * the value, naming the limit.
 */
final class Limits {
  /** The largest scenario file, in bytes (YAML's parser stops at this many characters anyway). */
  static final int MAX_FILE_BYTES = 3 * 1024 * 1024;
  /** Mappings and lists nested deeper than this are refused before Jackson or SnakeYAML see them. */
  static final int MAX_NESTING = 32;
  /** The longest duration: 10 years of 365 days, also the longest horizon. */
  static final double MAX_DURATION_SECONDS = 3650 * 86_400.0;
  /** The written form of {@link #MAX_DURATION_SECONDS}. */
  static final String MAX_DURATION = "3650d";
  /** The most days of a run ({@code days}), the same 10 years. */
  static final int MAX_DAYS = 3650;
  /** The highest arrival rate of one stream, per second. */
  static final double MAX_RATE_PER_SECOND = 1_000_000;
  /** The most agents of one group or shift. */
  static final int MAX_AGENTS = 10_000_000;
  /** The most items of one channel an agent holds at once ({@code perChannel}). */
  static final int MAX_PER_CHANNEL = 1000;
  /** The largest {@code units} of an agent's capacity. */
  static final int MAX_UNITS = 1_000_000;
  /** The most contacts waiting at time 0 ({@code initialBacklog}). */
  static final int MAX_BACKLOG = 10_000_000;
  /** The most phases of an Erlang distribution (each draw sums that many exponentials). */
  static final int MAX_PHASES = 1000;
  /** The most replications of a run. */
  static final int MAX_REPLICATIONS = 1_000_000;
  /** The largest factor on a rate (a burst) or on handle time (proficiency, contextHandleTimeFactor). */
  static final double MAX_FACTOR = 1000;

  /** The largest coefficient of variation (busyness, gamma and lognormal distributions). */
  static final double MAX_CV = 100;

  private Limits() {}
}
