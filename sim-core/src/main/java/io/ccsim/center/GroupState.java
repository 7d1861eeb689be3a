package io.ccsim.center;

import io.ccsim.model.AgentGroup;
import io.ccsim.stats.TimeIntegral;
import java.util.ArrayDeque;

/** The agents of one group during a replication: who is idle (longest idle first) and how busy they were. */
public final class GroupState {
  final int index;
  final AgentGroup spec;
  /** Indexes of the channels this group serves, in the scenario's channel order. */
  final int[] channelIndexes;
  /** Idle agents in the order they became idle: the head has been idle longest. */
  final ArrayDeque<Agent> idle;
  final TimeIntegral busyAgents;

  GroupState(int index, AgentGroup spec, int[] channelIndexes, double warmupSeconds, double horizonSeconds) {
    this.index = index;
    this.spec = spec;
    this.channelIndexes = channelIndexes;
    this.idle = new ArrayDeque<>(spec.count());
    for (int i = 0; i < spec.count(); i++) {
      idle.addLast(new Agent(this, i));
    }
    this.busyAgents = new TimeIntegral(warmupSeconds, horizonSeconds);
  }

  public int index() {
    return index;
  }

  public int[] channelIndexes() {
    return channelIndexes;
  }

  /** The agent idle longest, or null when all are busy. */
  public Agent longestIdle() {
    return idle.peekFirst();
  }

  public int idleCount() {
    return idle.size();
  }
}
