package io.ccsim.routing;

/** What a routing policy may read of one channel and its queue. */
public interface ChannelView {
  int index();

  int priority();

  boolean isDeferred();

  double serviceLevelThresholdSeconds();

  /**
   * The contact that has waited longest, or null. Within a channel contacts are answered first come,
   * first served, so the head is the only waiting contact of the channel a policy may pick.
   */
  ContactView head();

  int waiting();
}
