package io.ccsim.model;

import java.util.List;

/**
 * A shift worked every day: {@code count} agents log in at {@code startSeconds} and out at
 * {@code endSeconds} (seconds after midnight; the end may pass midnight, up to 24 h after the start),
 * taking their {@code breaks}. An agent busy at the end finishes the items in hand (overtime).
 */
public record Shift(double startSeconds, double endSeconds, int count, List<BreakRule> breaks) {
  public Shift {
    if (!(startSeconds >= 0 && startSeconds < TimeOfDay.DAY_SECONDS)) {
      throw new IllegalArgumentException("shift start must be a time of day, got " + startSeconds + " s");
    }
    if (!(endSeconds > startSeconds && endSeconds <= startSeconds + TimeOfDay.DAY_SECONDS)) {
      throw new IllegalArgumentException("shift end must be after its start and at most 24h later, got "
          + TimeOfDay.format(startSeconds) + "-" + TimeOfDay.format(endSeconds));
    }
    if (count < 1) {
      throw new IllegalArgumentException("shift count must be >= 1, got " + count);
    }
    breaks = List.copyOf(breaks);
    for (BreakRule b : breaks) {
      if (b.earliestStartSeconds() < startSeconds || b.latestStartSeconds() + b.durationSeconds() > endSeconds) {
        throw new IllegalArgumentException("a break must lie within its shift "
            + TimeOfDay.format(startSeconds) + "-" + TimeOfDay.format(endSeconds));
      }
    }
  }
}
