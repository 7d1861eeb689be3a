package io.ccsim.routing;

/**
 * {@code most-loaded}: the busy agent holding the most items that still has room takes the contact, so
 * one agent fills up before the next is used (idle agents stay free for calls); an idle agent, the
 * longest idle, only when no busy agent has room.
 */
public final class MostLoaded implements AgentSelection {
  @Override
  public AgentView choose(ContactView contact, RoutingView view) {
    AgentView busy = Candidates.bestBusyAcross(contact, view, MostLoaded::heavier);
    return busy != null ? busy : Candidates.longestIdleAcross(contact, view);
  }

  private static boolean heavier(AgentView a, AgentView b) {
    return a.itemsHeld() > b.itemsHeld()
        || (a.itemsHeld() == b.itemsHeld() && Candidates.waitedLonger(a, b));
  }
}
