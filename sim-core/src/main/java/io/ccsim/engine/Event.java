package io.ccsim.engine;

/**
 * Something that happens at a point in simulated time. An event object may be scheduled at most once
 * at a time; it can be cancelled, rescheduled, and reused after it fired (arrival generators and
 * contacts reuse theirs, so the hot loop allocates little).
 */
public abstract class Event {
  double timeSeconds;
  /**
   * The event's slot in its {@link EventList} while scheduled, or -1 when not scheduled. The list keeps
   * the heap as slot numbers (ints) rather than references; see {@link EventList} for why.
   */
  int slot = -1;

  /** Called by the {@link Simulator} when simulated time reaches this event. */
  protected abstract void fire();

  public final boolean isScheduled() {
    return slot >= 0;
  }

  /** The time this event is (or was last) scheduled for, in seconds. */
  public final double timeSeconds() {
    return timeSeconds;
  }
}
