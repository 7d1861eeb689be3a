package io.ccsim.model;

/**
 * The daily hours a channel is open, as seconds after midnight (the same every day). A live channel gets
 * no arrivals while closed; a deferred channel's contacts still arrive and queue up, and its response
 * target may be measured in business hours.
 */
public record BusinessHours(double openSeconds, double closeSeconds) {
  public BusinessHours {
    if (!(openSeconds >= 0 && closeSeconds <= TimeOfDay.DAY_SECONDS && openSeconds < closeSeconds)) {
      throw new IllegalArgumentException("business hours must open before they close within one day, got "
          + TimeOfDay.format(openSeconds) + "-" + TimeOfDay.format(closeSeconds));
    }
  }

  /** Whether the channel is open at simulation time {@code timeSeconds}. */
  public boolean isOpen(double timeSeconds) {
    double inDay = timeSeconds % TimeOfDay.DAY_SECONDS;
    return inDay >= openSeconds && inDay < closeSeconds;
  }

  /** Open seconds per day. */
  public double openSecondsPerDay() {
    return closeSeconds - openSeconds;
  }

  /** Open time elapsed between two simulation times: how long a wait lasted "in business hours". */
  public double openSecondsBetween(double fromSeconds, double toSeconds) {
    return openUntil(toSeconds) - openUntil(fromSeconds);
  }

  /** Open seconds from time 0 to {@code timeSeconds}. */
  private double openUntil(double timeSeconds) {
    double days = Math.floor(timeSeconds / TimeOfDay.DAY_SECONDS);
    double inDay = timeSeconds - days * TimeOfDay.DAY_SECONDS;
    double today = Math.min(Math.max(inDay - openSeconds, 0), openSecondsPerDay());
    return days * openSecondsPerDay() + today;
  }
}
