package io.ccsim.loadgen.target;

import io.ccsim.loadgen.measure.CallEnd;

/**
 * What a target reports about one contact it was given. Latency is measured from the contact's intended
 * send time to {@link #reached}, or to {@link #finished} when that comes first (a refused connection, a
 * timeout); {@link #finished} is called exactly once per contact.
 */
public interface Delivery {
  /**
   * The target puts the contact on the wire now, after waiting for a connection of its own: service time
   * runs from here. Optional; without it service time runs from when the target was called.
   */
  default void started() {}

  /** The system took the contact: an HTTP response, an SMTP server's acceptance, a chat's first message sent. */
  void reached();

  /** The contact is done: {@code errorClass} null for success, else a class such as {@code http-503}. */
  void finished(String errorClass);

  // Phone calls (SIP) report their progress too; times run from the contact's intended start.

  /** The call's INVITE went out: the call is in progress until {@link #callEnded}. */
  default void callStarted() {}

  /** The first 18x response (ringing, or session progress) came. */
  default void ringing() {}

  /** The call was answered (200 OK). */
  default void answered() {}

  /** The call ended, once, before {@link #finished}; {@code status} is the final status of a rejection. */
  default void callEnded(CallEnd end, int status) {}

  /** The call's RTP stream sent and received these packets. */
  default void media(long packetsSent, long packetsReceived) {}
}
