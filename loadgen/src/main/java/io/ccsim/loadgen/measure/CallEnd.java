package io.ccsim.loadgen.measure;

/** How a phone call (a SIP target's contact) ended, as counted in the call figures. */
public enum CallEnd {
  /** Answered, held for its planned handle time, and hung up by the load generator (BYE answered). */
  COMPLETED,
  /** Not answered within the contact's patience: cancelled by plan (CANCEL, then 487 or a late 200 and BYE). */
  ABANDONED,
  /** Cut short because the run stopped (Ctrl-C, --abort-if): hung up or cancelled early. */
  STOPPED,
  /** The server answered the INVITE with a final 3xx, 4xx, 5xx or 6xx response. */
  REJECTED,
  /** The server did not answer the INVITE (or the CANCEL) in time: SIP timer B or F, capped by --timeout. */
  TIMEOUT,
  /** The call could not be set up: the connection was refused or broke before an answer. */
  TRANSPORT,
  /**
   * The call was answered, then ended other than as planned: the server hung up (BYE) before the planned
   * end, the BYE was refused or timed out, or the connection broke.
   */
  DROPPED
}
