package io.ccsim.routing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A small hand-built routing state for policy tests: groups of agents, channels with queue heads, and a
 * set of (agent, contact) pairs the rules refuse. Policies see it only through the read-only views, as
 * they see the engine.
 */
final class Fixture implements RoutingView {
  record Agent(String name, int groupIndex, int itemsHeld, double idleSinceSeconds, double lastAssignedSeconds)
      implements AgentView {}

  record Contact(String name, int channelIndex, double arrivalSeconds) implements ContactView {}

  record Channel(int index, int priority, boolean isDeferred, double serviceLevelThresholdSeconds, Contact head)
      implements ChannelView {
    @Override
    public int waiting() {
      return head == null ? 0 : 1;
    }
  }

  static final class Group implements GroupView {
    private final int index;
    private final boolean holdsSeveral;
    private final double proficiency;
    final List<Agent> agents = new ArrayList<>();
    /** Idle agents, longest idle first. */
    final List<Agent> idle = new ArrayList<>();

    Group(int index, boolean holdsSeveral, double proficiency) {
      this.index = index;
      this.holdsSeveral = holdsSeveral;
      this.proficiency = proficiency;
    }

    @Override
    public int index() {
      return index;
    }

    @Override
    public AgentView longestIdle() {
      return idle.isEmpty() ? null : idle.get(0);
    }

    @Override
    public int idleCount() {
      return idle.size();
    }

    @Override
    public int agentCount() {
      return agents.size();
    }

    @Override
    public AgentView agent(int i) {
      return agents.get(i);
    }

    @Override
    public boolean holdsSeveral() {
      return holdsSeveral;
    }

    @Override
    public double proficiencyOf(int channelIndex) {
      return proficiency;
    }
  }

  private final List<Group> groups = new ArrayList<>();
  private final List<Channel> channels = new ArrayList<>();
  private final Set<String> refused = new HashSet<>();
  private double nowSeconds = 1000;

  Group group(boolean holdsSeveral, double proficiency) {
    Group group = new Group(groups.size(), holdsSeveral, proficiency);
    groups.add(group);
    return group;
  }

  /** An idle agent; call in the order the agents became idle. */
  Agent idle(Group group, String name, double idleSinceSeconds) {
    Agent agent = new Agent(name, group.index(), 0, idleSinceSeconds, idleSinceSeconds - 100);
    group.agents.add(agent);
    group.idle.add(agent);
    return agent;
  }

  Agent busy(Group group, String name, int itemsHeld, double lastAssignedSeconds) {
    Agent agent = new Agent(name, group.index(), itemsHeld, Double.NaN, lastAssignedSeconds);
    group.agents.add(agent);
    return agent;
  }

  /** A channel whose queue head (or null) is given; its index is the order of creation. */
  Channel channel(int priority, double thresholdSeconds, Double headArrivalSeconds) {
    int index = channels.size();
    Contact head = headArrivalSeconds == null ? null : new Contact("head-" + index, index, headArrivalSeconds);
    Channel channel = new Channel(index, priority, false, thresholdSeconds, head);
    channels.add(channel);
    return channel;
  }

  Contact arriving(Channel channel) {
    return new Contact("new", channel.index(), nowSeconds);
  }

  /** The rules refuse this pair (capacity, reservation...). */
  void refuse(Agent agent, ContactView contact) {
    refused.add(agent.name() + "/" + contact.channelIndex());
  }

  void now(double seconds) {
    nowSeconds = seconds;
  }

  @Override
  public double nowSeconds() {
    return nowSeconds;
  }

  @Override
  public ChannelView channel(int index) {
    return channels.get(index);
  }

  @Override
  public GroupView group(int index) {
    return groups.get(index);
  }

  @Override
  public boolean mayTake(AgentView agent, ContactView contact) {
    return !refused.contains(((Agent) agent).name() + "/" + contact.channelIndex());
  }

  @Override
  public int[] channelsToConsider(AgentView agent) {
    return channels.stream().mapToInt(Channel::index).toArray();
  }

  @Override
  public int[] groupsFor(ContactView contact) {
    return groups.stream().mapToInt(Group::index).toArray();
  }
}
