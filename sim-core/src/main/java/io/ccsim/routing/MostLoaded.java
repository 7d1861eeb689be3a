package io.ccsim.routing;

import io.ccsim.center.Agent;
import io.ccsim.center.Contact;

/**
 * {@code most-loaded}: the busy agent holding the most items that still has room takes the contact, so
 * one agent fills up before the next is used (idle agents stay free for calls); an idle agent, the
 * longest idle, only when no busy agent has room.
 */
public final class MostLoaded implements AgentSelection {
  private final LongestIdle fallback = new LongestIdle();

  @Override
  public Agent choose(Contact contact, RoutingView view) {
    Agent best = null;
    for (int g : view.groupsFor(contact)) {
      Agent candidate = Candidates.bestBusy(view.groups()[g], contact, view, MostLoaded::heavier);
      if (candidate != null && (best == null || heavier(candidate, best))) {
        best = candidate;
      }
    }
    return best != null ? best : fallback.choose(contact, view);
  }

  private static boolean heavier(Agent a, Agent b) {
    return a.itemsHeld() > b.itemsHeld()
        || (a.itemsHeld() == b.itemsHeld() && Candidates.waitedLonger(a, b));
  }
}
