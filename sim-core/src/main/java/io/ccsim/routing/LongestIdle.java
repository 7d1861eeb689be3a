package io.ccsim.routing;

/**
 * {@code longest-idle}: the agent idle longest takes the contact; if every candidate is busy (agents
 * who hold several items), the one whose last assignment is oldest. The classic fair default.
 */
public final class LongestIdle implements AgentSelection {
  @Override
  public AgentView choose(ContactView contact, RoutingView view) {
    AgentView idle = Candidates.longestIdleAcross(contact, view);
    return idle != null ? idle : Candidates.bestBusyAcross(contact, view, Candidates::waitedLonger);
  }
}
