package io.ccsim.routing;

import io.ccsim.center.ChannelState;
import io.ccsim.center.GroupState;

/** What a routing policy may look at: the channels (with their queues) and the agent groups. */
public record RoutingView(ChannelState[] channels, GroupState[] groups) {}
