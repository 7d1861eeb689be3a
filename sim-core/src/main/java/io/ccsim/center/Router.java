package io.ccsim.center;

import io.ccsim.engine.Simulator;
import io.ccsim.routing.AgentSelection;
import io.ccsim.routing.AgentView;
import io.ccsim.routing.ChannelView;
import io.ccsim.routing.ContactSelection;
import io.ccsim.routing.ContactView;
import io.ccsim.routing.GroupView;
import io.ccsim.routing.RoutingView;

/**
 * Who takes what: offers contacts to agents and agents to waiting contacts, under the rules of
 * docs/routing.md. The policies only rank; the rules that are not preferences are answered here:
 * <ul>
 *   <li>within a channel contacts are answered first come, first served: only a queue's head is ever
 *       offered, and an arrival is offered only when its queue is empty;</li>
 *   <li>an agent with room first takes waiting live contacts (pausing deferred work that they may
 *       interrupt), then resumes its own paused work, then takes anything else it may;</li>
 *   <li>an interrupting contact that finds no agent with room interrupts the agent with the least work in
 *       hand whose every item it may interrupt;</li>
 *   <li>under a reservation of k, a channel's contacts start only while at least k agents of its groups
 *       are idle, the deciding agent included, and waiting ones are offered again when an agent goes idle.</li>
 * </ul>
 */
final class Router implements RoutingView {
  private final Simulator simulator;
  private final Topology topology;
  private final AgentSelection agentSelection;
  private final ContactSelection contactSelection;
  private final Service service;
  private final Interruptions interruptions;
  /**
   * Which channels an agent with room is offered at this step. Groups whose work can be paused are
   * offered live channels first (heads they could take by pausing deferred work count as takeable), then
   * deferred ones; other groups everything they serve in one step, as the policy ranks it.
   */
  private enum Step { ALL, LIVE_FIRST, THEN_DEFERRED }

  private Step step = Step.ALL;

  Router(Simulator simulator, Topology topology, AgentSelection agentSelection, ContactSelection contactSelection,
      Service service, Interruptions interruptions) {
    this.simulator = simulator;
    this.topology = topology;
    this.agentSelection = agentSelection;
    this.contactSelection = contactSelection;
    this.service = service;
    this.interruptions = interruptions;
  }

  /**
   * Offers a contact at the head of its queue (or arriving to an empty one) to the agents: the policy's
   * choice among those who may take it, else, for an interrupting channel, an agent to interrupt.
   * Returns whether an agent took it.
   */
  boolean place(Contact contact) {
    ChannelState channel = contact.channel;
    // Outside an agent's own fill every agent holding nothing is in an idle queue, so too few idle agents
    // means the reservation refuses everyone: no need to ask the policy to scan them all.
    if (channel.idleAgents < channel.reservedIdleAgents) {
      return false;
    }
    Agent agent = (Agent) agentSelection.choose(contact, this);
    if (agent == null && channel.interrupts) {
      agent = agentToInterrupt(contact);
      if (agent != null) {
        interruptions.interrupt(agent, contact);
      }
    }
    if (agent == null) {
      return false;
    }
    service.start(agent, contact);
    return true;
  }

  /** Offers a channel's waiting contacts, head first, until one finds no agent. */
  void serveQueue(ChannelState channel) {
    Contact head;
    while ((head = channel.queue.peek()) != null && place(head)) {
      // placed; offer the next head
    }
  }

  /**
   * An agent has room (work ended, or it logged in): gives it waiting work in the order of the rules.
   * Returns whether it is left holding nothing.
   */
  boolean fill(Agent agent) {
    if (!agent.group.mayPause) {
      takeOffered(agent);
      return agent.isFree();
    }
    try {
      step = Step.LIVE_FIRST;
      takeOffered(agent);
      if (agent.engaged == 0 && agent.paused > 0) {
        interruptions.resume(agent);
      }
      // No live head is left that the agent could take (the first step would have), so only deferred
      // channels remain to be offered.
      step = Step.THEN_DEFERRED;
      takeOffered(agent);
    } finally {
      step = Step.ALL;
    }
    return agent.isFree();
  }

