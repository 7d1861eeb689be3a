package io.ccsim.center;

import io.ccsim.arrivals.ArrivalProcesses;
import io.ccsim.arrivals.BusynessFactors;
import io.ccsim.arrivals.ScheduledContact;
import io.ccsim.engine.Event;
import io.ccsim.engine.Simulator;
import io.ccsim.model.ArrivalStream;
import io.ccsim.model.Busyness;
import io.ccsim.model.Scenario;
import io.ccsim.random.RandomStreams;
import io.ccsim.routing.RoutingRegistry;
import io.ccsim.stats.ChannelTally;
import io.ccsim.stats.GroupTally;
import io.ccsim.stats.IntervalTally;
import java.util.ArrayList;
import java.util.List;

/**
 * One replication of a scenario, driven by a {@link Simulator}. It wires the parts and is the one place
 * events come back to: {@link Admission} (arrivals, queues, abandonment, deadlines), {@link Router} (who
 * takes what), {@link Service} (work, effort, wrap-up), {@link Interruptions}, {@link Presence} (shifts
 * and breaks, played by {@link Rota}) and {@link JourneyTracker}.
 *
 * <p>Contacts arriving in [warmup, horizon) are counted. Arrivals go on after the horizon, so that the
 * last counted contacts meet the same load as the others, until every counted contact is done (handled
 * to the end of wrap-up, abandoned or blocked: so handle times are not cut short) and every counted
 * issue has closed, or the drain limit (one more window length) is reached; contacts still waiting
 * then are reported as unfinished.
 */
public final class ContactCenter {
  private final Simulator simulator = new Simulator();
  private final MeasurementWindow window;
  private final Topology topology;
  private final JourneyTracker journeys;
  private final Service service;
  private final Interruptions interruptions;
  private final Router router;
  private final Presence presence;
  private final Admission admission;
  private CenterObserver observer = CenterObserver.NONE;
  /** Whether the run has passed the horizon (and decided whether to drain), has ended, and its result. */
  private boolean pastHorizon;
  private boolean ended;
  private ReplicationResult result;

  public ContactCenter(Scenario scenario, int replication) {
    this(scenario, replication, null);
  }

  /**
   * A replication that replays {@code trace} (contacts sorted by arrival time) instead of the scenario's
   * arrivals before the horizon; after it, during the drain, the scenario's own arrivals go on. Each
   * traced contact still draws handle time, wrap-up and patience from the channel's streams, and uses a
   * value from the trace in place of the drawn one where the trace gives it; so replaying the export of
   * the same scenario and seed (`ccsim arrivals`) reproduces the original run exactly.
   */
  public ContactCenter(Scenario scenario, int replication, List<ScheduledContact> trace) {
    RandomStreams streams = new RandomStreams(scenario.seed(), replication);
    window = new MeasurementWindow(simulator, scenario.warmupSeconds(), scenario.horizonSeconds());
    topology = new Topology(scenario, streams);
    journeys = new JourneyTracker(this, scenario, simulator, window, topology.channels);
    service = new Service(simulator, window, journeys);
    interruptions = new Interruptions(simulator, service);
    router = new Router(simulator, topology,
        RoutingRegistry.agentSelection(scenario.routing().agentSelection()),
        RoutingRegistry.contactSelection(scenario.routing().contactSelection()), service, interruptions);
    presence = new Presence(simulator, this::agentHasRoom);
    admission = new Admission(this, scenario, simulator, topology, window, journeys, router, trace != null);
    admission.vru = VruStage.of(this, simulator, window, topology.channels, streams);
    for (GroupState group : topology.groups) {
      if (group.spec.shifts().isEmpty()) {
        group.tally.available(0, group.agents.length);
      } else {
        String name = group.spec.name();
        new Rota(presence, simulator, group, streams.stream("absence/" + name), streams.stream("breaks/" + name),
            window.drainLimitSeconds(), group.spec.staffingElasticity() > 0 ? sharedBusyness(scenario, streams) : null,
            streams.stream("staffing/" + name)).start();
      }
    }
    for (ArrivalStream stream : scenario.arrivals()) {
      ChannelState channel = topology.channels[scenario.channelIndex(stream.channel())];
      new ArrivalGenerator(this, channel, ArrivalProcesses.of(stream, streams)).start();
    }
    if (trace != null) {
      new TraceFeeder(this, trace).start();
    }
    simulator.scheduleAt(new HorizonReached(topology.channels), scenario.horizonSeconds());
  }

  /** Runs one replication of {@code scenario} with its own random streams. */
  public static ReplicationResult simulate(Scenario scenario, int replication) {
    return new ContactCenter(scenario, replication).run();
  }

  /** Lets {@code observer} watch this replication; call before {@link #run} or {@link #runUntil}. */
  public ContactCenter observe(CenterObserver observer) {
    this.observer = observer;
    service.observer = observer;
    interruptions.observer = observer;
    admission.observer = observer;
    presence.observer = observer;
    journeys.observer = observer;
    return this;
  }

  /** The channels, in the scenario's order (for observers that look at queues). */
  public ChannelState[] channels() {
    return topology.channels;
  }

  /** The agent groups, in the scenario's order. */
  public GroupState[] groups() {
    return topology.groups;
  }

