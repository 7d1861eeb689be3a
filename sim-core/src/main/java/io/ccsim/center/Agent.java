package io.ccsim.center;

/** One agent: belongs to a group, serves one contact at a time. */
public final class Agent {
  final GroupState group;
  final int indexInGroup;
  Contact current;
  double idleSinceSeconds;

  Agent(GroupState group, int indexInGroup) {
    this.group = group;
    this.indexInGroup = indexInGroup;
  }

  public GroupState group() {
    return group;
  }

  public boolean isIdle() {
    return current == null;
  }

  /** When the agent last became idle; the longest-idle rule compares these. */
  public double idleSinceSeconds() {
    return idleSinceSeconds;
  }
}
