package io.ccsim.model;

import java.util.List;

/**
 * A shift: {@code count} agents log in at {@code startSeconds} and out at {@code endSeconds} (seconds after
 * midnight; the end may pass midnight, up to 24 h after the start), taking their {@code breaks}. An agent
 * busy at the end finishes the items in hand (overtime).
 *
 * <p>It is worked every day, or, with {@code cycleDays} n above 1, on day {@code cycleDay} of every n-day
 * cycle only (days counted from 0, the run's first day): a staffing given day by day (a replay of the
 * recorded dates) is a cycle of as many days as it lists.
 */
public record Shift(double startSeconds, double endSeconds, int count, List<BreakRule> breaks, int cycleDay,
    int cycleDays) {
  /** A shift worked every day. */
  public Shift(double startSeconds, double endSeconds, int count, List<BreakRule> breaks) {
    this(startSeconds, endSeconds, count, breaks, 0, 1);
  }

  public Shift {
    if (!(cycleDays >= 1 && cycleDay >= 0 && cycleDay < cycleDays)) {
      throw new IllegalArgumentException("a shift's day of its cycle must be in [0, " + cycleDays + "), got "
          + cycleDay);
    }
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

  /** Whether the shift is worked on {@code day} (from 0). */
  public boolean worksOn(int day) {
    return day % cycleDays == cycleDay;
  }

  /** The same shift worked on day {@code day} of every {@code days}-day cycle. */
  public Shift onDayOf(int day, int days) {
    return new Shift(startSeconds, endSeconds, count, breaks, day, days);
  }
}
