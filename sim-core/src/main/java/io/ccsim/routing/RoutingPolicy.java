package io.ccsim.routing;

import io.ccsim.center.Agent;
import io.ccsim.center.Contact;

/**
 * Decides who serves whom. The contact center asks it twice: when a contact arrives (which idle agent,
 * if any, takes it) and when an agent frees up (which waiting contact, if any, it takes next).
 * A policy only chooses; the center does the bookkeeping.
 */
public interface RoutingPolicy {
  /** An idle agent skilled for the contact's channel, or null to let the contact wait. */
  Agent agentFor(Contact contact);

  /** A waiting contact the agent may take now, or null to let the agent go idle. */
  Contact contactFor(Agent agent);
}
