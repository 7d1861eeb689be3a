package io.ccsim.center;

import io.ccsim.engine.Event;

/**
 * One customer contact. It is its own event: while it waits, the event is its abandonment; while it is
 * in service, its completion. A contact has at most one of the two pending at a time, so one event
 * object per contact suffices and a completion can be rescheduled when the work rate changes.
 */
public final class Contact extends Event {
  enum State { NEW, WAITING, IN_SERVICE, DONE }

  private final ContactCenter center;
  final ChannelState channel;
  final double arrivalSeconds;
  /** Whether it arrived inside the measurement window [warmup, horizon) and so counts in statistics. */
  final boolean counted;
  /** Work content in seconds, drawn at arrival so compared scenarios give the same contact the same work. */
  final double workSeconds;
  /** Patience in seconds (+infinity: never abandons), drawn at arrival for the same reason. */
  final double patienceSeconds;
  State state = State.NEW;
  Agent agent;
  // Intrusive links of the channel's FIFO queue: O(1) removal when the contact abandons.
  Contact previous;
  Contact next;

  Contact(ContactCenter center, ChannelState channel, double arrivalSeconds, boolean counted,
      double workSeconds, double patienceSeconds) {
    this.center = center;
    this.channel = channel;
    this.arrivalSeconds = arrivalSeconds;
    this.counted = counted;
    this.workSeconds = workSeconds;
    this.patienceSeconds = patienceSeconds;
  }

  @Override
  protected void fire() {
    if (state == State.WAITING) {
      center.abandon(this);
    } else {
      center.complete(this);
    }
  }

  public ChannelState channel() {
    return channel;
  }

  public double arrivalSeconds() {
    return arrivalSeconds;
  }
}
