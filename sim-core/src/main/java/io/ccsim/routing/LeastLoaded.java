package io.ccsim.routing;

/**
 * {@code least-loaded}: the agent holding the fewest items takes the contact (idle agents first, the
 * longest idle of them), which spreads chats across agents so each works at the least slowdown.
 */
public final class LeastLoaded implements AgentSelection {
  @Override
  public AgentView choose(ContactView contact, RoutingView view) {
    AgentView idle = Candidates.longestIdleAcross(contact, view);
    return idle != null ? idle : Candidates.bestBusyAcross(contact, view, LeastLoaded::lighter);
  }

  private static boolean lighter(AgentView a, AgentView b) {
    return a.itemsHeld() < b.itemsHeld()
        || (a.itemsHeld() == b.itemsHeld() && Candidates.waitedLonger(a, b));
  }
}
