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

  public ChannelTally(double thresholdSeconds) {
    this.thresholdSeconds = thresholdSeconds;
  }

  /** A contact reached an agent after waiting {@code waitSeconds} (0: served at once). */
  public void recordAnswered(double waitSeconds) {
    offered++;
    answered++;
    if (waitSeconds > 0) {
      delayed++;
    }
    if (waitSeconds <= thresholdSeconds) {
      answeredWithinThreshold++;
    }
    answeredWaitSumSeconds += waitSeconds;
    allWaitSumSeconds += waitSeconds;
    waitMillis.recordValue(toMillis(waitSeconds));
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
    waitMillis.recordValue(toMillis(waitSeconds));
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

  /** Waits of answered and abandoned contacts in milliseconds (blocked ones never waited). */
  public Histogram waitMillis() {
    return waitMillis;
  }
}
