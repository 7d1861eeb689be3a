package io.ccsim.arrivals;

/**
 * An initial backlog in front of another process: the first {@code count} arrivals are at time 0 (the
 * contacts that waited overnight), then {@code then} takes over from time 0. The backlog counts as
 * arriving at 0, so it is counted as offered only when the warmup is 0.
 */
public final class BacklogArrivals implements ArrivalProcess {
  private final ArrivalProcess then;
  private int remaining;

  public BacklogArrivals(int count, ArrivalProcess then) {
    if (count < 0) {
      throw new IllegalArgumentException("backlog must be >= 0 contacts, got " + count);
    }
    if (then == null) {
      throw new IllegalArgumentException("the process after the backlog is required");
    }
    this.remaining = count;
    this.then = then;
  }

  @Override
  public double nextArrivalSeconds(double nowSeconds) {
    if (remaining > 0) {
      remaining--;
      return Math.max(0.0, nowSeconds);
    }
    return then.nextArrivalSeconds(nowSeconds);
  }
}
