package io.ccsim.center;

import io.ccsim.model.FollowUp;

/**
 * Watches a replication as it runs, for tests, traces and animations (`ccsim show`). Called synchronously
 * on the replication's thread, at the moment the engine does what the method names; the default methods
 * do nothing, so an observer overrides only what it needs. An observer must not change the center.
 */
public interface CenterObserver {
  /**
   * Nobody watching. The calls cost nothing themselves (the JIT inlines the empty methods), but they add
   * bytecode to the engine's hot methods: Admission keeps its admit small enough to be inlined with them.
   */
  CenterObserver NONE = new CenterObserver() {};

  /** A contact arrived (a first contact or a follow-up), before it is offered to an agent or queued. */
  default void arrived(Contact contact, double nowSeconds) {}

  /** A contact found no agent and joined the back of its channel's queue. */
  default void queued(Contact contact, double nowSeconds) {}

  /** A waiting contact's patience ran out and it left the queue. */
  default void abandoned(Contact contact, double nowSeconds) {}

  /** A contact found its channel's queue full and was turned away. */
  default void blocked(Contact contact, double nowSeconds) {}

  /** An agent started work on a contact (fresh, or taken from the queue). */
  default void started(Contact contact, Agent agent, double nowSeconds) {}

  /** An agent paused its deferred work to take the live {@code interrupter}. */
  default void interrupted(Agent agent, Contact interrupter, double nowSeconds) {}

  /** An item in service was paused by an interruption (it keeps its slot and accrues hold time). */
  default void paused(Contact item, Agent agent, double nowSeconds) {}

  /** A paused item was resumed by its agent. */
  default void resumed(Contact item, Agent agent, double nowSeconds) {}

  /** An agent finished a contact: its work and wrap-up are done and its slot is free. */
  default void finished(Contact contact, Agent agent, double nowSeconds) {}

  /** An agent logged in, went on a break, came back from one, or logged out ({@link Agent#presence()}). */
  default void presenceChanged(Agent agent, double nowSeconds) {}

  /**
   * The customer of {@code from} will follow up its {@code outcome} with a contact of {@code to} in
   * {@code delaySeconds}; {@code withContext} says whether the agent will see the customer's history.
   */
  default void followUpPlanned(Contact from, FollowUp.Outcome outcome, ChannelState to, double delaySeconds,
      boolean withContext, double nowSeconds) {}

  /** {@link ContactCenter#runUntil} has brought the clock to {@code nowSeconds}. */
  default void timeAdvanced(double nowSeconds) {}
}
