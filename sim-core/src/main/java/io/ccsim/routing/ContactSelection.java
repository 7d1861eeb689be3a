package io.ccsim.routing;

import io.ccsim.center.Agent;
import io.ccsim.center.Contact;

/**
 * Chooses which waiting contact an agent takes when it has free capacity. Within a channel the queue
 * is first-in-first-out, so only each channel's head is a candidate; implementations choose among the
 * heads for which {@link RoutingView#mayTake} holds, or return null.
 */
public interface ContactSelection {
  Contact choose(Agent agent, RoutingView view);
}
