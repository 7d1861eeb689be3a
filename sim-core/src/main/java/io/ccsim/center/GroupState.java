package io.ccsim.center;

import io.ccsim.model.AgentCapacity;
import io.ccsim.model.AgentGroup;
import io.ccsim.model.Channel;
import io.ccsim.model.ChannelKind;
import io.ccsim.routing.AgentView;
import io.ccsim.routing.GroupView;
import io.ccsim.stats.GroupTally;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.List;

/** The agents of one group during a replication: capacity rules by channel index, who is idle, and tallies. */
public final class GroupState implements GroupView {
  final int index;
  final AgentGroup spec;
  /** Indexes of the channels this group is skilled for, in the scenario's channel order. */
  final int[] channelIndexes;
  /** Skills plus channels this group takes by overflow, in the scenario's channel order. */
  final int[] servedChannelIndexes;
  /** The live channels among {@link #servedChannelIndexes}: what an agent with paused work looks at first. */
  final int[] servedLiveChannelIndexes;
  /** The deferred channels among {@link #servedChannelIndexes}. */
  final int[] servedDeferredChannelIndexes;
  /** Whether an agent of this group can have work paused: a served channel may interrupt another served one. */
  final boolean mayPause;
  /**
   * Channels with a reservation that counts this group's idle agents (it is skilled for them): their
   * idle-agent counts move with this group's idle queue.
   */
  ChannelState[] reservedChannels = new ChannelState[0];
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
  /** Whether an agent may take an item while holding another: otherwise only free agents can take work. */
  final boolean holdsSeveral;

  GroupState(int index, AgentGroup spec, int[] channelIndexes, int[] servedChannelIndexes, List<Channel> channels,
      boolean siloed, double warmupSeconds, double horizonSeconds) {
    this.index = index;
    this.spec = spec;
    this.channelIndexes = channelIndexes;
    this.servedChannelIndexes = servedChannelIndexes;
    this.servedLiveChannelIndexes = Arrays.stream(servedChannelIndexes)
        .filter(c -> channels.get(c).kind() == ChannelKind.LIVE).toArray();
    this.servedDeferredChannelIndexes = Arrays.stream(servedChannelIndexes)
        .filter(c -> channels.get(c).kind() == ChannelKind.DEFERRED).toArray();
    this.mayPause = mayPause(servedChannelIndexes, channels);
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
    // A staffing that follows busyness keeps reserve agents, logged out but on days busy enough.
    agents = new Agent[spec.agentsWithReserve()];
    idle = new ArrayDeque<>(agents.length);
    for (int i = 0; i < agents.length; i++) {
      agents[i] = new Agent(this, i, n);
      if (spec.shifts().isEmpty()) {
        idle.addLast(agents[i]);
        agents[i].inIdleQueue = true;
      } else {
        agents[i].presence = Agent.Presence.OFF;
      }
    }
    // An agent holding a call and a paused email holds two items even where it never takes two at once,
    // so the tally tracks levels (busy share, concurrency) whenever work can be paused.
    tally = new GroupTally(spec.count(), holdsSeveral || mayPause, warmupSeconds, horizonSeconds);
  }

  private static boolean mayPause(int[] served, List<Channel> channels) {
    for (int deferred : served) {
      for (int live : served) {
        if (channels.get(deferred).interruptibleBy().contains(channels.get(live).name())) {
          return true;
        }
      }
    }
    return false;
  }

  @Override
  public int index() {
    return index;
  }

  public AgentGroup spec() {
    return spec;
  }

  /** This replication's time-weighted figures for the group so far (over the measurement window). */
  public GroupTally tally() {
    return tally;
  }

  public int[] channelIndexes() {
    return channelIndexes;
  }

  @Override
  public Agent longestIdle() {
    return idle.peekFirst();
  }

  @Override
  public int idleCount() {
    return idle.size();
  }

  @Override
  public int agentCount() {
    return agents.length;
  }

  @Override
  public AgentView agent(int i) {
    return agents[i];
  }

  /** Every agent of the group, in a fixed order. */
  public Agent[] agents() {
    return agents;
  }

  @Override
  public boolean holdsSeveral() {
    return holdsSeveral;
  }

  @Override
  public double proficiencyOf(int channelIndex) {
    return proficiency[channelIndex];
  }

  /** The agent joins the back of the idle queue; reserved channels count one more idle agent. */
  void joinIdle(Agent agent) {
    idle.addLast(agent);
    agent.inIdleQueue = true;
    for (ChannelState channel : reservedChannels) {
      channel.idleAgents++;
    }
  }

  /** The agent, if in the idle queue, leaves it; reserved channels count one idle agent fewer. */
  void leaveIdle(Agent agent) {
    if (!agent.inIdleQueue) {
      return;
    }
    // Policies mostly take the agent idle longest, the head.
    if (idle.peekFirst() == agent) {
      idle.pollFirst();
    } else {
      idle.remove(agent);
    }
    agent.inIdleQueue = false;
    for (ChannelState channel : reservedChannels) {
      channel.idleAgents--;
    }
  }

  /** The work rate of each item of {@code channel} while {@code working} of them are worked on. */
  double workRate(int channel, int working) {
    double[] factors = slowdown[channel];
    return factors == null || working == 0 ? 1.0 : 1.0 / factors[working];
  }
}
