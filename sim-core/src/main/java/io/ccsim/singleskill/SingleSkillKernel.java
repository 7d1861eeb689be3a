package io.ccsim.singleskill;

import io.ccsim.arrivals.ArrivalProcess;
import io.ccsim.arrivals.ArrivalProcesses;
import io.ccsim.center.ReplicationResult;
import io.ccsim.distribution.Distribution;
import io.ccsim.model.AgentGroup;
import io.ccsim.model.ArrivalStream;
import io.ccsim.model.Channel;
import io.ccsim.model.Scenario;
import io.ccsim.random.RandomStream;
import io.ccsim.random.RandomStreams;
import io.ccsim.stats.ChannelTally;
import io.ccsim.stats.GroupTally;
import io.ccsim.stats.JourneyTally;
import java.util.ArrayList;
import java.util.List;

/**
 * A fast path for the scenarios that {@link Eligibility} accepts: each channel served by one group of
 * agents who take one contact at a time, always logged in, with first-come-first-served queues (so
 * patience, queue capacity, wrap-up and proficiency, but no journeys, shifts, blending or intervals).
 *
 * <p>It gives exactly the result of the general engine ({@code io.ccsim.center.ContactCenter}): the same
 * random streams drawn in the same order, the same events fired in the same order (ties included), the
 * same tallies fed with the same values, so every figure is bit for bit the same; the tests compare the
 * two on many scenarios. It is faster because it keeps nothing the model does not need: contacts are
 * rows of primitive arrays, events are (time, key) pairs in a primitive heap, and agents of a group are
 * a count of idle ones (they are alike, so which agent takes a contact changes no figure).
 *
 * <p>An event's reference holds its kind in the low {@link #KIND_BITS} bits and an index above them:
 * the arrival stream, or the contact's row.
 */
public final class SingleSkillKernel {
  static final int KIND_BITS = 3;
  private static final int ARRIVAL = 0;
  private static final int WORK_DONE = 1;
  private static final int WRAP_UP_DONE = 2;
  private static final int ABANDONMENT = 3;
  private static final int HORIZON = 4;
  private static final int KIND_MASK = (1 << KIND_BITS) - 1;

  private final EventHeap events = new EventHeap();
  private final ContactRecords rows = new ContactRecords();
  private final double warmupSeconds;
  private final double horizonSeconds;
  // By channel.
  private final ChannelTally[] channelTallies;
  private final RowQueue[] queues;
  /** Contacts waiting in each channel's queue (its tombstones not counted). */
  private final int[] waitingCount;
  private final int[] queueCapacity;
  private final int[] groupOf;
  private final double[] proficiency;
  private final Distribution[] handleTime;
  private final RandomStream[] handleTimeRng;
  private final Distribution[] wrapUp;
  private final RandomStream[] wrapUpRng;
  private final Distribution[] patience;
  private final RandomStream[] patienceRng;
  // By group.
  private final GroupTally[] groupTallies;
  private final int[] idleAgents;
  // By arrival stream.
  private final ArrivalProcess[] arrivals;
  private final int[] streamChannel;

  private double nowSeconds;
  private boolean stopped;
  private long pendingCounted;
  private long firedEvents;
  private long simulatedContacts;

