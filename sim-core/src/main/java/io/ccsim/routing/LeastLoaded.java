package io.ccsim.routing;

import io.ccsim.center.Agent;
import io.ccsim.center.Contact;

/**
 * {@code least-loaded}: the agent holding the fewest items takes the contact (idle agents first, the
 * longest idle of them), which spreads chats across agents so each works at the least slowdown.
 */
public final class LeastLoaded implements AgentSelection {
  @Override
  public Agent choose(Contact contact, RoutingView view) {
    Agent best = Candidates.longestIdleAcross(contact, view);
    if (best != null) {
      return best;
    }
    for (int g : view.groupsFor(contact)) {
      Agent candidate = Candidates.bestBusy(view.groups()[g], contact, view, LeastLoaded::lighter);
      if (candidate != null && (best == null || lighter(candidate, best))) {
        best = candidate;
      }
    }
    return best;
  }

  private static boolean lighter(Agent a, Agent b) {
    return a.itemsHeld() < b.itemsHeld()
        || (a.itemsHeld() == b.itemsHeld() && Candidates.waitedLonger(a, b));
  }
}
