package io.ccsim.center;

/**
 * Watches a replication as it runs, for tests, traces and animations. Called synchronously on the
 * replication's thread; the default methods do nothing, so an observer overrides only what it needs.
 */
public interface CenterObserver {
  CenterObserver NONE = new CenterObserver() {};

  /** An agent started work on a contact (fresh, or taken from the queue). */
  default void started(Contact contact, Agent agent, double nowSeconds) {}

  /** An agent paused its deferred work to take the live {@code interrupter}. */
  default void interrupted(Agent agent, Contact interrupter, double nowSeconds) {}
}
