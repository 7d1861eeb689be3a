package io.ccsim.routing;

/**
 * Chooses which agent takes a contact that is offered: one that just arrived to an empty queue, or the
 * head of a queue that became eligible for more agents (an overflow delay passed, an agent went idle
 * under a reservation). Implementations rank only agents for which {@link RoutingView#mayTake} holds,
 * and return null when there is none. One policy per class; {@link RoutingRegistry} maps names to them.
 */
public interface AgentSelection {
  AgentView choose(ContactView contact, RoutingView view);
}
