package io.ccsim.stats;

import org.HdrHistogram.Histogram;

/**
 * One replication's per-contact counts for one channel: streaming sums and a wait histogram, never a
 * list of contacts, so memory stays flat however many contacts a run simulates.
 */
public final class ChannelTally {
  /** Waits are recorded as integer milliseconds with three significant digits (0.1% resolution). */
  public static final int SIGNIFICANT_DIGITS = 3;

  private final double thresholdSeconds;
  private final Histogram waitMillis = new Histogram(SIGNIFICANT_DIGITS);
  /**
   * Waits that round to 0 ms (contacts served at once, the most common case) not yet added to
   * {@link #waitMillis}. Recording a value in an HdrHistogram costs an index computation and min/max
   * updates, about a tenth of an event's cost on M/M/100; counting zeros here and adding them in one
   * {@code recordValueWithCount} when the histogram is read gives the same histogram, faster.
   */
  private long pendingZeroWaits;
  private long offered;
  private long answered;
  private long abandoned;
  private long blocked;
  private long delayed;
  private long answeredWithinThreshold;
  private long abandonedWithinThreshold;
  private double answeredWaitSumSeconds;
  private double allWaitSumSeconds;
  private long unfinished;
  private long handled;
  private double handleSumSeconds;
  private double holdSumSeconds;
  private long backlogAtHorizon;
  private long vruArrivals;
  private long vruDropOuts;

  public ChannelTally(double thresholdSeconds) {
    this.thresholdSeconds = thresholdSeconds;
  }

  /** A contact reached an agent after waiting {@code waitSeconds} (0: served at once). */
  public void recordAnswered(double waitSeconds) {
    recordAnswered(waitSeconds, waitSeconds);
  }

  /**
   * A contact reached an agent after waiting {@code waitSeconds}; the service level compares
   * {@code slWaitSeconds} with the threshold (the wait in business hours, when the target counts them).
   */
  public void recordAnswered(double waitSeconds, double slWaitSeconds) {
    offered++;
    answered++;
    if (waitSeconds > 0) {
      delayed++;
    }
    if (slWaitSeconds <= thresholdSeconds) {
      answeredWithinThreshold++;
    }
    answeredWaitSumSeconds += waitSeconds;
    allWaitSumSeconds += waitSeconds;
    recordWait(waitSeconds);
  }

  /** A contact left the queue after {@code waitSeconds}. */
  public void recordAbandoned(double waitSeconds) {
    offered++;
    abandoned++;
    delayed++;
    if (waitSeconds <= thresholdSeconds) {
      abandonedWithinThreshold++;
    }
    allWaitSumSeconds += waitSeconds;
    recordWait(waitSeconds);
  }

  /** A contact found the queue full and was turned away. */
  public void recordBlocked() {
    offered++;
    blocked++;
    delayed++;
  }

  /** A counted contact still waited when the run had to end (see ContactCenter's drain limit). */
  public void recordUnfinished() {
    offered++;
    unfinished++;
    delayed++;
  }

  private void recordWait(double waitSeconds) {
    long millis = toMillis(waitSeconds);
    if (millis == 0) {
      pendingZeroWaits++;
    } else {
      waitMillis.recordValue(millis);
    }
  }

  /**
   * A counted contact finished, wrap-up included, after {@code handleSeconds} of handle time (work,
   * slowed by concurrency, plus hold while interrupted, plus wrap-up; queue wait is not part of it).
   */
  public void recordHandled(double handleSeconds, double holdSeconds) {
    handled++;
    handleSumSeconds += handleSeconds;
    holdSumSeconds += holdSeconds;
  }

  /** How many contacts waited in the queue at the horizon (the backlog a day leaves behind). */
  public void recordBacklogAtHorizon(long waiting) {
    backlogAtHorizon = waiting;
  }

  public long handled() {
    return handled;
  }

  public double handleSumSeconds() {
    return handleSumSeconds;
  }

  public double holdSumSeconds() {
    return holdSumSeconds;
  }

  public long backlogAtHorizon() {
    return backlogAtHorizon;
  }

  private static long toMillis(double seconds) {
    return Math.round(seconds * 1000);
  }

  public long offered() {
    return offered;
  }

  public long answered() {
    return answered;
  }

  public long abandoned() {
    return abandoned;
  }

  public long blocked() {
    return blocked;
  }

  public long delayedCount() {
    return delayed;
  }

  public long unfinishedCount() {
    return unfinished;
  }

  public long answeredWithinThreshold() {
    return answeredWithinThreshold;
  }

  public long abandonedWithinThreshold() {
    return abandonedWithinThreshold;
  }

  public double answeredWaitSumSeconds() {
    return answeredWaitSumSeconds;
  }

  public double allWaitSumSeconds() {
    return allWaitSumSeconds;
  }

  /** An arrival entered the channel's VRU stage; {@code droppedOut}: it left there, never offered to the queue. */
  public void recordVruArrival(boolean droppedOut) {
    vruArrivals++;
    if (droppedOut) {
      vruDropOuts++;
    }
  }

  /** Arrivals that entered the VRU (0 for a channel without one). */
  public long vruArrivals() {
    return vruArrivals;
  }

  /** Arrivals that left in the VRU; not offered to the queue, so apart from abandonment. */
  public long vruDropOuts() {
    return vruDropOuts;
  }

  /** Waits of answered and abandoned contacts in milliseconds (blocked ones never waited). */
  public Histogram waitMillis() {
    if (pendingZeroWaits > 0) {
      waitMillis.recordValueWithCount(0, pendingZeroWaits);
      pendingZeroWaits = 0;
    }
    return waitMillis;
  }
}
