package io.ccsim.routing;

/**
 * What a routing policy may look at and ask, read-only. The engine answers {@link #mayTake} with every
 * rule that is not a preference: presence, the agent's capacity (per-channel maximum, units,
 * cross-channel rules), the routing mode, reservations, overflow delays and interruptions. Policies only
 * rank the agents or contacts that pass it (the rules are in docs/routing.md).
 */
public interface RoutingView {
  double nowSeconds();

  ChannelView channel(int index);

  GroupView group(int index);

  /** Whether {@code agent} may take {@code contact} now. */
  boolean mayTake(AgentView agent, ContactView contact);

  /**
   * The channels whose queue heads {@code agent} may be given at this step, in the scenario's order.
   * Agents of a group whose work can be paused are offered live channels first, then deferred ones;
   * other agents everything they serve at once.
   */
  int[] channelsToConsider(AgentView agent);

  /** The groups that may take {@code contact} now: its channel's groups, plus overflow groups once due. */
  int[] groupsFor(ContactView contact);
}
