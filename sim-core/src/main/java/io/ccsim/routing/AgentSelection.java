package io.ccsim.routing;

import io.ccsim.center.Agent;
import io.ccsim.center.Contact;

/**
 * Chooses which agent takes a contact that has just arrived (or become eligible for more groups).
 * Implementations rank only agents for which {@link RoutingView#mayTake} holds, and return null when
 * there is none. One policy per class; {@link RoutingRegistry} maps names to them.
 */
public interface AgentSelection {
  Agent choose(Contact contact, RoutingView view);
}
