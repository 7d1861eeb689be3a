package io.ccsim.center;

import io.ccsim.arrivals.ArrivalProcesses;
import io.ccsim.arrivals.ScheduledContact;
import io.ccsim.engine.Event;
import io.ccsim.engine.Simulator;
import io.ccsim.model.AgentGroup;
import io.ccsim.model.ArrivalStream;
import io.ccsim.model.Channel;
import io.ccsim.model.FollowUp;
import io.ccsim.model.Journeys;
import io.ccsim.model.Overflow;
import io.ccsim.model.Reservation;
import io.ccsim.model.RoutingMode;
import io.ccsim.model.Scenario;
import io.ccsim.model.TimeOfDay;
import io.ccsim.random.RandomStreams;
import io.ccsim.routing.AgentSelection;
import io.ccsim.routing.ContactSelection;
import io.ccsim.routing.RoutingRegistry;
import io.ccsim.routing.RoutingView;
import io.ccsim.stats.ChannelTally;
import io.ccsim.stats.GroupTally;
import io.ccsim.stats.IntervalTally;
import io.ccsim.stats.JourneyTally;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * One replication of a scenario: arrivals, queues, agents with capacity and effort, routing,
 * interruptions and customer journeys, driven by a {@link Simulator}.
 *
 * <p>Contacts arriving in [warmup, horizon) are counted. Arrivals go on after the horizon, so that the
 * last counted contacts meet the same load as the others, until every counted contact is done (handled
 * to the end of wrap-up, abandoned or blocked: so handle times are not cut short) and every counted
 * issue has closed, or the drain limit (one more window length) is reached; contacts still waiting
 * then are reported as unfinished.
 */