  private SingleSkillKernel(Scenario scenario, int replication) {
    String reason = Eligibility.whyNot(scenario);
    if (reason != null) {
      throw new IllegalArgumentException("the single-skill kernel cannot run this scenario: " + reason);
    }
    warmupSeconds = scenario.warmupSeconds();
    horizonSeconds = scenario.horizonSeconds();
    RandomStreams streams = new RandomStreams(scenario.seed(), replication);
    List<Channel> channels = scenario.channels();
    List<AgentGroup> groups = scenario.groups();
    int n = channels.size();
    channelTallies = new ChannelTally[n];
    queues = new RowQueue[n];
    waitingCount = new int[n];
    queueCapacity = new int[n];
    groupOf = new int[n];
    proficiency = new double[n];
    handleTime = new Distribution[n];
    handleTimeRng = new RandomStream[n];
    wrapUp = new Distribution[n];
    wrapUpRng = new RandomStream[n];
    patience = new Distribution[n];
    patienceRng = new RandomStream[n];
    for (int c = 0; c < n; c++) {
      Channel spec = channels.get(c);
      channelTallies[c] = new ChannelTally(spec.serviceLevel().thresholdSeconds());
      queues[c] = new RowQueue();
      queueCapacity[c] = spec.queueCapacity();
      groupOf[c] = Eligibility.servingGroup(scenario, spec.name());
      proficiency[c] = groups.get(groupOf[c]).proficiencyOf(spec.name());
      // The same stream names as the general engine's ChannelState, so the same draws.
      handleTime[c] = spec.handleTime();
      handleTimeRng[c] = streams.stream("handle-time/" + spec.name());
      wrapUp[c] = spec.wrapUp();
      wrapUpRng[c] = streams.stream("wrap-up/" + spec.name());
      patience[c] = spec.patience();
      patienceRng[c] = streams.stream("patience/" + spec.name());
    }
    groupTallies = new GroupTally[groups.size()];
    idleAgents = new int[groups.size()];
    for (int g = 0; g < groupTallies.length; g++) {
      int count = groups.get(g).count();
      groupTallies[g] = GroupTally.oneItemAtATime(count, warmupSeconds, horizonSeconds);
      groupTallies[g].available(0, count);
      idleAgents[g] = count;
    }
    List<ArrivalStream> streamSpecs = scenario.arrivals();
    arrivals = new ArrivalProcess[streamSpecs.size()];
    streamChannel = new int[streamSpecs.size()];
    // Scheduled in the general engine's order (streams in order, then the horizon), so ties break alike.
    for (int s = 0; s < arrivals.length; s++) {
      arrivals[s] = ArrivalProcesses.of(streamSpecs.get(s), streams);
      streamChannel[s] = scenario.channelIndex(streamSpecs.get(s).channel());
      scheduleArrival(s);
    }
    events.schedule(horizonSeconds, HORIZON);
  }

  /** Runs one replication of {@code scenario}, which {@link Eligibility#whyNot} must accept. */
  public static ReplicationResult simulate(Scenario scenario, int replication) {
    return new SingleSkillKernel(scenario, replication).run();
  }

  /** Whether this kernel can run {@code scenario} (see {@link Eligibility}). */
  public static boolean supports(Scenario scenario) {
    return Eligibility.whyNot(scenario) == null;
  }

  private ReplicationResult run() {
    runUntil(horizonSeconds);
    if (pendingCounted > 0) {
      // As the general engine: drain the counted contacts for at most one more window.
      runUntil(horizonSeconds + (horizonSeconds - warmupSeconds));
    }
    double end = Math.max(nowSeconds, horizonSeconds);
    List<ChannelTally> channelResults = new ArrayList<>(channelTallies.length);
    for (int c = 0; c < channelTallies.length; c++) {
      for (int row : queues[c].waitingRows(rows)) {
        if (rows.counted[row]) {
          channelTallies[c].recordUnfinished();
        }
      }
      channelResults.add(channelTallies[c]);
    }
    double[] busy = new double[groupTallies.length];
    for (int g = 0; g < busy.length; g++) {
      busy[g] = groupTallies[g].busySlots(end);
    }
    JourneyTally journeys = new JourneyTally();
    journeys.recordOpenAtEnd(0);
    return new ReplicationResult(channelResults, busy, List.of(groupTallies), journeys, new ArrayList<>(), end,
        firedEvents, simulatedContacts);
  }

  /** Fires events in order until none is left, the run stops, or the next would pass {@code untilSeconds}. */
  private void runUntil(double untilSeconds) {
    stopped = false;
    while (!stopped) {
      if (!events.takeFirst()) {
        nowSeconds = Math.max(nowSeconds, untilSeconds);
        return;
      }
      int ref = EventHeap.refOf(events.rootKey());
      int kind = ref & KIND_MASK;
      int index = ref >>> KIND_BITS;
      if (kind == ABANDONMENT && !rows.waiting[index]) {
        rows.unpin(index); // cancelled: the contact was served first
        continue;
      }
      double time = events.rootTime();
      if (time > untilSeconds) {
        events.putBack();
        nowSeconds = Math.max(nowSeconds, untilSeconds);
        return;
      }
      nowSeconds = time;
      firedEvents++;
      switch (kind) {
        case ARRIVAL -> arrive(index);
        case WORK_DONE -> workDone(index);
        case WRAP_UP_DONE -> {
          finish(index);
          rows.unpin(index);
        }
        case ABANDONMENT -> abandon(index);
        default -> recordBacklog();
      }
    }
  }

