package io.ccsim.center;

import io.ccsim.model.Channel;
import io.ccsim.model.ChannelKind;
import io.ccsim.random.RandomStream;
import io.ccsim.random.RandomStreams;
import io.ccsim.routing.ChannelView;
import io.ccsim.routing.ContactView;
import io.ccsim.stats.ChannelTally;
import io.ccsim.stats.IntervalTally;

/** One channel during a replication: its queue, routing facts, random streams and tally. */
public final class ChannelState implements ChannelView {
  final int index;
  final Channel spec;
  /**
   * Whether it is live with business hours, so closed part of the day. Kept as a flag because reading
   * {@code spec.businessHours()} at every arrival is a call the JIT cannot inline while no scenario has
   * loaded the BusinessHours class.
   */
  final boolean closes;
  final ContactQueue queue = new ContactQueue();
  /** Groups skilled for this channel, in the scenario's group order. */
  final int[] groupIndexes;
  /** Groups that may also take contacts waiting at least {@link #overflowAfterSeconds}; may be empty. */
  int[] overflowGroupIndexes = new int[0];
  /** Primary and overflow groups together, for contacts past the overflow delay. */
  int[] allGroupIndexes;
  double overflowAfterSeconds = Double.POSITIVE_INFINITY;
  /**
   * Reservation: contacts go to an agent only while this many agents of {@link #groupIndexes} are idle,
   * the agent itself included (0: no reservation).
   */
  int reservedIdleAgents;
  /** With a reservation: how many agents of {@link #groupIndexes} are in their idle queues now. */
  int idleAgents;
  /** Whether contacts of this channel may interrupt deferred work (some channel lists it). */
  boolean interrupts;
  /** Per channel index: whether a contact of that channel may interrupt this channel's work. */
  boolean[] interruptibleBy;
  final RandomStream handleTimeRng;
  final RandomStream wrapUpRng;
  final RandomStream patienceRng;
  final RandomStream journeyRng;
  // Follow-ups draw from streams of their own, so that the first contacts' draws stay exactly those of
  // the exported schedule (ArrivalSchedule), journeys or not.
  final RandomStream followUpHandleTimeRng;
  final RandomStream followUpWrapUpRng;
  final RandomStream followUpPatienceRng;
  final ChannelTally tally;
  /** Per-interval counts, when the scenario reports intervals; else null. */
  IntervalTally intervals;

  ChannelState(int index, Channel spec, int[] groupIndexes, RandomStreams streams) {
    this.index = index;
    this.spec = spec;
    this.closes = spec.businessHours() != null && spec.kind() == ChannelKind.LIVE;
    this.groupIndexes = groupIndexes;
    this.allGroupIndexes = groupIndexes;
    this.handleTimeRng = streams.stream("handle-time/" + spec.name());
    this.wrapUpRng = streams.stream("wrap-up/" + spec.name());
    this.patienceRng = streams.stream("patience/" + spec.name());
    this.journeyRng = streams.stream("journey/" + spec.name());
    this.followUpHandleTimeRng = streams.stream("handle-time/" + spec.name() + "/follow-up");
    this.followUpWrapUpRng = streams.stream("wrap-up/" + spec.name() + "/follow-up");
    this.followUpPatienceRng = streams.stream("patience/" + spec.name() + "/follow-up");
    this.tally = new ChannelTally(spec.serviceLevel().thresholdSeconds());
  }

  @Override
  public int index() {
    return index;
  }

  public Channel spec() {
    return spec;
  }

  public ContactQueue queue() {
    return queue;
  }

  /** This replication's counts for the channel so far (contacts that arrived in the measurement window). */
  public ChannelTally tally() {
    return tally;
  }

  public int[] groupIndexes() {
    return groupIndexes;
  }

  @Override
  public int priority() {
    return spec.priority();
  }

  @Override
  public ContactView head() {
    return queue.peek();
  }

  @Override
  public int waiting() {
    return queue.size();
  }

  @Override
  public double serviceLevelThresholdSeconds() {
    return spec.serviceLevel().thresholdSeconds();
  }

  /** Puts a contact at the back of the queue. */
  void enqueue(Contact contact, double nowSeconds) {
    contact.state = Contact.State.WAITING;
    queue.addLast(contact);
    if (intervals != null) {
      intervals.queueLength().add(nowSeconds, 1);
    }
  }

  /** Takes a waiting contact out of the queue (answered or abandoned). */
  void dequeue(Contact contact, double nowSeconds) {
    queue.remove(contact);
    if (intervals != null) {
      intervals.queueLength().add(nowSeconds, -1);
    }
  }

  /** Per-interval counts, or null when the scenario reports no intervals. */
  public IntervalTally intervals() {
    return intervals;
  }

  @Override
  public boolean isDeferred() {
    return spec.kind() == ChannelKind.DEFERRED;
  }
}
