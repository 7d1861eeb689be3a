package io.ccsim.center;

import io.ccsim.arrivals.ScheduledContact;
import io.ccsim.engine.Event;
import java.util.List;

/** Feeds a trace's contacts in time order: one reusable event. */
final class TraceFeeder extends Event {
  private final ContactCenter center;
  private final List<ScheduledContact> trace;
  private int next;

  TraceFeeder(ContactCenter center, List<ScheduledContact> trace) {
    this.center = center;
    this.trace = trace;
  }

  void start() {
    if (next < trace.size()) {
      center.simulator().scheduleAt(this, trace.get(next).arrivalSeconds());
    }
  }

  @Override
  protected void fire() {
    center.arriveTraced(trace.get(next++));
    start();
  }
}
