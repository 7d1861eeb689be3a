package io.ccsim.loadgen.target;

import io.ccsim.arrivals.ScheduledContact;
import java.time.Instant;

/**
 * One contact as the targets send it.
 *
 * @param id unique in the run: {@code <run id>-<contact number>}
 * @param json the contact event (docs/load.md#the-contact-event), one line
 * @param sessionNanos how long a chat session or an answered call lasts in wall time (its handle time divided
 *     by the speed)
 * @param patienceNanos how long a call may ring in wall time before it is cancelled (its patience divided by
 *     the speed), or -1 when it never abandons
 * @param intendedNanos when the contact was due, on {@link System#nanoTime()}'s clock
 * @param intendedAt when the contact was due, in wall-clock time (the event's {@code intendedAt})
 */
public record ContactEvent(ScheduledContact contact, String id, String json, long sessionNanos, long patienceNanos,
    long intendedNanos, Instant intendedAt) {
  public String channel() {
    return contact.channel();
  }
}
