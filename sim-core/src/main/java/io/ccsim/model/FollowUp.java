package io.ccsim.model;

import io.ccsim.distribution.Distribution;

/**
 * A contact leading to another: with {@code probability}, an outcome {@code on} of a contact of
 * {@code from} makes the customer contact {@code to} after {@code delay}.
 *
 * @param afterSeconds for {@link Outcome#UNANSWERED} only: how long deferred work may wait before the
 *     customer chases it (the original contact stays in the queue)
 */
public record FollowUp(
    String from, Outcome on, double probability, String to, Distribution delay, double afterSeconds) {
  /** What happened to the first contact. */
  public enum Outcome {
    /** The customer left the queue. */
    ABANDONED("abandoned"),
    /** An agent handled it but the issue was not resolved (a repeat contact follows). */
    UNRESOLVED("unresolved"),
    /** Deferred work still unanswered {@code afterSeconds} after it arrived. */
    UNANSWERED("unanswered"),
    /** The queue was full. */
    BLOCKED("blocked");

    private final String key;

    Outcome(String key) {
      this.key = key;
    }

    public String key() {
      return key;
    }
  }

  public FollowUp {
    if (from == null || on == null || to == null || delay == null) {
      throw new IllegalArgumentException("a follow-up needs from, on, to and delay");
    }
    if (!(probability >= 0 && probability <= 1)) {
      throw new IllegalArgumentException("follow-up probability must be in [0, 1], got " + probability);
    }
    if (on == Outcome.UNANSWERED && !(afterSeconds > 0 && afterSeconds < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException("an 'unanswered' follow-up needs a positive 'after' duration");
    }
  }
}
