package io.ccsim.center;

import io.ccsim.arrivals.ScheduledContact;
import io.ccsim.engine.Simulator;
import io.ccsim.model.Channel;
import io.ccsim.model.FollowUp;
import io.ccsim.model.Scenario;
import io.ccsim.model.TimeOfDay;

/**
 * Contacts coming in and leaving unserved: arrivals (drawn, traced, or follow-ups), their handle time and
 * patience draws, the offer to an agent or a place in the queue (or blocking when it is full),
 * abandonment, and the overflow and chase deadlines of waiting contacts.
 */
final class Admission {
  private final ContactCenter center;
  private final Scenario scenario;
  private final Simulator simulator;
  private final Topology topology;
  private final MeasurementWindow window;
  private final JourneyTracker journeys;
  private final Router router;
  /** With a trace, the trace stands for the scenario's own arrivals up to the horizon. */
  private final boolean replaying;
  private long simulatedContacts;
  CenterObserver observer = CenterObserver.NONE;
  /** The VRU stage, or null when no channel has one. */
  VruStage vru;

  Admission(ContactCenter center, Scenario scenario, Simulator simulator, Topology topology,
      MeasurementWindow window, JourneyTracker journeys, Router router, boolean replaying) {
    this.center = center;
    this.scenario = scenario;
    this.simulator = simulator;
    this.topology = topology;
    this.window = window;
    this.journeys = journeys;
    this.router = router;
    this.replaying = replaying;
  }

  long simulatedContacts() {
    return simulatedContacts;
  }

  /** An arrival of the channel's own process. */
  void arrive(ChannelState channel) {
    // A live channel takes no contacts while closed: the arrival process is thinned to zero then.
    if (isClosed(channel, simulator.now()) || (replaying && simulator.now() < window.horizonSeconds)) {
      return;
    }
    if (vru != null && channel.spec.hasVru()) {
      vru.enter(channel);
      return;
    }
    admit(channel, null, Double.NaN, Double.NaN, false);
  }

  /** An arrival that passed the channel's VRU joins the agent queue now (it arrives now, for its KPIs). */
  void leftVru(ChannelState channel) {
    admit(channel, null, Double.NaN, Double.NaN, false);
  }

  void arriveTraced(ScheduledContact row) {
    ChannelState channel = topology.channels[scenario.channelIndex(row.channel())];
    boolean identified = journeys.active() && row.customerId() != null;
    Issue issue = identified ? journeys.openIssueOf(row.customerId()) : null;
    // A traced contact is an arrival of the trace, so it draws from the channel's first-contact streams
    // even when its customer id makes it a follow-up of an open issue.
    Contact contact = admit(channel, issue, row.handleSeconds(), row.patienceSeconds(), false);
    if (identified && contact.issue != null) {
      journeys.rememberCustomer(row.customerId(), contact.issue);
    }
  }

  void arriveFollowUp(ChannelState channel, Issue issue) {
    double now = simulator.now();
    if (isClosed(channel, now)) {
      // The customer comes back when the channel opens.
      double inDay = now % TimeOfDay.DAY_SECONDS;
      double opens = now - inDay + channel.spec.businessHours().openSeconds()
          + (inDay >= channel.spec.businessHours().openSeconds() ? TimeOfDay.DAY_SECONDS : 0);
      simulator.scheduleAt(new FollowUpArrival(center, channel, issue), opens);
      return;
    }
    admit(channel, issue, Double.NaN, Double.NaN, true);
  }

  private static boolean isClosed(ChannelState channel, double nowSeconds) {
    return channel.closes && !channel.spec.businessHours().isOpen(nowSeconds);
  }

  /**
   * A contact arrives; {@code givenWork} and {@code givenPatience} (NaN: not given) replace the drawn
   * values, which are drawn anyway so that every stream stays where the original run had it.
   */
  private Contact admit(ChannelState channel, Issue followUpOf, double givenWork, double givenPatience,
      boolean followUp) {
    double now = simulator.now();
    boolean counted = window.counts(now);
    double work = drawWork(channel, followUp, givenWork, now);
    double wrapUp = drawWrapUp(channel, followUp);
    double patience = drawPatience(channel, followUp, givenPatience, now);
    Issue issue = journeys.issueFor(followUpOf, now, counted, channel.index);
    Contact contact = new Contact(center, channel, now, counted, work, wrapUp, patience, issue,
        journeys.withContext(followUpOf));
    contact.arrivalInterval = topology.intervalOf(now);
    simulatedContacts++;
    if (counted) {
      window.expectOutcome();
    }
    observer.arrived(contact, now);
    // First come, first served: an arrival is offered only to an empty queue; otherwise it waits its turn.
    if (!(channel.queue.isEmpty() && router.place(contact))) {
      waitOrBlock(contact);
    }
    return contact;
  }

