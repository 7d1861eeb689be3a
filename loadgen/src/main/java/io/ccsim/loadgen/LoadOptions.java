package io.ccsim.loadgen;

import java.time.Duration;

/**
 * How a load run plays its schedule, and its caps, which are always on.
 *
 * @param speed simulated seconds per wall-clock second (60: an 8-hour day in 8 minutes)
 * @param maxDuration no contact is sent later than this after the start (wall time)
 * @param maxContacts at most this many contacts are sent (or dropped)
 * @param maxRatePerSecond a plan whose busiest wall-clock second holds more contacts is refused
 * @param maxInFlight per target, the most contacts in flight; a contact due when it is reached is dropped
 *     (or waits, with {@link WhenFull#WAIT}), never queued
 * @param timeout connect and response timeout of one delivery
 * @param grace how long in-flight work may finish after the last send or a stop
 * @param interval the reporting interval
 * @param lateAfter a contact sent this long after its intended time counts as late
 * @param runId the prefix of every contact id, so that a system can tell runs apart
 * @param smtpConnections SMTP connections per mail target
 */
public record LoadOptions(
    double speed,
    Duration maxDuration,
    long maxContacts,
    double maxRatePerSecond,
    int maxInFlight,
    WhenFull whenFull,
    Duration timeout,
    Duration grace,
    Duration interval,
    Duration lateAfter,
    String runId,
    int smtpConnections) {
  public static final Duration DEFAULT_MAX_DURATION = Duration.ofMinutes(10);
  public static final long DEFAULT_MAX_CONTACTS = 1_000_000;
  public static final double DEFAULT_MAX_RATE = 1000;
  public static final int DEFAULT_MAX_IN_FLIGHT = 1000;

  /** What happens to a contact that is due while its target has {@code maxInFlight} contacts in flight. */
  public enum WhenFull {
    /** It is not sent, and counted as dropped. */
    DROP,
    /**
     * The sender waits for a free slot (at most the timeout, then drops it); the contact goes out late,
     * and its latency shows the wait.
     */
    WAIT
  }

  public LoadOptions {
    if (!(speed > 0) || Double.isInfinite(speed)) {
      throw new IllegalArgumentException("speed must be a positive number, got " + speed);
    }
    positive("max duration", maxDuration);
    positive("timeout", timeout);
    positive("interval", interval);
    if (grace == null || grace.isNegative()) {
      throw new IllegalArgumentException("grace must be >= 0, got " + grace);
    }
    if (lateAfter == null || lateAfter.isNegative()) {
      throw new IllegalArgumentException("late threshold must be >= 0, got " + lateAfter);
    }
    if (maxContacts < 1) {
      throw new IllegalArgumentException("max contacts must be >= 1, got " + maxContacts);
    }
    if (!(maxRatePerSecond > 0)) {
      throw new IllegalArgumentException("max rate must be positive, got " + maxRatePerSecond);
    }
    if (maxInFlight < 1) {
      throw new IllegalArgumentException("max in flight must be >= 1, got " + maxInFlight);
    }
    if (whenFull == null) {
      throw new IllegalArgumentException("whenFull is required");
    }
    if (runId == null || !runId.matches("[A-Za-z0-9_-]{1,40}")) {
      throw new IllegalArgumentException("run id must be 1 to 40 letters, digits, '-' or '_', got " + runId);
    }
    if (smtpConnections < 1) {
      throw new IllegalArgumentException("SMTP connections must be >= 1, got " + smtpConnections);
    }
  }

  private static void positive(String what, Duration d) {
    if (d == null || d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(what + " must be positive, got " + d);
    }
  }

  /** Wall-clock nanoseconds from the start at which a contact arriving at {@code arrivalSeconds} is due. */
  public long offsetNanos(double arrivalSeconds) {
    return Math.round(arrivalSeconds / speed * 1e9);
  }
}
