package io.ccsim.routing;

/**
 * Chooses which waiting contact an agent with free capacity takes. Within a channel the queue is first
 * come, first served, so only the heads of {@link RoutingView#channelsToConsider} are candidates;
 * implementations choose among the heads for which {@link RoutingView#mayTake} holds, or return null.
 */
public interface ContactSelection {
  ContactView choose(AgentView agent, RoutingView view);
}