  // The draws and the queueing live in methods of their own to keep admit, run at every arrival, small
  // enough for the JIT to inline it into the arrival event (past 325 bytes of bytecode it would not).

  private static double drawWork(ChannelState channel, boolean followUp, double givenWork, double nowSeconds) {
    Channel spec = channel.spec;
    double work = spec.handleTimeAt(
        spec.handleTime().sample(followUp ? channel.followUpHandleTimeRng : channel.handleTimeRng), nowSeconds);
    return Double.isNaN(givenWork) ? work : givenWork;
  }

  private static double drawWrapUp(ChannelState channel, boolean followUp) {
    Channel spec = channel.spec;
    return spec.hasWrapUp() ? spec.wrapUp().sample(followUp ? channel.followUpWrapUpRng : channel.wrapUpRng) : 0;
  }

  private static double drawPatience(ChannelState channel, boolean followUp, double givenPatience,
      double nowSeconds) {
    Channel spec = channel.spec;
    double patience = spec.hasPatience()
        ? spec.patienceAt(spec.patience().sample(followUp ? channel.followUpPatienceRng : channel.patienceRng),
            nowSeconds)
        : Double.POSITIVE_INFINITY;
    return !Double.isNaN(givenPatience) && !channel.isDeferred() ? givenPatience : patience;
  }

  private void waitOrBlock(Contact contact) {
    if (contact.channel.queue.size() >= contact.channel.spec.queueCapacity()) {
      block(contact);
    } else {
      enqueue(contact);
    }
  }

  private void block(Contact contact) {
    ChannelState channel = contact.channel;
    contact.state = Contact.State.DONE;
    journeys.contactDone(contact);
    if (contact.counted) {
      channel.tally.recordBlocked();
      window.outcomeReached();
    }
    if (contact.arrivalInterval >= 0) {
      channel.intervals.recordBlocked(contact.arrivalInterval);
    }
    observer.blocked(contact, simulator.now());
    journeys.outcome(contact, FollowUp.Outcome.BLOCKED);
  }

  private void enqueue(Contact contact) {
    ChannelState channel = contact.channel;
    channel.enqueue(contact, simulator.now());
    observer.queued(contact, simulator.now());
    if (contact.patienceSeconds < Double.POSITIVE_INFINITY) {
      simulator.schedule(contact, contact.patienceSeconds);
    }
    if (channel.overflowGroupIndexes.length > 0) {
      simulator.schedule(new ContactTimer(center, contact, ContactTimer.Kind.OVERFLOW), channel.overflowAfterSeconds);
    }
    double chaseAfter = journeys.chaseAfterSeconds(channel);
    if (!Double.isNaN(chaseAfter)) {
      simulator.schedule(new ContactTimer(center, contact, ContactTimer.Kind.UNANSWERED), chaseAfter);
    }
  }

  /** A waiting contact's patience ran out. */
  void abandon(Contact contact) {
    double now = simulator.now();
    ChannelState channel = contact.channel;
    channel.dequeue(contact, now);
    if (contact.arrivalInterval >= 0) {
      channel.intervals.recordAbandoned(contact.arrivalInterval, now - contact.arrivalSeconds);
    }
    contact.state = Contact.State.DONE;
    journeys.contactDone(contact);
    if (contact.counted) {
      channel.tally.recordAbandoned(now - contact.arrivalSeconds);
      window.outcomeReached();
    }
    observer.abandoned(contact, now);
    journeys.outcome(contact, FollowUp.Outcome.ABANDONED);
  }

  void timerFired(ContactTimer timer) {
    Contact contact = timer.contact;
    if (timer.kind == ContactTimer.Kind.OVERFLOW) {
      // Backup groups may take it now. Contacts ahead of it overflowed earlier, so offering the queue
      // from its head keeps the channel first come, first served.
      contact.overflowed = true;
      router.serveQueue(contact.channel);
    } else {
      // The customer chases unanswered deferred work; the original stays in the queue.
      journeys.fireFollowUp(contact, FollowUp.Outcome.UNANSWERED);
    }
  }
}