  /**
   * An agent went idle: waiting contacts of channels reserved on its group may start now. Every idle
   * agent skilled for the channel is equal before the rules (the same idle count, room for anything),
   * and a busy one needs room besides, so when the agent that just went idle may not take the head,
   * nobody may, and the queue is not offered (that would scan every agent for nothing).
   */
  void idleAgentJoined(Agent agent) {
    for (ChannelState channel : agent.group.reservedChannels) {
      Contact head = channel.queue.peek();
      if (head != null && mayTake(agent, head)) {
        serveQueue(channel);
      }
    }
  }

  private void takeOffered(Agent agent) {
    ContactView next;
    while ((next = contactSelection.choose(agent, this)) != null) {
      Contact contact = (Contact) next;
      // Only the live-first step may offer a head that takes pausing the agent's work.
      if (step == Step.LIVE_FIRST && !agent.fits(contact.channel.index, agent.group.mixChannels)) {
        interruptions.interrupt(agent, contact);
      }
      service.start(agent, contact);
    }
  }

  /** Among agents that may be interrupted for {@code contact}, the one with the least work in hand. */
  private Agent agentToInterrupt(Contact contact) {
    Agent best = null;
    for (int g : groupsFor(contact)) {
      for (Agent agent : topology.groups[g].agents) {
        if ((best == null || agent.engaged < best.engaged) && mayInterrupt(agent, contact)) {
          best = agent;
        }
      }
    }
    return best;
  }

  private boolean mayInterrupt(Agent agent, Contact contact) {
    return agent.presence == Agent.Presence.AVAILABLE && skilledOrOverflowed(agent, contact)
        && Interruptions.canInterrupt(agent, contact.channel) && reservationAllows(agent, contact.channel);
  }

  // ---------------------------------------------------------------- the read-only view policies see

  @Override
  public double nowSeconds() {
    return simulator.now();
  }

  @Override
  public ChannelView channel(int index) {
    return topology.channels[index];
  }

  @Override
  public GroupView group(int index) {
    return topology.groups[index];
  }

  @Override
  public boolean mayTake(AgentView agentView, ContactView contactView) {
    Agent agent = (Agent) agentView;
    Contact contact = (Contact) contactView;
    ChannelState channel = contact.channel;
    // Capacity first: the agent idle longest, the usual candidate, has room, and a full agent is refused
    // without reading anything else.
    if (agent.presence != Agent.Presence.AVAILABLE || !agent.fits(channel.index, agent.group.mixChannels)
        && !(step == Step.LIVE_FIRST && Interruptions.canInterrupt(agent, channel))) {
      return false;
    }
    // An agent resumes its own paused work before it starts new deferred work.
    if (!skilledOrOverflowed(agent, contact) || agent.paused > 0 && channel.isDeferred()) {
      return false;
    }
    return reservationAllows(agent, channel);
  }

  @Override
  public int[] channelsToConsider(AgentView agent) {
    GroupState group = ((Agent) agent).group;
    return switch (step) {
      case ALL -> group.servedChannelIndexes;
      case LIVE_FIRST -> group.servedLiveChannelIndexes;
      case THEN_DEFERRED -> group.servedDeferredChannelIndexes;
    };
  }

  @Override
  public int[] groupsFor(ContactView contact) {
    Contact c = (Contact) contact;
    return c.overflowed ? c.channel.allGroupIndexes : c.channel.groupIndexes;
  }

  private boolean skilledOrOverflowed(Agent agent, Contact contact) {
    return contact.overflowed || topology.skilled[agent.group.index][contact.channel.index];
  }

  /** Whether at least the reserved number of the channel's agents are idle, {@code agent} included. */
  private boolean reservationAllows(Agent agent, ChannelState channel) {
    if (channel.reservedIdleAgents == 0) {
      return true;
    }
    int idle = channel.idleAgents;
    // An agent deciding what to take next holds nothing but is not in the idle queue yet: it counts.
    if (agent.itemsHeld() == 0 && !agent.inIdleQueue && topology.skilled[agent.group.index][channel.index]) {
      idle++;
    }
    return idle >= channel.reservedIdleAgents;
  }
}
