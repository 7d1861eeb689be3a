package io.ccsim.bench;

import io.ccsim.random.RandomStream;
import io.ccsim.random.RandomStreams;

/**
 * M/M/c written as one hand-specialized loop: the upper bound on what an event-driven simulator of this
 * model can do in Java.
 *
 * <p>There are no objects per contact and no event objects: the event list is a binary heap of event
 * times in a primitive array with a parallel array of event kinds, waiting contacts are two ring buffers
 * of doubles (arrival time, work), and agents are one counter (in M/M/c all agents are alike, so who
 * serves whom does not change any wait). It keeps only what the general engine keeps for this model's
 * mean wait: the counted contacts and their wait sum.
 *
 * <p>It simulates exactly what {@code ContactCenter} simulates for {@code BenchmarkModels.mmc}: the same
 * random streams (same seed, replication and stream names, so the same inter-arrival and handle times),
 * work drawn at arrival, first-come-first-served, contacts counted when they arrive in [warmup, horizon),
 * and after the horizon arrivals go on until every counted contact has been served to the end (or one
 * more window has passed). So both give the same counted contacts with the same waits, which the tests
 * check, and fire the same events.
 *
 * <p>Two heaps: the plain one pops the first event and pushes each new one (the loop the project's
 * issue measured at about 11 million events/s); the tuned one uses the same two tricks as ccsim's
 * {@code EventList}: an event's successor replaces it at the root (one sift instead of a pop and a
 * push), and a pop places the last entry bottom-up. The tuned loop is the fairer upper bound for ccsim.
 */
public final class SpecializedMmcLoop {
  private static final byte ARRIVAL = 0;
  private static final byte COMPLETION = 1;
  /** The completion of a counted contact: the kind carries the one bit a completion needs. */
  private static final byte COUNTED_COMPLETION = 2;

  private final int agents;
  private final double meanGapSeconds;
  private final double meanHandleSeconds;
  private final double warmupSeconds;
  private final double horizonSeconds;
  private final long seed;
  private final boolean tunedHeap;

  /**
   * @param agents the number of agents c
   * @param arrivalRatePerSecond the Poisson arrival rate
   * @param meanHandleSeconds the mean of the exponential handle time
   * @param warmupSeconds contacts arriving before this are not counted
   * @param horizonSeconds contacts arriving from this on are not counted
   * @param seed the seed from which the random streams are derived, as in a scenario
   * @param tunedHeap whether successors replace the root and pops place bottom-up (see above)
   */
  public SpecializedMmcLoop(int agents, double arrivalRatePerSecond, double meanHandleSeconds,
      double warmupSeconds, double horizonSeconds, long seed, boolean tunedHeap) {
    if (agents < 1) {
      throw new IllegalArgumentException("agents must be >= 1, got " + agents);
    }
    if (!(arrivalRatePerSecond > 0) || !(meanHandleSeconds > 0)) {
      throw new IllegalArgumentException("arrival rate and mean handle time must be positive, got "
          + arrivalRatePerSecond + "/s and " + meanHandleSeconds + " s");
    }
    if (!(warmupSeconds >= 0) || !(horizonSeconds > warmupSeconds)) {
      throw new IllegalArgumentException("need 0 <= warmup < horizon, got warmup " + warmupSeconds
          + " s and horizon " + horizonSeconds + " s");
    }
    this.agents = agents;
    this.meanGapSeconds = 1 / arrivalRatePerSecond;
    this.meanHandleSeconds = meanHandleSeconds;
    this.warmupSeconds = warmupSeconds;
    this.horizonSeconds = horizonSeconds;
    this.seed = seed;
    this.tunedHeap = tunedHeap;
  }

