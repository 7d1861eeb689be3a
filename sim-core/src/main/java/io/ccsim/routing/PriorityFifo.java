package io.ccsim.routing;

/**
 * {@code priority-fifo}: the waiting contact of the highest-priority channel the agent may take; among
 * equal priorities, the one that arrived first.
 */
public final class PriorityFifo implements ContactSelection {
  @Override
  public ContactView choose(AgentView agent, RoutingView view) {
    ContactView best = null;
    int bestPriority = Integer.MIN_VALUE;
    for (int c : view.channelsToConsider(agent)) {
      ChannelView channel = view.channel(c);
      ContactView head = channel.head();
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
