package io.ccsim.routing;

import io.ccsim.center.Agent;
import io.ccsim.center.Contact;
import io.ccsim.center.GroupState;

/**
 * {@code longest-idle}: the agent idle longest takes the contact; if every candidate is busy (agents
 * who hold several items), the one whose last assignment is oldest. The classic fair default.
 */
public final class LongestIdle implements AgentSelection {
  @Override
  public Agent choose(Contact contact, RoutingView view) {
    Agent best = Candidates.longestIdleAcross(contact, view);
    if (best != null) {
      return best;
    }
    for (int g : view.groupsFor(contact)) {
      GroupState group = view.groups()[g];
      Agent candidate = Candidates.bestBusy(group, contact, view, Candidates::waitedLonger);
      if (candidate != null && (best == null || Candidates.waitedLonger(candidate, best))) {
        best = candidate;
      }
    }
    return best;
  }
}
