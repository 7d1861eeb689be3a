package io.ccsim.routing;

import io.ccsim.center.Agent;
import io.ccsim.center.ChannelState;
import io.ccsim.center.Contact;
import io.ccsim.center.ContactQueue;
import io.ccsim.center.GroupState;

/**
 * The classic default: a new contact goes to the agent who has been idle longest among the groups
 * skilled for its channel; a freed agent takes the contact that has waited longest among its channels.
 * Ties go to the group or channel listed first in the scenario.
 */
public final class LongestIdleFirstComeFirstServed implements RoutingPolicy {
  private final RoutingView view;

  public LongestIdleFirstComeFirstServed(RoutingView view) {
    this.view = view;
  }

  @Override
  public Agent agentFor(Contact contact) {
    Agent best = null;
    for (int g : contact.channel().groupIndexes()) {
      Agent candidate = view.groups()[g].longestIdle();
      if (candidate != null && (best == null || candidate.idleSinceSeconds() < best.idleSinceSeconds())) {
        best = candidate;
      }
    }
    return best;
  }

  @Override
  public Contact contactFor(Agent agent) {
    GroupState group = agent.group();
    Contact best = null;
    for (int c : group.channelIndexes()) {
      ContactQueue queue = view.channels()[c].queue();
      Contact head = queue.peek();
      if (head != null && (best == null || head.arrivalSeconds() < best.arrivalSeconds())) {
        best = head;
      }
    }
    return best;
  }
}
