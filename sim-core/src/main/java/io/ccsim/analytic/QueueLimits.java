package io.ccsim.analytic;

/**
 * What bounds the queue of an M/M/c+M/K system: the customers' mean (exponential) patience and the number
 * of waiting places; {@link #NONE} gives Erlang C.
 */
public record QueueLimits(double meanPatienceSeconds, int queueCapacity) {
  /** Patience of customers who never abandon. */
  public static final double NO_ABANDONMENT = Double.POSITIVE_INFINITY;
  /** Queue capacity of an unlimited waiting room. */
  public static final int UNLIMITED_QUEUE = Integer.MAX_VALUE;
  /** Infinite patience and an unlimited waiting room: the Erlang C model. */
  public static final QueueLimits NONE = new QueueLimits(NO_ABANDONMENT, UNLIMITED_QUEUE);

  public QueueLimits {
    if (!(meanPatienceSeconds > 0)) {
      throw new IllegalArgumentException(
          "mean patience must be > 0 seconds (infinite for no abandonment), got " + meanPatienceSeconds);
    }
    Require.atLeast("queue capacity", queueCapacity, 0);
  }

  /** Exponential patience with the given mean and an unlimited waiting room: the Erlang A model. */
  public static QueueLimits patience(double meanPatienceSeconds) {
    return new QueueLimits(meanPatienceSeconds, UNLIMITED_QUEUE);
  }

  /** θ, the rate at which one waiting customer abandons; 0 without abandonment. */
  public double abandonRatePerSecond() {
    return 1 / meanPatienceSeconds;
  }

  /** Whether the waiting room is unlimited (no arrival is ever blocked). */
  public boolean unlimitedQueue() {
    return queueCapacity == UNLIMITED_QUEUE;
  }
}
