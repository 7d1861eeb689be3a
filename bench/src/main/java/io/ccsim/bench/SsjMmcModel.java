package io.ccsim.bench;

import java.util.LinkedList;
import umontreal.ssj.randvar.ExponentialGen;
import umontreal.ssj.randvar.RandomVariateGen;
import umontreal.ssj.rng.MRG32k3a;
import umontreal.ssj.simevents.Event;
import umontreal.ssj.simevents.Simulator;
import umontreal.ssj.stat.Tally;

/**
 * M/M/c written with SSJ's event API, the engine behind the ContactCenters library, for comparison.
 *
 * <p>It follows SSJ's tutorial {@code CallCenter} and {@code QueueEv} examples as an SSJ user would
 * write them: one reusable arrival event, a new completion event per service, a {@code LinkedList} of
 * waiting calls, {@code MRG32k3a} streams with {@code ExponentialGen}, a {@code Tally} of waits, and
 * SSJ's default event list (a splay tree). It uses its own {@link Simulator} instance rather than the
 * static {@code Sim}, so that several models can run in one JVM. Events are counted as in ccsim:
 * arrivals plus service completions. Counting, warm-up and drain follow {@code ContactCenter}.
 */
public final class SsjMmcModel {
  private final int agents;
  private final double warmupSeconds;
  private final double horizonSeconds;
  private final Simulator simulator = new Simulator();
  private final RandomVariateGen interArrivalTimes;
  private final RandomVariateGen handleTimes;
  private final LinkedList<Call> waiting = new LinkedList<>();
  private final Tally waits = new Tally("waits of counted calls");
  private final Arrival nextArrival = new Arrival();
  private int busy;
  private long events;
  private long contacts;
  private long pendingCounted;

  /**
   * Builds the model with two new {@code MRG32k3a} streams (arrivals, handle times); as in SSJ's
   * examples, each new stream is independent of all streams created before it in this JVM.
   */
  public SsjMmcModel(int agents, double arrivalRatePerSecond, double meanHandleSeconds,
      double warmupSeconds, double horizonSeconds) {
    if (agents < 1) {
      throw new IllegalArgumentException("agents must be >= 1, got " + agents);
    }
    this.agents = agents;
    this.warmupSeconds = warmupSeconds;
    this.horizonSeconds = horizonSeconds;
    this.interArrivalTimes = new ExponentialGen(new MRG32k3a(), arrivalRatePerSecond);
    this.handleTimes = new ExponentialGen(new MRG32k3a(), 1 / meanHandleSeconds);
  }

  /** Runs one replication from an empty system; the streams go on from where the last run left them. */
  public MmcResult run() {
    simulator.init();
    waiting.clear();
    waits.init();
    busy = 0;
    events = 0;
    contacts = 0;
    pendingCounted = 0;
    nextArrival.schedule(interArrivalTimes.nextDouble());
    new EndOfWindow(horizonSeconds).schedule(horizonSeconds);
    simulator.start();
    nextArrival.cancel(); // Still pending when the run stops; SSJ refuses to schedule it again otherwise.
    return new MmcResult(events, contacts, waits.numberObs(), waits.sum());
  }

  private boolean isCounted(double arrivalSeconds) {
    return arrivalSeconds >= warmupSeconds && arrivalSeconds < horizonSeconds;
  }

  /** A counted call was served to the end; after the horizon, the last one ends the run. */
  private void resolved() {
    if (--pendingCounted == 0 && simulator.time() >= horizonSeconds) {
      simulator.stop();
    }
  }

  /** A call reaches an agent: its wait is tallied if it counts, and its completion is scheduled. */
  private void startService(Call call) {
    if (call.counted) {
      waits.add(simulator.time() - call.arrivalTime);
    }
    new Completion(call).schedule(call.serviceTime);
  }

  private final class Call {
    final double arrivalTime;
    final double serviceTime;
    final boolean counted;

    Call(double arrivalTime, double serviceTime) {
      this.arrivalTime = arrivalTime;
      this.serviceTime = serviceTime;
      this.counted = isCounted(arrivalTime);
    }
  }

  private final class Arrival extends Event {
    Arrival() {
      super(simulator);
    }

    @Override
    public void actions() {
      events++;
      contacts++;
      double now = simulator.time();
      Call call = new Call(now, handleTimes.nextDouble());
      if (call.counted) {
        pendingCounted++;
      }
      if (busy < agents) {
        busy++;
        startService(call);
      } else {
        waiting.addLast(call);
      }
      nextArrival.schedule(interArrivalTimes.nextDouble());
    }
  }

  private final class Completion extends Event {
    private final Call call;

    Completion(Call call) {
      super(simulator);
      this.call = call;
    }

    @Override
    public void actions() {
      events++;
      if (waiting.isEmpty()) {
        busy--;
      } else {
        startService(waiting.removeFirst());
      }
      if (call.counted) {
        resolved();
      }
    }
  }

  /**
   * The end of the counting window: stops the run if every counted call has been served, else
   * lets it drain for at most one more window. It is not an arrival or a completion, so not counted.
   */
  private final class EndOfWindow extends Event {
    private final double atSeconds;

    EndOfWindow(double atSeconds) {
      super(simulator);
      this.atSeconds = atSeconds;
    }

    @Override
    public void actions() {
      if (pendingCounted == 0 || atSeconds > horizonSeconds) {
        simulator.stop();
      } else {
        double window = horizonSeconds - warmupSeconds;
        new EndOfWindow(horizonSeconds + window).schedule(window);
      }
    }
  }
}