  /**
   * The shared busyness factors of the day, read from their own stream (the same draws the arrivals see,
   * as streams of one name draw alike); factors of 1 when no arrival stream shares busyness.
   */
  private static BusynessFactors sharedBusyness(Scenario scenario, RandomStreams streams) {
    for (ArrivalStream stream : scenario.arrivals()) {
      if (stream.busyness().shared() && stream.busyness().varies()) {
        return new BusynessFactors(stream.busyness(), streams.stream(ArrivalProcesses.SHARED_BUSYNESS_STREAM));
      }
    }
    return new BusynessFactors(Busyness.NONE, streams.stream(ArrivalProcesses.SHARED_BUSYNESS_STREAM));
  }

  /** Runs to the horizon, then drains counted contacts and issues; returns the measurements. */
  public ReplicationResult run() {
    return finish();
  }

  /**
   * Advances the replication to simulated time {@code untilSeconds}, firing every event due by then, or
   * less far if the replication ends sooner (the drain is over). Calling it with growing times fires the
   * same events in the same order as {@link #run}, so {@link #finish} then returns the same result.
   * Returns whether the replication has ended.
   */
  public boolean runUntil(double untilSeconds) {
    if (ended) {
      return true;
    }
    if (!pastHorizon) {
      if (untilSeconds < window.horizonSeconds) {
        simulator.run(untilSeconds);
        observer.timeAdvanced(simulator.now());
        return false;
      }
      simulator.run(window.horizonSeconds);
      pastHorizon = true;
      if (!window.anythingPending()) {
        ended = true;
        observer.timeAdvanced(simulator.now());
        return true;
      }
    }
    double target = Math.min(untilSeconds, window.drainLimitSeconds());
    simulator.run(target);
    ended = simulator.stopped() || target >= window.drainLimitSeconds();
    observer.timeAdvanced(simulator.now());
    return ended;
  }

  /** The simulated time now, in seconds. */
  public double nowSeconds() {
    return simulator.now();
  }

  /** When the next event fires (for stepping one event at a time); +infinity once the run has ended. */
  public double nextEventSeconds() {
    return ended ? Double.POSITIVE_INFINITY : simulator.nextEventSeconds();
  }

  /** Events fired so far. */
  public long firedEvents() {
    return simulator.firedEvents();
  }

  /** Whether the replication has ended (the horizon passed and the drain is over). */
  public boolean ended() {
    return ended;
  }

  /** Runs what is left of the replication and returns its measurements (the same on every call). */
  public ReplicationResult finish() {
    runUntil(Double.POSITIVE_INFINITY);
    if (result == null) {
      result = measurements();
    }
    return result;
  }

  private ReplicationResult measurements() {
    double end = Math.max(simulator.now(), window.horizonSeconds);
    List<ChannelTally> channelTallies = new ArrayList<>(topology.channels.length);
    for (ChannelState channel : topology.channels) {
      for (Contact c = channel.queue.peek(); c != null; c = c.next) {
        if (c.counted) {
          channel.tally.recordUnfinished();
        }
        if (c.arrivalInterval >= 0) {
          channel.intervals.recordUnfinished(c.arrivalInterval);
        }
      }
      channelTallies.add(channel.tally);
    }
    double[] busy = new double[topology.groups.length];
    List<GroupTally> groupTallies = new ArrayList<>(topology.groups.length);
    for (GroupState group : topology.groups) {
      for (Agent agent : group.agents) {
        group.tally.level(agent.levelSinceSeconds, end, agent.itemsHeld(), agent.itemsHeld());
        agent.levelSinceSeconds = end;
      }
      busy[group.index] = group.tally.busySlots(end);
      groupTallies.add(group.tally);
    }
    List<IntervalTally> intervalTallies = new ArrayList<>();
    if (topology.intervalCount > 0) {
      for (ChannelState channel : topology.channels) {
        intervalTallies.add(channel.intervals);
      }
    }
    return new ReplicationResult(channelTallies, busy, groupTallies, journeys.finish(), intervalTallies, end,
        simulator.firedEvents(), admission.simulatedContacts());
  }

  // ---------------------------------------------------------------- where events come back

  Simulator simulator() {
    return simulator;
  }

  void arrive(ChannelState channel) {
    admission.arrive(channel);
  }

  void leftVru(ChannelState channel) {
    admission.leftVru(channel);
  }

  void arriveTraced(ScheduledContact row) {
    admission.arriveTraced(row);
  }

  void arriveFollowUp(ChannelState channel, Issue issue) {
    admission.arriveFollowUp(channel, issue);
  }

  void patienceRanOut(Contact contact) {
    admission.abandon(contact);
  }

  void timerFired(ContactTimer timer) {
    admission.timerFired(timer);
  }

  void workDone(Contact contact) {
    Agent freed = service.workDone(contact);
    if (freed != null) {
      agentHasRoom(freed);
    }
  }

  void wrapUpDone(Contact contact) {
    agentHasRoom(service.wrapUpDone(contact));
  }

  /** An agent's work shrank or it became available: route work to it; if it is left idle, say so. */
  private void agentHasRoom(Agent agent) {
    if (router.fill(agent) && presence.becameFree(agent)) {
      router.idleAgentJoined(agent);
    }
  }

  /** Records each channel's backlog at the horizon (the deferred work a day leaves behind). */
  private static final class HorizonReached extends Event {
    private final ChannelState[] channels;

    HorizonReached(ChannelState[] channels) {
      this.channels = channels;
    }

    @Override
    protected void fire() {
      for (ChannelState channel : channels) {
        channel.tally.recordBacklogAtHorizon(channel.queue.size());
      }
    }
  }
}
