package io.ccsim.engine;

/** The simulation clock and event loop: pops events in time order and fires them. */
public final class Simulator {
  private final EventList events = new EventList();
  private double nowSeconds;
  private long firedEvents;
  private boolean stopped;

  /** The current simulated time in seconds. */
  public double now() {
    return nowSeconds;
  }

  /** How many events have fired so far. */
  public long firedEvents() {
    return firedEvents;
  }

  /** Schedules {@code event} to fire {@code delaySeconds} from now. */
  public void schedule(Event event, double delaySeconds) {
    if (!(delaySeconds >= 0)) {
      throw new IllegalArgumentException("delay must be >= 0 seconds, got " + delaySeconds);
    }
    events.add(event, nowSeconds + delaySeconds);
  }

  /** Schedules {@code event} at an absolute time, which must not be in the past. */
  public void scheduleAt(Event event, double timeSeconds) {
    if (timeSeconds < nowSeconds) {
      throw new IllegalArgumentException("cannot schedule at " + timeSeconds + " s, before now " + nowSeconds + " s");
    }
    events.add(event, timeSeconds);
  }

  /** Cancels a scheduled event; a no-op if it is not scheduled. */
  public void cancel(Event event) {
    events.remove(event);
  }

  /** Moves an event (scheduled or not) to a new absolute time. */
  public void rescheduleAt(Event event, double timeSeconds) {
    if (timeSeconds < nowSeconds) {
      throw new IllegalArgumentException("cannot reschedule to " + timeSeconds + " s, before now " + nowSeconds + " s");
    }
    events.reschedule(event, timeSeconds);
  }

  /** Makes {@link #run} return after the event being fired. */
  public void stop() {
    stopped = true;
  }

  /** Fires events in order until the list is empty, {@link #stop} is called, or time would pass {@code untilSeconds}. */
  public void run(double untilSeconds) {
    stopped = false;
    while (!stopped) {
      // Not poll: the first event that next.fire() schedules takes this one's place (see EventList).
      Event next = events.takeFirstUntil(untilSeconds);
      if (next == null) {
        if (untilSeconds < Double.POSITIVE_INFINITY) {
          nowSeconds = Math.max(nowSeconds, untilSeconds);
        }
        return;
      }
      nowSeconds = next.timeSeconds;
      firedEvents++;
      next.fire();
    }
  }

  /** Whether the last {@link #run} ended because {@link #stop} was called (not because time ran out). */
  public boolean stopped() {
    return stopped;
  }

  /** When the next event fires, or +infinity when none is scheduled. */
  public double nextEventSeconds() {
    return events.peekTime();
  }

  /** Pending events (for tests and diagnostics). */
  public int pendingEvents() {
    return events.size();
  }
}
