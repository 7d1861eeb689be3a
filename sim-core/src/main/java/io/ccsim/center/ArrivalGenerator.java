package io.ccsim.center;

import io.ccsim.arrivals.ArrivalProcess;
import io.ccsim.engine.Event;

/** Feeds one arrival process into the center: one reusable event that reschedules itself. */
final class ArrivalGenerator extends Event {
  private final ContactCenter center;
  private final ChannelState channel;
  private final ArrivalProcess process;

  ArrivalGenerator(ContactCenter center, ChannelState channel, ArrivalProcess process) {
    this.center = center;
    this.channel = channel;
    this.process = process;
  }

  /** Schedules the first arrival; does nothing if the process has none. */
  void start() {
    scheduleNext();
  }

  @Override
  protected void fire() {
    center.arrive(channel);
    scheduleNext();
  }

  private void scheduleNext() {
    double next = process.nextArrivalSeconds(center.simulator().now());
    if (next < Double.POSITIVE_INFINITY) {
      center.simulator().scheduleAt(this, next);
    }
  }
}
