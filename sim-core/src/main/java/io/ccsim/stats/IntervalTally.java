package io.ccsim.stats;

/**
 * One replication's per-interval counts for one channel, attributed to the interval in which each
 * contact arrived (the glossary's convention), plus the queue length over time.
 */
public final class IntervalTally {
  private final double thresholdSeconds;
  private final long[] offered;
  private final long[] answered;
  private final long[] abandoned;
  private final long[] blocked;
  private final long[] answeredWithin;
  private final long[] abandonedWithin;
  private final double[] answeredWaitSum;
  private final IntervalIntegral queueLength;

  public IntervalTally(double thresholdSeconds, double intervalSeconds, int intervals) {
    this.thresholdSeconds = thresholdSeconds;
    offered = new long[intervals];
    answered = new long[intervals];
    abandoned = new long[intervals];
    blocked = new long[intervals];
    answeredWithin = new long[intervals];
    abandonedWithin = new long[intervals];
    answeredWaitSum = new double[intervals];
    queueLength = new IntervalIntegral(intervalSeconds, intervals);
  }

  public int intervals() {
    return offered.length;
  }

  /** @param slWaitSeconds the wait as the service level counts it (business hours, if so configured) */
  public void recordAnswered(int interval, double waitSeconds, double slWaitSeconds) {
    offered[interval]++;
    answered[interval]++;
    answeredWaitSum[interval] += waitSeconds;
    if (slWaitSeconds <= thresholdSeconds) {
      answeredWithin[interval]++;
    }
  }

  public void recordAbandoned(int interval, double waitSeconds) {
    offered[interval]++;
    abandoned[interval]++;
    if (waitSeconds <= thresholdSeconds) {
      abandonedWithin[interval]++;
    }
  }

  public void recordBlocked(int interval) {
    offered[interval]++;
    blocked[interval]++;
  }

  /** Contacts still waiting when the run ended count as offered (and not answered) in their interval. */
  public void recordUnfinished(int interval) {
    offered[interval]++;
  }

  public IntervalIntegral queueLength() {
    return queueLength;
  }

  public long offered(int i) {
    return offered[i];
  }

  public long answered(int i) {
    return answered[i];
  }

  public long abandoned(int i) {
    return abandoned[i];
  }

  public long blocked(int i) {
    return blocked[i];
  }

  public long answeredWithin(int i) {
    return answeredWithin[i];
  }

  public long abandonedWithin(int i) {
    return abandonedWithin[i];
  }

  public double answeredWaitSum(int i) {
    return answeredWaitSum[i];
  }
}