  /** Runs replication {@code replication} (0-based) from an empty system. */
  public MmcResult run(int replication) {
    RandomStreams streams = new RandomStreams(seed, replication);
    RandomStream arrivals = streams.stream("arrivals/phone");
    RandomStream handleTimes = streams.stream("handle-time/phone");

    // The event list: at most one arrival and one completion per agent are ever pending.
    int capacity = agents + 1;
    double[] times = new double[capacity];
    byte[] kinds = new byte[capacity];
    int size = 0;

    // Waiting contacts, first in first out: a ring buffer that doubles when full (rarely, and never per contact).
    double[] queuedArrival = new double[1024];
    double[] queuedWork = new double[1024];
    int queueHead = 0;
    int queueSize = 0;

    int busy = 0;
    long events = 0;
    long contacts = 0;
    long counted = 0;
    long pendingCounted = 0;
    double waitSum = 0;
    double until = horizonSeconds;
    boolean draining = false;

    size = push(times, kinds, size, arrivals.nextExponential(meanGapSeconds), ARRIVAL);
    while (size > 0) {
      double now = times[0];
      if (now > until) {
        if (!draining && pendingCounted > 0) {
          draining = true;
          until = horizonSeconds + (horizonSeconds - warmupSeconds);
          continue;
        }
        break;
      }
      byte kind = kinds[0];
      events++;
      boolean resolvedOne = false;
      if (kind == ARRIVAL) {
        contacts++;
        boolean isCounted = now >= warmupSeconds && now < horizonSeconds;
        double work = handleTimes.nextExponential(meanHandleSeconds);
        if (isCounted) {
          counted++;
          pendingCounted++;
        }
        size = next(times, kinds, size, now + arrivals.nextExponential(meanGapSeconds), ARRIVAL);
        if (busy < agents) {
          busy++;
          size = push(times, kinds, size, now + work, isCounted ? COUNTED_COMPLETION : COMPLETION);
        } else {
          if (queueSize == queuedArrival.length) {
            queuedArrival = grow(queuedArrival, queueHead, queueSize);
            queuedWork = grow(queuedWork, queueHead, queueSize);
            queueHead = 0;
          }
          int tail = (queueHead + queueSize) & (queuedArrival.length - 1);
          queuedArrival[tail] = now;
          queuedWork[tail] = work;
          queueSize++;
        }
      } else {
        if (kind == COUNTED_COMPLETION) {
          pendingCounted--;
          resolvedOne = true;
        }
        if (queueSize > 0) {
          double arrival = queuedArrival[queueHead];
          double work = queuedWork[queueHead];
          queueHead = (queueHead + 1) & (queuedArrival.length - 1);
          queueSize--;
          boolean isCounted = arrival >= warmupSeconds && arrival < horizonSeconds;
          if (isCounted) {
            waitSum += now - arrival;
          }
          size = next(times, kinds, size, now + work, isCounted ? COUNTED_COMPLETION : COMPLETION);
        } else {
          busy--;
          size = tunedHeap ? popBottomUp(times, kinds, size) : pop(times, kinds, size);
        }
      }
      if (resolvedOne && pendingCounted == 0 && now >= horizonSeconds) {
        break;
      }
    }
    return new MmcResult(events, contacts, counted, waitSum);
  }

  /** Removes the root event and schedules its successor: a pop and a push, or one sift when tuned. */
  private int next(double[] times, byte[] kinds, int size, double time, byte kind) {
    if (tunedHeap) {
      replaceRoot(times, kinds, size, time, kind);
      return size;
    }
    return push(times, kinds, pop(times, kinds, size), time, kind);
  }

  private static int push(double[] times, byte[] kinds, int size, double time, byte kind) {
    int index = size;
    while (index > 0) {
      int parent = (index - 1) >>> 1;
      if (times[parent] <= time) {
        break;
      }
      times[index] = times[parent];
      kinds[index] = kinds[parent];
      index = parent;
    }
    times[index] = time;
    kinds[index] = kind;
    return size + 1;
  }

  private static int pop(double[] times, byte[] kinds, int size) {
    int last = size - 1;
    double time = times[last];
    byte kind = kinds[last];
    int index = 0;
    int half = last >>> 1;
    while (index < half) {
      int child = 2 * index + 1;
      if (child + 1 < last && times[child + 1] < times[child]) {
        child++;
      }
      if (time <= times[child]) {
        break;
      }
      times[index] = times[child];
      kinds[index] = kinds[child];
      index = child;
    }
    times[index] = time;
    kinds[index] = kind;
    return last;
  }

  /** Replaces the root entry with a new one, sifting it down: a pop and a push in one sift. */
  private static void replaceRoot(double[] times, byte[] kinds, int size, double time, byte kind) {
    int index = 0;
    int half = size >>> 1;
    while (index < half) {
      int child = 2 * index + 1;
      if (child + 1 < size && times[child + 1] < times[child]) {
        child++;
      }
      if (time <= times[child]) {
        break;
      }
      times[index] = times[child];
      kinds[index] = kinds[child];
      index = child;
    }
    times[index] = time;
    kinds[index] = kind;
  }

  /** Pops the root: the hole goes down along the smaller children to a leaf, then the last entry sifts up. */
  private static int popBottomUp(double[] times, byte[] kinds, int size) {
    int last = size - 1;
    double time = times[last];
    byte kind = kinds[last];
    int index = 0;
    int half = last >>> 1;
    while (index < half) {
      int child = 2 * index + 1;
      if (child + 1 < last && times[child + 1] < times[child]) {
        child++;
      }
      times[index] = times[child];
      kinds[index] = kinds[child];
      index = child;
    }
    while (index > 0) {
      int parent = (index - 1) >>> 1;
      if (times[parent] <= time) {
        break;
      }
      times[index] = times[parent];
      kinds[index] = kinds[parent];
      index = parent;
    }
    times[index] = time;
    kinds[index] = kind;
    return last;
  }

  private static double[] grow(double[] ring, int head, int size) {
    double[] bigger = new double[ring.length * 2];
    for (int i = 0; i < size; i++) {
      bigger[i] = ring[(head + i) & (ring.length - 1)];
    }
    return bigger;
  }
}
