package io.ccsim.routing;

import io.ccsim.center.Agent;
import io.ccsim.center.ChannelState;
import io.ccsim.center.Contact;
import io.ccsim.center.GroupState;

/**
 * What a routing policy may look at and ask. The center answers {@link #mayTake} with every rule that is
 * not a preference: the agent's capacity (per-channel maximum, units, cross-channel rules), the routing
 * mode, reservations and overflow delays. Policies only rank the agents or contacts that pass it.
 */
public interface RoutingView {
  double nowSeconds();

  ChannelState[] channels();

  GroupState[] groups();

  /** Whether {@code agent} may take {@code contact} now. */
  boolean mayTake(Agent agent, Contact contact);

  /** The channels an agent of {@code group} may take contacts from: its skills and its overflow channels. */
  int[] channelsServedBy(GroupState group);

  /** The groups that may take a contact of {@code channel} now: primary groups, plus overflow groups once due. */
  int[] groupsFor(Contact contact);
}
