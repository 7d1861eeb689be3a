package io.ccsim.routing;

/** What a routing policy may read of one agent group. */
public interface GroupView {
  int index();

  /** The agent idle longest (idle agents queue in the order they became idle), or null when none is. */
  AgentView longestIdle();

  int idleCount();

  int agentCount();

  /** Agent {@code i} of the group, in a fixed order. */
  AgentView agent(int i);

  /** Whether an agent may take an item while holding another (several chats, a chat and an email). */
  boolean holdsSeveral();

  /** The factor on handle time for a channel (lower is faster). */
  double proficiencyOf(int channelIndex);
}
