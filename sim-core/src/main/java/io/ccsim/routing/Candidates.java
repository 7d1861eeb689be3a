package io.ccsim.routing;

import java.util.function.BiPredicate;

/** Helpers shared by the agent-selection policies: where to look for agents that may take a contact. */
final class Candidates {
  private Candidates() {}

  /**
   * The agent idle longest in {@code group} that may take the contact, or null. Idle agents are kept in
   * the order they became idle, so this is the head unless a rule (a reservation) refuses it.
   */
  static AgentView longestIdle(GroupView group, ContactView contact, RoutingView view) {
    AgentView head = group.longestIdle();
    return head != null && view.mayTake(head, contact) ? head : null;
  }

  /** Across the groups that may take the contact, the agent idle longest, or null when none is idle. */
  static AgentView longestIdleAcross(ContactView contact, RoutingView view) {
    AgentView best = null;
    for (int g : view.groupsFor(contact)) {
      AgentView candidate = longestIdle(view.group(g), contact, view);
      if (candidate != null && (best == null || candidate.idleSinceSeconds() < best.idleSinceSeconds())) {
        best = candidate;
      }
    }
    return best;
  }

  /**
   * Among the busy agents of a group that can hold several items, the best by {@code better} that may
   * take the contact. Groups whose agents hold one item at a time are skipped: none of them can.
   */
  static AgentView bestBusy(GroupView group, ContactView contact, RoutingView view,
      BiPredicate<AgentView, AgentView> better) {
    if (!group.holdsSeveral()) {
      return null;
    }
    AgentView best = null;
    for (int i = 0; i < group.agentCount(); i++) {
      AgentView agent = group.agent(i);
      if (agent.itemsHeld() > 0 && view.mayTake(agent, contact) && (best == null || better.test(agent, best))) {
        best = agent;
      }
    }
    return best;
  }

  /** Across the groups that may take the contact, the best busy agent by {@code better}, or null. */
  static AgentView bestBusyAcross(ContactView contact, RoutingView view, BiPredicate<AgentView, AgentView> better) {
    AgentView best = null;
    for (int g : view.groupsFor(contact)) {
      AgentView candidate = bestBusy(view.group(g), contact, view, better);
      if (candidate != null && (best == null || better.test(candidate, best))) {
        best = candidate;
      }
    }
    return best;
  }

  /** True when {@code a} has waited longer than {@code b} since its last assignment. */
  static boolean waitedLonger(AgentView a, AgentView b) {
    return a.lastAssignedSeconds() < b.lastAssignedSeconds();
  }
}
