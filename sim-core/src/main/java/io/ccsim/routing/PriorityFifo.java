package io.ccsim.routing;

import io.ccsim.center.Agent;
import io.ccsim.center.ChannelState;
import io.ccsim.center.Contact;

/**
 * {@code priority-fifo}: the waiting contact of the highest-priority channel the agent may take; among
 * equal priorities, the one that arrived first.
 */
public final class PriorityFifo implements ContactSelection {
  @Override
  public Contact choose(Agent agent, RoutingView view) {
    Contact best = null;
    int bestPriority = Integer.MIN_VALUE;
    for (int c : view.channelsServedBy(agent.group())) {
      ChannelState channel = view.channels()[c];
      Contact head = channel.queue().peek();
      if (head == null || channel.priority() < bestPriority || !view.mayTake(agent, head)) {
        continue;
      }
      if (best == null || channel.priority() > bestPriority || head.arrivalSeconds() < best.arrivalSeconds()) {
        best = head;
        bestPriority = channel.priority();
      }
    }
    return best;
  }
}
