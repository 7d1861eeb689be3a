package io.ccsim.center;

import io.ccsim.engine.Event;
import io.ccsim.routing.ContactView;

/**
 * One customer contact. It is its own event: while it waits, the event is its abandonment; in service,
 * the end of its work; in wrap-up, the end of wrap-up. A contact has at most one of these pending at a
 * time, so one event object per contact suffices, and a completion can be rescheduled when the agent's
 * work rate changes.
 */
public final class Contact extends Event implements ContactView {
  enum State { NEW, WAITING, IN_SERVICE, PAUSED, WRAP_UP, DONE }

  private final ContactCenter center;
  final ChannelState channel;
  final double arrivalSeconds;
  /** Whether it arrived inside the measurement window [warmup, horizon) and so counts in statistics. */
  final boolean counted;
  /** Work content in seconds at standard speed, drawn at arrival so compared scenarios share it. */
  final double baseWorkSeconds;
  /** Wrap-up (after-contact work) in seconds, drawn at arrival for the same reason. */
  final double wrapUpSeconds;
  /** Patience in seconds (+infinity: never abandons). */
  final double patienceSeconds;
  /** The customer issue this contact belongs to; null when the scenario has no journeys. */
  final Issue issue;
  /** Whether the agent sees the customer's earlier contacts (a follow-up under shared context). */
  final boolean withContext;
  /** The reporting interval of the arrival, or -1 when interval reports are off or it arrived later. */
  int arrivalInterval = -1;
  State state = State.NEW;
  /** Whether the overflow delay has passed, so backup groups may take it too. */
  boolean overflowed;
  Agent agent;
  /** Position in the agent's list of items in hand. */
  int slotInAgent = -1;
  // Effort bookkeeping while in service: work left at lastRateChangeSeconds, and the current work rate.
  double remainingWorkSeconds;
  double workRate;
  double lastRateChangeSeconds;
  double serviceStartSeconds;
  double pausedSinceSeconds;
  double holdSeconds;
  // Intrusive links of the channel's FIFO queue: O(1) removal when the contact abandons.
  Contact previous;
  Contact next;

  Contact(ContactCenter center, ChannelState channel, double arrivalSeconds, boolean counted,
      double baseWorkSeconds, double wrapUpSeconds, double patienceSeconds, Issue issue, boolean withContext) {
    this.center = center;
    this.channel = channel;
    this.arrivalSeconds = arrivalSeconds;
    this.counted = counted;
    this.baseWorkSeconds = baseWorkSeconds;
    this.wrapUpSeconds = wrapUpSeconds;
    this.patienceSeconds = patienceSeconds;
    this.issue = issue;
    this.withContext = withContext;
  }

  @Override
  protected void fire() {
    switch (state) {
      case WAITING -> center.patienceRanOut(this);
      case IN_SERVICE -> center.workDone(this);
      case WRAP_UP -> center.wrapUpDone(this);
      default -> throw new IllegalStateException("contact event fired in state " + state);
    }
  }

  public ChannelState channel() {
    return channel;
  }

  @Override
  public int channelIndex() {
    return channel.index;
  }

  @Override
  public double arrivalSeconds() {
    return arrivalSeconds;
  }

  /** Hold time so far: time spent paused by interruptions. */
  public double holdSeconds() {
    return holdSeconds;
  }

  public boolean isWaiting() {
    return state == State.WAITING;
  }

  /** Whether an interruption has paused it (it waits in its agent's hand). */
  public boolean isPaused() {
    return state == State.PAUSED;
  }

  /** Whether its work is done and its agent is wrapping it up. */
  public boolean isInWrapUp() {
    return state == State.WRAP_UP;
  }

  /** Whether the agent sees the customer's earlier contacts (a follow-up under shared context). */
  public boolean withContext() {
    return withContext;
  }

  /** Whether it arrived inside the measurement window and so counts in the statistics. */
  public boolean counted() {
    return counted;
  }
}