  private void scheduleArrival(int stream) {
    double next = arrivals[stream].nextArrivalSeconds(nowSeconds);
    if (next < Double.POSITIVE_INFINITY) {
      events.schedule(next, stream << KIND_BITS | ARRIVAL);
    }
  }

  private void arrive(int stream) {
    int c = streamChannel[stream];
    double now = nowSeconds;
    boolean counted = now >= warmupSeconds && now < horizonSeconds;
    // Drawn in the general engine's order: handle time, wrap-up, patience.
    double work = handleTime[c].sample(handleTimeRng[c]);
    double wrap = wrapUp[c] != null ? wrapUp[c].sample(wrapUpRng[c]) : 0;
    double patienceSeconds = patience[c] != null ? patience[c].sample(patienceRng[c]) : Double.POSITIVE_INFINITY;
    simulatedContacts++;
    if (counted) {
      pendingCounted++;
    }
    int g = groupOf[c];
    if (idleAgents[g] > 0) {
      idleAgents[g]--;
      int row = rows.allocate(c, now, work * proficiency[c], wrap, counted);
      startService(row, c, g);
    } else if (waitingCount[c] >= queueCapacity[c]) {
      if (counted) {
        channelTallies[c].recordBlocked();
        resolved();
      }
    } else {
      int row = rows.allocate(c, now, work * proficiency[c], wrap, counted);
      rows.waiting[row] = true;
      queues[c].add(row);
      rows.pin(row);
      waitingCount[c]++;
      if (patienceSeconds < Double.POSITIVE_INFINITY) {
        events.schedule(now + patienceSeconds, row << KIND_BITS | ABANDONMENT);
        rows.pin(row);
      }
    }
    scheduleArrival(stream);
  }

  /** An agent of group {@code g}, already taken off the idle count, starts on the contact in {@code row}. */
  private void startService(int row, int c, int g) {
    double now = nowSeconds;
    double wait = now - rows.arrivalSeconds[row];
    if (rows.counted[row]) {
      channelTallies[c].recordAnswered(wait, wait);
    }
    groupTallies[g].slots(now, 1.0);
    rows.waiting[row] = false;
    rows.serviceStartSeconds[row] = now;
    events.schedule(now + rows.workSeconds[row], row << KIND_BITS | WORK_DONE);
    rows.pin(row);
  }

  private void workDone(int row) {
    double wrap = rows.wrapUpSeconds[row];
    if (wrap > 0) {
      events.schedule(nowSeconds + wrap, row << KIND_BITS | WRAP_UP_DONE);
      rows.pin(row);
    } else {
      finish(row);
    }
    rows.unpin(row);
  }

  /** The contact is done, wrap-up included: its agent takes the next waiting contact or becomes idle. */
  private void finish(int row) {
    double now = nowSeconds;
    int c = rows.channel[row];
    if (rows.counted[row]) {
      channelTallies[c].recordHandled(now - rows.serviceStartSeconds[row], 0);
      resolved();
    }
    int g = groupOf[c];
    groupTallies[g].slots(now, -1.0);
    int next = queues[c].pollWaiting(rows);
    if (next < 0) {
      idleAgents[g]++;
      return;
    }
    waitingCount[c]--;
    startService(next, c, g);
    rows.unpin(next); // its place in the queue
  }

  private void abandon(int row) {
    int c = rows.channel[row];
    rows.waiting[row] = false; // a tombstone in the queue until it reaches the head
    waitingCount[c]--;
    if (rows.counted[row]) {
      channelTallies[c].recordAbandoned(nowSeconds - rows.arrivalSeconds[row]);
      resolved();
    }
    rows.unpin(row);
  }

  private void recordBacklog() {
    for (int c = 0; c < waitingCount.length; c++) {
      channelTallies[c].recordBacklogAtHorizon(waitingCount[c]);
    }
  }

  /** A counted contact got its outcome; once all have, after the horizon, the run stops. */
  private void resolved() {
    if (--pendingCounted == 0 && nowSeconds >= horizonSeconds) {
      stopped = true;
    }
  }
}
