package io.ccsim.routing;

/**
 * {@code longest-weighted-wait}: the waiting contact whose wait is longest relative to its channel's
 * service-level threshold (a chat 60 s into a 60 s target ranks with a call 20 s into a 20 s target),
 * so every channel's queue is worked in proportion to its goal. Channel priorities are ignored.
 */
public final class LongestWeightedWait implements ContactSelection {
  @Override
  public ContactView choose(AgentView agent, RoutingView view) {
    ContactView best = null;
    double bestWeightedWait = Double.NEGATIVE_INFINITY;
    double now = view.nowSeconds();
    for (int c : view.channelsToConsider(agent)) {
      ChannelView channel = view.channel(c);
      ContactView head = channel.head();
      if (head == null || !view.mayTake(agent, head)) {
        continue;
      }
      double threshold = Math.max(1.0, channel.serviceLevelThresholdSeconds());
      double weightedWait = (now - head.arrivalSeconds()) / threshold;
      if (weightedWait > bestWeightedWait) {
        best = head;
        bestWeightedWait = weightedWait;
      }
    }
    return best;
  }
}
