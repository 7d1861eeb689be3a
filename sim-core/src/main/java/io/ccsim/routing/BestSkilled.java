package io.ccsim.routing;

import io.ccsim.center.Agent;
import io.ccsim.center.Contact;
import io.ccsim.center.GroupState;

/**
 * {@code best-skilled}: the contact goes to the group that handles its channel fastest (the lowest
 * proficiency factor) among those with an agent who may take it; within the group, the longest idle.
 */
public final class BestSkilled implements AgentSelection {
  @Override
  public Agent choose(Contact contact, RoutingView view) {
    Agent best = null;
    double bestFactor = Double.POSITIVE_INFINITY;
    for (int g : view.groupsFor(contact)) {
      GroupState group = view.groups()[g];
      double factor = group.proficiencyOf(contact.channel().index());
      if (factor > bestFactor) {
        continue;
      }
      Agent candidate = Candidates.longestIdle(group, contact, view);
      if (candidate == null) {
        candidate = Candidates.bestBusy(group, contact, view, Candidates::waitedLonger);
      }
      if (candidate != null && (factor < bestFactor || better(candidate, best))) {
        best = candidate;
        bestFactor = factor;
      }
    }
    return best;
  }

  private static boolean better(Agent a, Agent b) {
    if (b == null) {
      return true;
    }
    if (a.itemsHeld() != b.itemsHeld()) {
      return a.itemsHeld() < b.itemsHeld();
    }
    return a.itemsHeld() == 0 ? a.idleSinceSeconds() < b.idleSinceSeconds() : Candidates.waitedLonger(a, b);
  }
}
