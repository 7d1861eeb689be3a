package io.ccsim.routing;

/**
 * {@code best-skilled}: the contact goes to the group that handles its channel fastest (the lowest
 * proficiency factor) among those with an agent who may take it; within the group, the longest idle.
 */
public final class BestSkilled implements AgentSelection {
  @Override
  public AgentView choose(ContactView contact, RoutingView view) {
    AgentView best = null;
    double bestFactor = Double.POSITIVE_INFINITY;
    for (int g : view.groupsFor(contact)) {
      GroupView group = view.group(g);
      double factor = group.proficiencyOf(contact.channelIndex());
      if (factor > bestFactor) {
        continue;
      }
      AgentView candidate = Candidates.longestIdle(group, contact, view);
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

  private static boolean better(AgentView a, AgentView b) {
    if (b == null) {
      return true;
    }
    if (a.itemsHeld() != b.itemsHeld()) {
      return a.itemsHeld() < b.itemsHeld();
    }
    return a.itemsHeld() == 0 ? a.idleSinceSeconds() < b.idleSinceSeconds() : Candidates.waitedLonger(a, b);
  }
}
