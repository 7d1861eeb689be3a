package io.ccsim.center;

import io.ccsim.model.AgentCapacity;
import io.ccsim.model.AgentGroup;
import io.ccsim.model.Channel;
import io.ccsim.stats.GroupTally;
import java.util.ArrayDeque;
import java.util.List;

/** The agents of one group during a replication: capacity rules by channel index, who is idle, and tallies. */
public final class GroupState {
  final int index;
  final AgentGroup spec;
  /** Indexes of the channels this group is skilled for, in the scenario's channel order. */
  final int[] channelIndexes;
  /** Skills plus channels this group takes by overflow. */
  int[] servedChannelIndexes;
  final Agent[] agents;
  /** Idle agents in the order they became idle: the head has been idle longest. */
  final ArrayDeque<Agent> idle;
  final GroupTally tally;
  // Capacity rules, by channel index.
  final int[] maxPerChannel;
  final int[] unitCost;
  final boolean[] exclusive;
  final double[] slotShare;
  final double[][] slowdown;
  final double[] proficiency;
  final int units;
  final boolean mixChannels;
  final boolean wrapUpHoldsAgent;
  /** Whether an agent may hold more than one item: otherwise only idle agents can take work. */
  final boolean holdsSeveral;

  GroupState(int index, AgentGroup spec, int[] channelIndexes, List<Channel> channels, boolean siloed,
      double warmupSeconds, double horizonSeconds) {
    this.index = index;
    this.spec = spec;
    this.channelIndexes = channelIndexes;
    this.servedChannelIndexes = channelIndexes;
    AgentCapacity capacity = spec.capacity();
    int n = channels.size();
    maxPerChannel = new int[n];
    unitCost = new int[n];
    exclusive = new boolean[n];
    slotShare = new double[n];
    slowdown = new double[n][];
    proficiency = new double[n];
    units = capacity.units();
    for (int c = 0; c < n; c++) {
      String name = channels.get(c).name();
      maxPerChannel[c] = capacity.maxOf(name);
      unitCost[c] = capacity.costOf(name);
      exclusive[c] = capacity.exclusiveChannels().contains(name);
      // Each item takes 1/max of an agent, or its cost over the agent's units when units are used.
      slotShare[c] = units > 0 ? (double) unitCost[c] / units : 1.0 / maxPerChannel[c];
      proficiency[c] = spec.proficiencyOf(name);
      if (capacity.slowdown().containsKey(name)) {
        slowdown[c] = new double[maxPerChannel[c] + 1];
        for (int level = 1; level <= maxPerChannel[c]; level++) {
          slowdown[c][level] = capacity.slowdownOf(name, level);
        }
      }
    }
    mixChannels = capacity.mixChannels() && !siloed;
    wrapUpHoldsAgent = capacity.wrapUpHoldsAgent();
    boolean several = false;
    for (int c : channelIndexes) {
      several |= maxPerChannel[c] > 1;
    }
    holdsSeveral = several || (mixChannels && channelIndexes.length > 1);
    agents = new Agent[spec.count()];
    idle = new ArrayDeque<>(spec.count());
    for (int i = 0; i < spec.count(); i++) {
      agents[i] = new Agent(this, i, n);
      if (spec.shifts().isEmpty()) {
        idle.addLast(agents[i]);
      } else {
        agents[i].presence = Agent.Presence.OFF;
      }
    }
    tally = new GroupTally(spec.count(), holdsSeveral, warmupSeconds, horizonSeconds);
  }

  public int index() {
    return index;
  }

  public int[] channelIndexes() {
    return channelIndexes;
  }

  /** The agent idle longest, or null when none is idle. */
  public Agent longestIdle() {
    return idle.peekFirst();
  }

  public int idleCount() {
    return idle.size();
  }

  /** Every agent of the group, in a fixed order. */
  public Agent[] agents() {
    return agents;
  }

  /** Whether an agent may hold more than one item at a time. */
  public boolean holdsSeveral() {
    return holdsSeveral;
  }

  /** The factor on handle time for a channel (lower is faster). */
  public double proficiencyOf(int channelIndex) {
    return proficiency[channelIndex];
  }

  /** The work rate of each item of {@code channel} while {@code working} of them are worked on. */
  double workRate(int channel, int working) {
    double[] factors = slowdown[channel];
    return factors == null || working == 0 ? 1.0 : 1.0 / factors[working];
  }
}
