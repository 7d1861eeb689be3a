package io.ccsim.arrivals;

import io.ccsim.model.ArrivalStream;
import io.ccsim.model.Channel;
import io.ccsim.model.ChannelKind;
import io.ccsim.model.Scenario;
import io.ccsim.random.RandomStream;
import io.ccsim.random.RandomStreams;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The contacts a scenario's arrival streams generate in one replication over [0, until), in time order,
 * each with the handle time and patience the contact center draws for it.
 *
 * <p>It reproduces the simulator exactly: the gaps come from {@link ArrivalProcesses} (stream
 * {@code arrivals/<channel>}), and handle time and patience are drawn from the streams
 * {@code handle-time/<channel>} and {@code patience/<channel>} once per contact, in arrival order within
 * each channel, as {@code ContactCenter} draws them; arrivals on a live channel while it is closed are
 * skipped, as the center skips them. Follow-up contacts that journeys create during a simulation depend
 * on its outcomes and are not part of the schedule; the center draws their handle time and patience
 * from streams of their own ({@code handle-time/<channel>/follow-up}, ...), so the schedule's contacts
 * keep exactly their draws in a scenario with journeys too.
 *
 * <p>It streams: each iterator merges one process per arrival stream and holds one pending time per
 * stream, never a list of contacts, so a day of millions of contacts takes constant memory. Equal
 * arrival times come out in the scenario's channel order, then arrival-stream order. Each call to
 * {@link #iterator()} starts again from the beginning with fresh random streams.
 */
public final class ArrivalSchedule implements Iterable<ScheduledContact> {
  private final Scenario scenario;
  private final int replication;
  private final double untilSeconds;

  /** The schedule of replication {@code replication} over [0, {@code untilSeconds}). */
  public ArrivalSchedule(Scenario scenario, int replication, double untilSeconds) {
    if (scenario == null) {
      throw new IllegalArgumentException("scenario is required");
    }
    if (replication < 0) {
      throw new IllegalArgumentException("replication index must be >= 0, got " + replication);
    }
    if (!(untilSeconds >= 0)) {
      throw new IllegalArgumentException("the schedule's end must be >= 0 seconds, got " + untilSeconds);
    }
    // A schedule lists contacts as they reach the queue with the draws the center gives them there; behind a
    // VRU stage that order and those draws depend on the VRU's delays, which the schedule does not simulate.
    for (Channel channel : scenario.channels()) {
      if (channel.hasVru()) {
        throw new IllegalArgumentException("channel " + channel.name() + " has a VRU stage, and an arrivals "
            + "schedule lists arrivals at the queue without one; allowed: a scenario without vru");
      }
    }
    this.scenario = scenario;
    this.replication = replication;
    this.untilSeconds = untilSeconds;
  }

  /** The schedule over the scenario's whole horizon [0, horizon). */
  public static ArrivalSchedule of(Scenario scenario, int replication) {
    return new ArrivalSchedule(scenario, replication, scenario.horizonSeconds());
  }

  public Scenario scenario() {
    return scenario;
  }

  public int replication() {
    return replication;
  }

  public double untilSeconds() {
    return untilSeconds;
  }

  @Override
  public Iterator<ScheduledContact> iterator() {
    return new Merge();
  }

  /** Merges the arrival streams; draws handle time and patience as each contact is taken. */
  private final class Merge implements Iterator<ScheduledContact> {
    private final ArrivalProcess[] processes;
    private final int[] channelOf;
    private final double[] next;
    private final Channel[] channels;
    private final RandomStream[] handleTimeRng;
    private final RandomStream[] patienceRng;
    private long taken;

    Merge() {
      RandomStreams streams = new RandomStreams(scenario.seed(), replication);
      List<Channel> channelList = scenario.channels();
      channels = channelList.toArray(new Channel[0]);
      handleTimeRng = new RandomStream[channels.length];
      patienceRng = new RandomStream[channels.length];
      for (int c = 0; c < channels.length; c++) {
        handleTimeRng[c] = streams.stream("handle-time/" + channels[c].name());
        patienceRng[c] = streams.stream("patience/" + channels[c].name());
      }
      List<ArrivalStream> arrivals = scenario.arrivals();
      processes = new ArrivalProcess[arrivals.size()];
      channelOf = new int[arrivals.size()];
      next = new double[arrivals.size()];
      for (int i = 0; i < processes.length; i++) {
        processes[i] = ArrivalProcesses.of(arrivals.get(i), streams);
        channelOf[i] = scenario.channelIndex(arrivals.get(i).channel());
        next[i] = advance(i, 0);
      }
    }

    @Override
    public boolean hasNext() {
      return open() >= 0;
    }

    @Override
    public ScheduledContact next() {
      int i = open();
      if (i < 0) {
        throw new NoSuchElementException("the schedule has no more contacts before " + untilSeconds + " s");
      }
      double at = next[i];
      int c = channelOf[i];
      Channel channel = channels[c];
      double handle = channel.handleTimeAt(channel.handleTime().sample(handleTimeRng[c]), at);
      double patience = channel.hasPatience()
          ? channel.patienceAt(channel.patience().sample(patienceRng[c]), at) : Double.NaN;
      next[i] = advance(i, at);
      return new ScheduledContact(++taken, at, channel.name(), handle, patience, null);
    }

    /**
     * The earliest pending arrival on an open channel. A live channel takes no contacts while it is
     * closed (business hours): as in the contact center, such arrivals are skipped without drawing
     * handle time or patience.
     */
    private int open() {
      int i = first();
      while (i >= 0 && isClosed(channels[channelOf[i]], next[i])) {
        next[i] = advance(i, next[i]);
        i = first();
      }
      return i;
    }

    private static boolean isClosed(Channel channel, double atSeconds) {
      return channel.businessHours() != null && channel.kind() != ChannelKind.DEFERRED
          && !channel.businessHours().isOpen(atSeconds);
    }

    /** The stream with the earliest pending arrival before the end (ties: channel, then stream order); -1 if none. */
    private int first() {
      int best = -1;
      for (int i = 0; i < next.length; i++) {
        if (next[i] < untilSeconds
            && (best < 0 || next[i] < next[best] || (next[i] == next[best] && channelOf[i] < channelOf[best]))) {
          best = i;
        }
      }
      return best;
    }

    private double advance(int i, double nowSeconds) {
      double t = processes[i].nextArrivalSeconds(nowSeconds);
      if (t < nowSeconds) {
        throw new IllegalStateException("arrival process of " + channels[channelOf[i]].name()
            + " went back in time: " + t + " s after " + nowSeconds + " s");
      }
      return t;
    }
  }
}
