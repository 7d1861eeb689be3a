package io.ccsim.loadgen.target;

import io.ccsim.arrivals.ScheduledContact;

/**
 * One contact as the targets send it.
 *
 * @param id unique in the run: {@code <run id>-<contact number>}
 * @param json the contact event (docs/load.md#the-contact-event), one line
 * @param sessionNanos how long a chat session lasts in wall time (its handle time divided by the speed)
 */
public record ContactEvent(ScheduledContact contact, String id, String json, long sessionNanos) {
  public String channel() {
    return contact.channel();
  }
}
