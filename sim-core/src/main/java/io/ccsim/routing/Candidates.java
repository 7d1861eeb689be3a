package io.ccsim.routing;

import io.ccsim.center.Agent;
import io.ccsim.center.Contact;
import io.ccsim.center.GroupState;
import java.util.function.BiPredicate;

/** Helpers shared by the agent-selection policies: where to look for agents that may take a contact. */
final class Candidates {
  private Candidates() {}

  /**
   * The agent idle longest in {@code group} that may take the contact, or null. Idle agents are kept in
   * the order they became idle, so this is the head unless a rule (a reservation) refuses it.
   */
  static Agent longestIdle(GroupState group, Contact contact, RoutingView view) {
    Agent head = group.longestIdle();
    return head != null && view.mayTake(head, contact) ? head : null;
  }

  /** Across the groups that may take the contact, the agent idle longest, or null when none is idle. */
  static Agent longestIdleAcross(Contact contact, RoutingView view) {
    Agent best = null;
    for (int g : view.groupsFor(contact)) {
      Agent candidate = longestIdle(view.groups()[g], contact, view);
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
  static Agent bestBusy(GroupState group, Contact contact, RoutingView view, BiPredicate<Agent, Agent> better) {
    if (!group.holdsSeveral()) {
      return null;
    }
    Agent best = null;
    for (Agent agent : group.agents()) {
      if (agent.itemsHeld() > 0 && view.mayTake(agent, contact) && (best == null || better.test(agent, best))) {
        best = agent;
      }
    }
    return best;
  }

  /** True when {@code a} has waited longer than {@code b} since its last assignment. */
  static boolean waitedLonger(Agent a, Agent b) {
    return a.lastAssignedSeconds() < b.lastAssignedSeconds();
  }
}
