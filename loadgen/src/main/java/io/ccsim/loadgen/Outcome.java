package io.ccsim.loadgen;

/** How a load run ended. */
public enum Outcome {
  /** Every planned contact was due and handled. */
  COMPLETED("completed"),
  /** The max-duration cap ended the sending. */
  MAX_DURATION("max-duration"),
  /** The max-contacts cap ended the sending. */
  MAX_CONTACTS("max-contacts"),
  /** Stopped from outside (Ctrl-C). */
  INTERRUPTED("interrupted"),
  /** An --abort-if threshold held during the run. */
  ABORTED("aborted");

  private final String key;

  Outcome(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }
}
