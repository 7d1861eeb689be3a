package io.ccsim.routing;

/** What a routing policy may read of one agent; the engine's agents implement it. */
public interface AgentView {
  /** The index of the agent's group in the scenario's group order. */
  int groupIndex();

  /** Items in hand: worked on, wrapping up or paused. */
  int itemsHeld();

  /** When the agent last became idle; the longest-idle rule compares these. */
  double idleSinceSeconds();

  /** When the agent last took an item; ranks busy agents that hold several items. */
  double lastAssignedSeconds();
}