public final class ContactCenter implements RoutingView {
  private final Simulator simulator = new Simulator();
  private final Scenario scenario;
  private final ChannelState[] channels;
  private final GroupState[] groups;
  /** skilled[g][c]: whether group g serves channel c without overflow. */
  private final boolean[][] skilled;
  private final AgentSelection agentSelection;
  private final ContactSelection contactSelection;
  private final Journeys journeys;
  private final boolean journeysActive;
  /** Follow-up rules by channel index and outcome ordinal; null where there are none. */
  private final FollowUp[][][] followUps;
  private final JourneyTally journeyTally = new JourneyTally();
  private final double warmupSeconds;
  private final double horizonSeconds;
  private long pendingCounted;
  private long openCountedIssues;
  private long simulatedContacts;
  private final boolean replaying;
  /** With a trace: each customer's open issue, so a customer's later contacts follow up the earlier ones. */
  private final Map<String, Issue> issuesByCustomer = new HashMap<>();
  private double intervalSeconds;
  private int intervalCount;
  private CenterObserver observer = CenterObserver.NONE;

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
    this.scenario = scenario;
    this.replaying = trace != null;
    this.warmupSeconds = scenario.warmupSeconds();
    this.horizonSeconds = scenario.horizonSeconds();
    RandomStreams streams = new RandomStreams(scenario.seed(), replication);
    List<Channel> channelSpecs = scenario.channels();
    List<AgentGroup> groupSpecs = scenario.groups();
    boolean siloed = scenario.routing().mode() == RoutingMode.SILOED;
    channels = new ChannelState[channelSpecs.size()];
    for (int c = 0; c < channels.length; c++) {
      channels[c] = new ChannelState(c, channelSpecs.get(c), groupsServing(channelSpecs.get(c).name()), streams);
    }
    groups = new GroupState[groupSpecs.size()];
    skilled = new boolean[groups.length][channels.length];
    for (int g = 0; g < groups.length; g++) {
      AgentGroup spec = groupSpecs.get(g);
      groups[g] = new GroupState(g, spec, channelsOf(spec), channelSpecs, siloed, warmupSeconds, horizonSeconds);
      for (int c : groups[g].channelIndexes) {
        skilled[g][c] = true;
      }
    }
    configureInterruptions();
    configureRouting();
    configureIntervals(scenario.intervalSeconds());
    for (GroupState group : groups) {
      if (group.spec.shifts().isEmpty()) {
        group.tally.available(0, group.agents.length);
      } else {
        String name = group.spec.name();
        new Rota(this, simulator, group, streams.stream("absence/" + name), streams.stream("breaks/" + name),
            horizonSeconds + (horizonSeconds - warmupSeconds)).start();
      }
    }
    agentSelection = RoutingRegistry.agentSelection(scenario.routing().agentSelection());
    contactSelection = RoutingRegistry.contactSelection(scenario.routing().contactSelection());
    journeys = scenario.journeys();
    journeysActive = journeys.active();
    followUps = indexFollowUps();
    for (ArrivalStream stream : scenario.arrivals()) {
      ChannelState channel = channels[scenario.channelIndex(stream.channel())];
      new ArrivalGenerator(this, channel,
          ArrivalProcesses.of(stream, streams)).start();
    }
    if (trace != null) {
      new TraceFeeder(trace).start();
    }
    simulator.scheduleAt(new Event() {
      @Override
      protected void fire() {
        for (ChannelState channel : channels) {
          channel.tally.recordBacklogAtHorizon(channel.queue.size());
        }
      }
    }, horizonSeconds);
  }

  /** Runs one replication of {@code scenario} with its own random streams. */
  public static ReplicationResult simulate(Scenario scenario, int replication) {
    return new ContactCenter(scenario, replication).run();
  }

  /** Lets {@code observer} watch this replication; call before {@link #run}. */
  public ContactCenter observe(CenterObserver newObserver) {
    this.observer = newObserver;
    return this;
  }

  Simulator simulator() {
    return simulator;
  }

  /** Runs to the horizon, then drains counted contacts and issues; returns the measurements. */
  public ReplicationResult run() {
    simulator.run(horizonSeconds);
    if (pendingCounted > 0) {
      simulator.run(horizonSeconds + (horizonSeconds - warmupSeconds));
    }
    double end = Math.max(simulator.now(), horizonSeconds);
    List<ChannelTally> channelTallies = new ArrayList<>(channels.length);
    for (ChannelState channel : channels) {
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
    double[] busy = new double[groups.length];
    List<GroupTally> groupTallies = new ArrayList<>(groups.length);
    for (GroupState group : groups) {
      for (Agent agent : group.agents) {
        group.tally.level(agent.levelSinceSeconds, end, agent.itemsHeld(), agent.itemsHeld());
        agent.levelSinceSeconds = end;
      }
      busy[group.index] = group.tally.busySlots(end);
      groupTallies.add(group.tally);
    }
    journeyTally.recordOpenAtEnd(openCountedIssues);
    List<IntervalTally> intervalTallies = new ArrayList<>();
    if (intervalCount > 0) {
      for (ChannelState channel : channels) {
        intervalTallies.add(channel.intervals);
      }
    }
    return new ReplicationResult(channelTallies, busy, groupTallies, journeyTally, intervalTallies, end,
        simulator.firedEvents(), simulatedContacts);
  }

  // ---------------------------------------------------------------- arrivals and outcomes

  void arrive(ChannelState channel) {
    // A live channel takes no contacts while closed: the arrival process is thinned to zero then.
    // When replaying a trace, the trace stands for the scenario's arrivals up to the horizon.
    if (isClosed(channel, simulator.now()) || (replaying && simulator.now() < horizonSeconds)) {
      return;
    }
    admit(channel, null, Double.NaN, Double.NaN, false);
  }

  /** Feeds a trace's contacts in time order: one reusable event. */
  private final class TraceFeeder extends Event {
    private final List<ScheduledContact> trace;
    private int next;

    TraceFeeder(List<ScheduledContact> trace) {
      this.trace = trace;
    }

    void start() {
      if (next < trace.size()) {
        simulator.scheduleAt(this, trace.get(next).arrivalSeconds());
      }
    }

    @Override
    protected void fire() {
      ScheduledContact row = trace.get(next++);
      arriveTraced(row);
      start();
    }
  }

  private void arriveTraced(ScheduledContact row) {
    ChannelState channel = channels[scenario.channelIndex(row.channel())];
    Issue issue = null;
    if (journeysActive && row.customerId() != null) {
      Issue open = issuesByCustomer.get(row.customerId());
      if (open != null && !open.closed) {
        issue = open;
      }
    }
    // A traced contact is an arrival of the trace, so it draws from the channel's first-contact streams
    // even when its customer id makes it a follow-up of an open issue.
    Contact contact = admit(channel, issue, row.handleSeconds(), row.patienceSeconds(), false);
    if (journeysActive && row.customerId() != null && contact.issue != null) {
      issuesByCustomer.put(row.customerId(), contact.issue);
    }
  }

  void arriveFollowUp(ChannelState channel, Issue issue) {
    double now = simulator.now();
    if (isClosed(channel, now)) {
      // The customer comes back when the channel opens.
      double inDay = now % TimeOfDay.DAY_SECONDS;
      double opens = now - inDay + channel.spec.businessHours().openSeconds()
          + (inDay >= channel.spec.businessHours().openSeconds() ? TimeOfDay.DAY_SECONDS : 0);
      simulator.scheduleAt(new FollowUpArrival(this, channel, issue), opens);
      return;
    }
    admit(channel, issue, Double.NaN, Double.NaN, true);
  }

  private static boolean isClosed(ChannelState channel, double nowSeconds) {
    return channel.spec.businessHours() != null && !channel.isDeferred()
        && !channel.spec.businessHours().isOpen(nowSeconds);
  }

  /**
   * A contact arrives; {@code givenWork} and {@code givenPatience} (NaN: not given) replace the drawn
   * values, which are drawn anyway so that every stream stays where the original run had it.
   */
  private Contact admit(ChannelState channel, Issue followUpOf, double givenWork, double givenPatience,
      boolean followUpDraws) {
    double now = simulator.now();
    boolean counted = now >= warmupSeconds && now < horizonSeconds;
    Channel spec = channel.spec;
    boolean followUp = followUpDraws;
    double work = spec.handleTime().sample(followUp ? channel.followUpHandleTimeRng : channel.handleTimeRng);
    double wrapUp = spec.hasWrapUp() ? spec.wrapUp().sample(followUp ? channel.followUpWrapUpRng : channel.wrapUpRng) : 0;
    double patience = spec.hasPatience()
        ? spec.patience().sample(followUp ? channel.followUpPatienceRng : channel.patienceRng)
        : Double.POSITIVE_INFINITY;
    if (!Double.isNaN(givenWork)) {
      work = givenWork;
    }
    if (!Double.isNaN(givenPatience) && !channel.isDeferred()) {
      patience = givenPatience;
    }
    // Issues are only tracked when journeys are on: otherwise every contact is its own issue and the
    // hot path allocates nothing for it.
    Issue issue = followUpOf;
    if (issue == null && journeysActive) {
      issue = new Issue(now, counted, channel.index);
      if (counted) {
        openCountedIssues++;
        pendingCounted++;
      }
    }
    if (issue != null) {
      issue.addContact(channel.index);
    }
    boolean withContext = followUpOf != null && journeys.sharedContext();
    Contact contact = new Contact(this, channel, now, counted, work, wrapUp, patience, issue, withContext);
    if (intervalCount > 0 && now < intervalCount * intervalSeconds) {
      contact.arrivalInterval = (int) (now / intervalSeconds);
    }
    simulatedContacts++;
    if (counted) {
      pendingCounted++;
    }
    Agent agent = agentSelection.choose(contact, this);
    if (agent == null && channel.interrupts) {
      agent = interruptFor(contact);
    }
    if (agent != null) {
      assign(agent, contact);
    } else if (channel.queue.size() >= spec.queueCapacity()) {
      contact.state = Contact.State.DONE;
      contactDone(contact);
      if (counted) {
        channel.tally.recordBlocked();
        resolved();
      }
      if (contact.arrivalInterval >= 0) {
        channel.intervals.recordBlocked(contact.arrivalInterval);
      }
      outcome(contact, FollowUp.Outcome.BLOCKED);
    } else {
      enqueue(contact);
    }
    return contact;
  }

  private void enqueue(Contact contact) {
    ChannelState channel = contact.channel;
    contact.state = Contact.State.WAITING;
    channel.queue.addLast(contact);
    if (channel.intervals != null) {
      channel.intervals.queueLength().add(simulator.now(), 1);
    }
    if (contact.patienceSeconds < Double.POSITIVE_INFINITY) {
      simulator.schedule(contact, contact.patienceSeconds);
    }
    if (channel.overflowGroupIndexes.length > 0) {
      simulator.schedule(new ContactTimer(this, contact, ContactTimer.Kind.OVERFLOW), channel.overflowAfterSeconds);
    }
    if (journeysActive) {
      FollowUp[] chases = followUps[channel.index][FollowUp.Outcome.UNANSWERED.ordinal()];
      if (chases != null) {
        simulator.schedule(new ContactTimer(this, contact, ContactTimer.Kind.UNANSWERED), chases[0].afterSeconds());
      }
    }
  }

  void abandon(Contact contact) {
    contact.channel.queue.remove(contact);
    if (contact.channel.intervals != null) {
      contact.channel.intervals.queueLength().add(simulator.now(), -1);
      if (contact.arrivalInterval >= 0) {
        contact.channel.intervals.recordAbandoned(contact.arrivalInterval, simulator.now() - contact.arrivalSeconds);
      }
    }
    contact.state = Contact.State.DONE;
    contactDone(contact);
    if (contact.counted) {
      contact.channel.tally.recordAbandoned(simulator.now() - contact.arrivalSeconds);
      resolved();
    }
    outcome(contact, FollowUp.Outcome.ABANDONED);
  }

  void timerFired(ContactTimer timer) {
    Contact contact = timer.contact;
    if (timer.kind == ContactTimer.Kind.OVERFLOW) {
      contact.overflowed = true;
      Agent agent = agentSelection.choose(contact, this);
      if (agent != null) {
        assign(agent, contact);
      }
    } else {
      // The customer chases unanswered deferred work; the original stays in the queue.
      fireFollowUp(contact, FollowUp.Outcome.UNANSWERED);
    }
  }

  /** A counted contact got its outcome, or a counted issue closed; once all have, after the horizon, stop. */
  private void resolved() {
    if (--pendingCounted == 0 && simulator.now() >= horizonSeconds) {
      simulator.stop();
    }
  }

  // ---------------------------------------------------------------- service

  /** Gives a new or waiting contact to an agent that may take it. */
  private void assign(Agent agent, Contact contact) {
    double now = simulator.now();
    ChannelState channel = contact.channel;
    if (contact.state == Contact.State.WAITING) {
      channel.queue.remove(contact);
      simulator.cancel(contact);
      if (channel.intervals != null) {
        channel.intervals.queueLength().add(now, -1);
      }
    }
    double wait = now - contact.arrivalSeconds;
    // A target in business hours counts only the open time the contact waited (overnight email).
    double slWait = channel.spec.targetInBusinessHours()
        ? channel.spec.businessHours().openSecondsBetween(contact.arrivalSeconds, now) : wait;
    if (contact.counted) {
      channel.tally.recordAnswered(wait, slWait);
    }
    if (contact.arrivalInterval >= 0) {
      channel.intervals.recordAnswered(contact.arrivalInterval, wait, slWait);
    }
    GroupState group = agent.group;
    int before = agent.itemsHeld();
    if (before == 0 && agent.blockingWrapUps == 0) {
      group.idle.remove(agent);
    }
    agent.add(contact);
    agent.lastAssignedSeconds = now;
    changeLevel(agent, before);
    contact.agent = agent;
    contact.serviceStartSeconds = now;
    double factor = group.proficiency[channel.index] * (contact.withContext ? journeys.contextHandleTimeFactor() : 1);
    contact.remainingWorkSeconds = contact.baseWorkSeconds * factor;
    engage(agent, contact);
    startWorking(agent, contact);
    observer.started(contact, agent, now);
  }

  void workDone(Contact contact) {
    Agent agent = contact.agent;
    contact.remainingWorkSeconds = 0;
    // Leave IN_SERVICE before the other items are re-rated, so this one is not rescheduled with them.
    contact.state = Contact.State.WRAP_UP;
    stopWorking(agent, contact);
    if (contact.wrapUpSeconds > 0) {
      if (agent.group.wrapUpHoldsAgent) {
        agent.blockingWrapUps++;
      }
      simulator.schedule(contact, contact.wrapUpSeconds);
    } else {
      finish(contact);
    }
  }

  void wrapUpDone(Contact contact) {
    if (contact.agent.group.wrapUpHoldsAgent) {
      contact.agent.blockingWrapUps--;
    }
    finish(contact);
  }

  private void finish(Contact contact) {
    Agent agent = contact.agent;
    double now = simulator.now();
    double handleSeconds = now - contact.serviceStartSeconds;
    if (contact.counted) {
      contact.channel.tally.recordHandled(handleSeconds, contact.holdSeconds);
      resolved();
    }
    if (contact.issue != null) {
      // Workload is agent time: hold is time the item waited while the agent served someone else.
      contact.issue.workloadSeconds += handleSeconds - contact.holdSeconds;
    }
    disengage(agent, contact);
    int before = agent.itemsHeld();
    agent.remove(contact);
    changeLevel(agent, before);
    contact.state = Contact.State.DONE;
    contact.agent = null;
    contactDone(contact);
    handled(contact);
    dispatch(agent);
  }

  /** An agent has room again: resume interrupted work first, then take waiting contacts while they fit. */
  private void dispatch(Agent agent) {
    if (agent.engaged == 0 && agent.paused > 0) {
      resume(agent);
    }
    Contact next;
    while ((next = contactSelection.choose(agent, this)) != null) {
      assign(agent, next);
    }
    if (agent.itemsHeld() == 0 && agent.blockingWrapUps == 0) {
      becameFree(agent);
    }
  }

  /** The agent holds nothing: idle if available, else the break or the logout it was waiting for. */
  private void becameFree(Agent agent) {
    double now = simulator.now();
    switch (agent.presence) {
      case AVAILABLE -> {
        agent.idleSinceSeconds = now;
        agent.group.idle.addLast(agent);
      }
      case BREAK_PENDING -> startBreak(agent, agent.pendingBreakSeconds);
      case LEAVING -> {
        agent.group.tally.overtime(now - agent.shiftEndSeconds);
        logOut(agent);
      }
      default -> throw new IllegalStateException("a free agent in state " + agent.presence);
    }
  }

  // ---------------------------------------------------------------- shifts and breaks

  void logIn(Agent agent) {
    if (agent.presence != Agent.Presence.OFF) {
      return;
    }
    agent.presence = Agent.Presence.AVAILABLE;
    agent.group.tally.available(simulator.now(), 1);
    dispatch(agent);
  }

  void breakDue(Agent agent, double durationSeconds) {
    if (agent.presence != Agent.Presence.AVAILABLE) {
      return;
    }
    if (agent.itemsHeld() == 0 && agent.blockingWrapUps == 0) {
      agent.group.idle.remove(agent);
      startBreak(agent, durationSeconds);
    } else {
      agent.presence = Agent.Presence.BREAK_PENDING;
      agent.pendingBreakSeconds = durationSeconds;
    }
  }

  private void startBreak(Agent agent, double durationSeconds) {
    agent.presence = Agent.Presence.ON_BREAK;
    agent.group.tally.available(simulator.now(), -1);
    simulator.schedule(new Event() {
      @Override
      protected void fire() {
        if (agent.presence == Agent.Presence.ON_BREAK) {
          agent.presence = Agent.Presence.AVAILABLE;
          agent.group.tally.available(simulator.now(), 1);
          dispatch(agent);
        }
      }
    }, durationSeconds);
  }

  void shiftEnds(Agent agent, double endSeconds) {
    switch (agent.presence) {
      case OFF, LEAVING -> { }
      case ON_BREAK -> agent.presence = Agent.Presence.OFF;
      case AVAILABLE, BREAK_PENDING -> {
        if (agent.itemsHeld() == 0 && agent.blockingWrapUps == 0) {
          agent.group.idle.remove(agent);
          logOut(agent);
        } else {
          agent.presence = Agent.Presence.LEAVING;
          agent.shiftEndSeconds = endSeconds;
        }
      }
      default -> throw new IllegalStateException("unknown presence " + agent.presence);
    }
  }

  private void logOut(Agent agent) {
    agent.presence = Agent.Presence.OFF;
    agent.group.tally.available(simulator.now(), -1);
  }

  private void changeLevel(Agent agent, int before) {
    double now = simulator.now();
    agent.group.tally.level(agent.levelSinceSeconds, now, before, agent.itemsHeld());
    agent.levelSinceSeconds = now;
  }

  private void engage(Agent agent, Contact contact) {
    GroupState group = agent.group;
    int c = contact.channel.index;
    agent.engaged++;
    agent.engagedPerChannel[c]++;
    agent.engagedUnits += group.unitCost[c];
    if (group.exclusive[c]) {
      agent.engagedExclusive++;
    }
    group.tally.slots(simulator.now(), group.slotShare[c]);
  }

  private void disengage(Agent agent, Contact contact) {
    GroupState group = agent.group;
    int c = contact.channel.index;
    agent.engaged--;
    agent.engagedPerChannel[c]--;
    agent.engagedUnits -= group.unitCost[c];
    if (group.exclusive[c]) {
      agent.engagedExclusive--;
    }
    group.tally.slots(simulator.now(), -group.slotShare[c]);
  }

  /**
   * Starts (or resumes) work on an item. With a slowdown for its channel, every item of that channel in
   * the agent's hand changes rate: work done so far is settled at the old rate and each completion is
   * rescheduled at the new one (processor sharing, not frozen at the start).
   */
  private void startWorking(Agent agent, Contact contact) {
    int c = contact.channel.index;
    contact.state = Contact.State.IN_SERVICE;
    contact.lastRateChangeSeconds = simulator.now();
    agent.workingPerChannel[c]++;
    if (agent.group.slowdown[c] == null) {
      contact.workRate = 1;
      simulator.schedule(contact, contact.remainingWorkSeconds);
    } else {
      contact.workRate = 0;
      rerate(agent, c);
    }
  }

  /** Ends work on an item (done or paused); the other items of its channel speed up. */
  private void stopWorking(Agent agent, Contact contact) {
    int c = contact.channel.index;
    agent.workingPerChannel[c]--;
    if (agent.group.slowdown[c] != null) {
      rerate(agent, c);
    }
  }

  private void rerate(Agent agent, int channel) {
    double now = simulator.now();
    double rate = agent.group.workRate(channel, agent.workingPerChannel[channel]);
    for (int i = 0; i < agent.itemsHeld(); i++) {
      Contact item = agent.item(i);
      if (item.channel.index != channel || item.state != Contact.State.IN_SERVICE) {
        continue;
      }
      item.remainingWorkSeconds -= (now - item.lastRateChangeSeconds) * item.workRate;
      item.remainingWorkSeconds = Math.max(0, item.remainingWorkSeconds);
      item.lastRateChangeSeconds = now;
      item.workRate = rate;
      simulator.rescheduleAt(item, now + item.remainingWorkSeconds / rate);
    }
  }

  // ---------------------------------------------------------------- interruptions

  /**
   * Finds an agent whose engaged items may all be interrupted by the contact's channel and pauses them,
   * so the live contact is served now; among such agents, the one with the least work in hand.
   */
  private Agent interruptFor(Contact contact) {
    int live = contact.channel.index;
    Agent best = null;
    for (int g : groupsFor(contact)) {
      GroupState group = groups[g];
      for (Agent agent : group.agents) {
        if (agent.engaged == 0 || agent.blockingWrapUps > 0 || agent.presence != Agent.Presence.AVAILABLE
            || !allInterruptible(agent, live)
            || agent.heldPerChannel[live] >= group.maxPerChannel[live]) {
          continue;
        }
        if (best == null || agent.engaged < best.engaged) {
          best = agent;
        }
      }
    }
    if (best != null) {
      pauseAll(best);
      observer.interrupted(best, contact, simulator.now());
    }
    return best;
  }

  private boolean allInterruptible(Agent agent, int liveChannel) {
    for (int i = 0; i < agent.itemsHeld(); i++) {
      Contact item = agent.item(i);
      if (item.state == Contact.State.IN_SERVICE && !item.channel.interruptibleBy[liveChannel]) {
        return false;
      }
      if (item.state == Contact.State.WRAP_UP) {
        return false;
      }
    }
    return true;
  }

  private void pauseAll(Agent agent) {
    double now = simulator.now();
    agent.group.tally.interrupted(now);
    for (int i = 0; i < agent.itemsHeld(); i++) {
      Contact item = agent.item(i);
      if (item.state != Contact.State.IN_SERVICE) {
        continue;
      }
      item.remainingWorkSeconds = Math.max(0,
          item.remainingWorkSeconds - (now - item.lastRateChangeSeconds) * item.workRate);
      item.lastRateChangeSeconds = now;
      simulator.cancel(item);
      item.state = Contact.State.PAUSED;
      item.pausedSinceSeconds = now;
      agent.workingPerChannel[item.channel.index]--;
      disengage(agent, item);
      agent.paused++;
    }
  }

  private void resume(Agent agent) {
    double now = simulator.now();
    for (int i = 0; i < agent.itemsHeld(); i++) {
      Contact item = agent.item(i);
      if (item.state != Contact.State.PAUSED) {
        continue;
      }
      item.holdSeconds += now - item.pausedSinceSeconds;
      agent.paused--;
      engage(agent, item);
      startWorking(agent, item);
    }
  }

  // ---------------------------------------------------------------- journeys

  private static void contactDone(Contact contact) {
    if (contact.issue != null) {
      contact.issue.openContacts--;
    }
  }

  private void handled(Contact contact) {
    if (!journeysActive || contact.issue.closed) {
      return;
    }
    double resolution = journeys.resolutionOf(contact.channel.spec.name(), contact.withContext);
    if (resolution >= 1 || contact.channel.journeyRng.nextDouble() < resolution) {
      closeIssue(contact.issue, true);
    } else {
      outcome(contact, FollowUp.Outcome.UNRESOLVED);
    }
  }

  /** An abandoned, blocked or unresolved contact: a follow-up, or else the customer gives up. */
  private void outcome(Contact contact, FollowUp.Outcome outcome) {
    if (!journeysActive || contact.issue.closed) {
      return;
    }
    if (!fireFollowUp(contact, outcome) && !hasOtherOpenContact(contact)) {
      closeIssue(contact.issue, false);
    }
  }

  /** Draws which follow-up rule (if any) fires: rules for one outcome are alternatives. */
  private boolean fireFollowUp(Contact contact, FollowUp.Outcome outcome) {
    FollowUp[] rules = followUps[contact.channel.index][outcome.ordinal()];
    if (rules == null) {
      return false;
    }
    double u = contact.channel.journeyRng.nextDouble();
    double cumulative = 0;
    for (FollowUp rule : rules) {
      cumulative += rule.probability();
      if (u < cumulative) {
        ChannelState target = channels[scenario.channelIndex(rule.to())];
        simulator.schedule(new FollowUpArrival(this, target, contact.issue), rule.delay().sample(contact.channel.journeyRng));
        return true;
      }
    }
    return false;
  }

  /** Whether another contact of the same issue is still waiting or in service (a chased email, say). */
  private boolean hasOtherOpenContact(Contact contact) {
    return contact.issue.openContacts > 0;
  }

  private void closeIssue(Issue issue, boolean wasResolved) {
    if (issue.closed) {
      return;
    }
    issue.closed = true;
    if (issue.counted) {
      journeyTally.recordIssue(issue.contacts, issue.channelSwitches, wasResolved,
          simulator.now() - issue.firstArrivalSeconds, issue.workloadSeconds);
      openCountedIssues--;
      resolved();
    }
  }

  // ---------------------------------------------------------------- routing view

  @Override
  public double nowSeconds() {
    return simulator.now();
  }

  @Override
  public ChannelState[] channels() {
    return channels;
  }

  @Override
  public GroupState[] groups() {
    return groups;
  }

  @Override
  public boolean mayTake(Agent agent, Contact contact) {
    ChannelState channel = contact.channel;
    GroupState group = agent.group;
    if (agent.presence != Agent.Presence.AVAILABLE || !agent.fits(channel.index, group.mixChannels)) {
      return false;
    }
    if (!skilled[group.index][channel.index] && !contact.overflowed) {
      return false;
    }
    return channel.reservedIdleAgents == 0 || idleAgentsFor(channel) >= channel.reservedIdleAgents;
  }

  @Override
  public int[] channelsServedBy(GroupState group) {
    return group.servedChannelIndexes;
  }

  @Override
  public int[] groupsFor(Contact contact) {
    return contact.overflowed ? contact.channel.allGroupIndexes : contact.channel.groupIndexes;
  }

  private int idleAgentsFor(ChannelState channel) {
    int idle = 0;
    for (int g : channel.groupIndexes) {
      idle += groups[g].idle.size();
    }
    return idle;
  }

  // ---------------------------------------------------------------- set-up

  private void configureInterruptions() {
    for (ChannelState channel : channels) {
      channel.interruptibleBy = new boolean[channels.length];
      for (String live : channel.spec.interruptibleBy()) {
        int l = scenario.channelIndex(live);
        channel.interruptibleBy[l] = true;
        channels[l].interrupts = true;
      }
    }
  }

  private void configureIntervals(double interval) {
    if (interval <= 0) {
      return;
    }
    intervalSeconds = interval;
    intervalCount = (int) Math.ceil(horizonSeconds / interval);
    for (ChannelState channel : channels) {
      channel.intervals =
          new IntervalTally(channel.spec.serviceLevel().thresholdSeconds(), intervalSeconds, intervalCount);
    }
    for (GroupState group : groups) {
      group.tally.reportIntervals(intervalSeconds, intervalCount);
    }
  }

  private void configureRouting() {
    for (Reservation reservation : scenario.routing().reservations()) {
      channels[scenario.channelIndex(reservation.channel())].reservedIdleAgents = reservation.minIdleAgents();
    }
    for (Overflow overflow : scenario.routing().overflows()) {
      ChannelState channel = channels[scenario.channelIndex(overflow.channel())];
      int g = groupIndex(overflow.group());
      channel.overflowAfterSeconds = Math.min(channel.overflowAfterSeconds, overflow.afterSeconds());
      channel.overflowGroupIndexes = append(channel.overflowGroupIndexes, g);
      channel.allGroupIndexes = append(channel.allGroupIndexes, g);
      if (!skilled[g][channel.index]) {
        groups[g].servedChannelIndexes = append(groups[g].servedChannelIndexes, channel.index);
      }
    }
  }

  private FollowUp[][][] indexFollowUps() {
    FollowUp[][][] index = new FollowUp[channels.length][FollowUp.Outcome.values().length][];
    for (FollowUp rule : journeys.followUps()) {
      int c = scenario.channelIndex(rule.from());
      FollowUp[] existing = index[c][rule.on().ordinal()];
      FollowUp[] grown = existing == null ? new FollowUp[1] : java.util.Arrays.copyOf(existing, existing.length + 1);
      grown[grown.length - 1] = rule;
      index[c][rule.on().ordinal()] = grown;
    }
    return index;
  }

  private static int[] append(int[] values, int value) {
    for (int v : values) {
      if (v == value) {
        return values;
      }
    }
    int[] grown = java.util.Arrays.copyOf(values, values.length + 1);
    grown[values.length] = value;
    return grown;
  }

  private int groupIndex(String name) {
    for (int g = 0; g < groups.length; g++) {
      if (groups[g].spec.name().equals(name)) {
        return g;
      }
    }
    throw new IllegalArgumentException("no group named " + name);
  }

  private int[] groupsServing(String channelName) {
    List<AgentGroup> specs = scenario.groups();
    return IntStream.range(0, specs.size()).filter(g -> specs.get(g).skills().contains(channelName)).toArray();
  }

  private int[] channelsOf(AgentGroup group) {
    return group.skills().stream().mapToInt(scenario::channelIndex).sorted().toArray();
  }
}
