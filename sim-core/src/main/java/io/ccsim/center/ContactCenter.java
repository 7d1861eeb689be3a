package io.ccsim.center;

import io.ccsim.engine.Simulator;
import io.ccsim.model.AgentGroup;
import io.ccsim.model.ArrivalStream;
import io.ccsim.model.Channel;
import io.ccsim.model.Scenario;
import io.ccsim.random.RandomStreams;
import io.ccsim.routing.LongestIdleFirstComeFirstServed;
import io.ccsim.routing.RoutingPolicy;
import io.ccsim.routing.RoutingView;
import io.ccsim.stats.ChannelTally;
import java.util.ArrayList;
import java.util.List;

/**
 * One replication of a scenario: arrivals, queues, agents and routing, driven by a {@link Simulator}.
 *
 * <p>Contacts arriving in [warmup, horizon) are counted. Arrivals go on after the horizon, so that the
 * last counted contacts meet the same load as the others, until every counted contact has an outcome
 * (answered, abandoned or blocked) or the drain limit (one more window length) is reached; contacts
 * still waiting then are reported as unfinished.
 */
public final class ContactCenter {
  private final Simulator simulator = new Simulator();
  private final Scenario scenario;
  private final ChannelState[] channels;
  private final GroupState[] groups;
  private final RoutingPolicy routing;
  private final double warmupSeconds;
  private final double horizonSeconds;
  private long pendingCounted;
  private long simulatedContacts;

  public ContactCenter(Scenario scenario, int replication) {
    this.scenario = scenario;
    this.warmupSeconds = scenario.warmupSeconds();
    this.horizonSeconds = scenario.horizonSeconds();
    RandomStreams streams = new RandomStreams(scenario.seed(), replication);
    List<Channel> channelSpecs = scenario.channels();
    List<AgentGroup> groupSpecs = scenario.groups();
    channels = new ChannelState[channelSpecs.size()];
    for (int c = 0; c < channels.length; c++) {
      channels[c] = new ChannelState(c, channelSpecs.get(c), groupsServing(channelSpecs.get(c).name()), streams);
    }
    groups = new GroupState[groupSpecs.size()];
    for (int g = 0; g < groups.length; g++) {
      AgentGroup spec = groupSpecs.get(g);
      groups[g] = new GroupState(g, spec, channelsOf(spec), warmupSeconds, horizonSeconds);
    }
    routing = new LongestIdleFirstComeFirstServed(new RoutingView(channels, groups));
    for (ArrivalStream stream : scenario.arrivals()) {
      ChannelState channel = channels[scenario.channelIndex(stream.channel())];
      ArrivalGenerator generator =
          new ArrivalGenerator(this, channel, stream.ratePerSecond(),
              streams.stream("arrivals/" + stream.channel()));
      simulator.schedule(generator, generator.nextGapSeconds());
    }
  }

  /** Runs one replication of {@code scenario} with its own random streams. */
  public static ReplicationResult simulate(Scenario scenario, int replication) {
    return new ContactCenter(scenario, replication).run();
  }

  Simulator simulator() {
    return simulator;
  }

  /** Runs to the horizon, then drains counted contacts; returns the measurements. */
  public ReplicationResult run() {
    simulator.run(horizonSeconds);
    if (pendingCounted > 0) {
      simulator.run(horizonSeconds + (horizonSeconds - warmupSeconds));
    }
    List<ChannelTally> tallies = new ArrayList<>(channels.length);
    for (ChannelState channel : channels) {
      for (Contact c = channel.queue.peek(); c != null; c = c.next) {
        if (c.counted) {
          channel.tally.recordUnfinished();
        }
      }
      tallies.add(channel.tally);
    }
    double[] busy = new double[groups.length];
    double end = Math.max(simulator.now(), horizonSeconds);
    for (GroupState group : groups) {
      busy[group.index] = group.busyAgents.windowAverage(end);
    }
    return new ReplicationResult(tallies, busy, simulator.firedEvents(), simulatedContacts);
  }

  void arrive(ChannelState channel) {
    double now = simulator.now();
    boolean counted = now >= warmupSeconds && now < horizonSeconds;
    Channel spec = channel.spec;
    double work = spec.handleTime().sample(channel.handleTimeRng);
    double patience = spec.hasPatience() ? spec.patience().sample(channel.patienceRng) : Double.POSITIVE_INFINITY;
    Contact contact = new Contact(this, channel, now, counted, work, patience);
    simulatedContacts++;
    if (counted) {
      pendingCounted++;
    }
    Agent agent = routing.agentFor(contact);
    if (agent != null) {
      agent.group.idle.remove(agent);
      agent.group.busyAgents.add(now, 1);
      startService(agent, contact);
    } else if (channel.queue.size() >= spec.queueCapacity()) {
      contact.state = Contact.State.DONE;
      if (counted) {
        channel.tally.recordBlocked();
        resolved();
      }
    } else {
      contact.state = Contact.State.WAITING;
      channel.queue.addLast(contact);
      if (patience < Double.POSITIVE_INFINITY) {
        simulator.schedule(contact, patience);
      }
    }
  }

  void abandon(Contact contact) {
    contact.channel.queue.remove(contact);
    contact.state = Contact.State.DONE;
    if (contact.counted) {
      contact.channel.tally.recordAbandoned(simulator.now() - contact.arrivalSeconds);
      resolved();
    }
  }

  void complete(Contact contact) {
    Agent agent = contact.agent;
    contact.state = Contact.State.DONE;
    contact.agent = null;
    agent.current = null;
    Contact next = routing.contactFor(agent);
    if (next != null) {
      next.channel.queue.remove(next);
      simulator.cancel(next);
      startService(agent, next);
    } else {
      double now = simulator.now();
      agent.idleSinceSeconds = now;
      agent.group.idle.addLast(agent);
      agent.group.busyAgents.add(now, -1);
    }
  }

  /** Assigns a contact to an agent already taken off the idle list and counted busy. */
  private void startService(Agent agent, Contact contact) {
    contact.state = Contact.State.IN_SERVICE;
    contact.agent = agent;
    agent.current = contact;
    if (contact.counted) {
      contact.channel.tally.recordAnswered(simulator.now() - contact.arrivalSeconds);
      resolved();
    }
    simulator.schedule(contact, contact.workSeconds);
  }

  /** A counted contact got its outcome; once all have, after the horizon, the run can end. */
  private void resolved() {
    if (--pendingCounted == 0 && simulator.now() >= horizonSeconds) {
      simulator.stop();
    }
  }

  private int[] groupsServing(String channelName) {
    List<AgentGroup> specs = scenario.groups();
    return java.util.stream.IntStream.range(0, specs.size())
        .filter(g -> specs.get(g).skills().contains(channelName))
        .toArray();
  }

  private int[] channelsOf(AgentGroup group) {
    return group.skills().stream().mapToInt(scenario::channelIndex).sorted().toArray();
  }
}
