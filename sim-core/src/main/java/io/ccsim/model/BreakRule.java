package io.ccsim.model;

/**
 * A break (or lunch) of {@code durationSeconds}, starting at a fixed time (earliest = latest) or at a
 * time drawn uniformly within [earliest, latest] for each agent, which spreads the team's breaks.
 */
public record BreakRule(double earliestStartSeconds, double latestStartSeconds, double durationSeconds) {
  public BreakRule {
    if (!(latestStartSeconds >= earliestStartSeconds)) {
      throw new IllegalArgumentException("a break window must not end before it starts");
    }
    if (!(durationSeconds > 0)) {
      throw new IllegalArgumentException("break duration must be positive, got " + durationSeconds + " s");
    }
  }
}
