package io.ccsim.singleskill;

import java.util.Arrays;

/**
 * The single-skill kernel's event list: a binary min-heap of (time, key) entries in two primitive arrays,
 * with no event objects at all.
 *
 * <p>A key packs a scheduling sequence number (high bits) and a reference (low bits: what the event is,
 * see {@link SingleSkillKernel}). Sequences are unique and increase in scheduling order, so comparing
 * (time, key) orders equal times first-in-first-out, exactly like the general engine's
 * {@code EventList}; the kernel schedules in the same order as the general engine, so both fire the same
 * events in the same order. Should the sequence bits ever run out (after about 7 * 10^10 events in one
 * replication), the live entries are renumbered in their order, which keeps every comparison as it was.
 *
 * <p>The firing event stays at the root while it fires. Entries scheduled meanwhile are staged; when the
 * loop takes the next event, the earliest staged entry replaces the root with one sift down and the
 * others sift up (a pop and a push become one sift, as in {@code EventList}).
 */
final class EventHeap {
  /** Low bits of a key that hold the reference. */
  static final int REF_BITS = 28;
  static final long REF_MASK = (1L << REF_BITS) - 1;
  /** The most entries an event may schedule while it fires (an arrival: its contact's event and the next arrival). */
  private static final int MAX_STAGED = 2;

  private final long sequenceLimit;
  private double[] times = new double[64];
  private long[] keys = new long[64];
  private int size;
  /** Whether the root entry is the event being fired (taken, but not yet removed). */
  private boolean rootTaken;
  private final double[] stagedTimes = new double[MAX_STAGED];
  private final long[] stagedKeys = new long[MAX_STAGED];
  private int stagedCount;
  private long nextSequence;

  EventHeap() {
    this(64 - REF_BITS - 1);
  }

  /** A heap whose sequences use {@code sequenceBits} bits (small in tests, to exercise renumbering). */
  EventHeap(int sequenceBits) {
    this.sequenceLimit = 1L << sequenceBits;
  }

  /** Schedules reference {@code ref} (below 2^{@link #REF_BITS}) at {@code timeSeconds}. */
  void schedule(double timeSeconds, int ref) {
    if (nextSequence == sequenceLimit) {
      renumber();
    }
    long key = (nextSequence++ << REF_BITS) | ref;
    if (rootTaken) {
      stagedTimes[stagedCount] = timeSeconds;
      stagedKeys[stagedCount++] = key;
    } else {
      push(timeSeconds, key);
    }
  }

  /**
   * Takes the earliest entry: it stays at the root while it fires, and {@link #rootTime}/{@link #rootKey}
   * describe it. Returns false when the list is empty.
   */
  boolean takeFirst() {
    settle();
    if (size == 0) {
      return false;
    }
    rootTaken = true;
    return true;
  }

  double rootTime() {
    return times[0];
  }

  long rootKey() {
    return keys[0];
  }

  static int refOf(long key) {
    return (int) (key & REF_MASK);
  }

  /** Leaves the taken root in the heap after all (the loop stopped before firing it). */
  void putBack() {
    rootTaken = false;
  }

  int size() {
    settle();
    return size;
  }

  /** Removes the taken root, placing the staged entries: the earliest of them takes its place. */
  private void settle() {
    if (!rootTaken) {
      return;
    }
    rootTaken = false;
    if (stagedCount == 0) {
      removeRoot();
      return;
    }
    int first = 0;
    if (stagedCount == 2 && before(stagedTimes[1], stagedKeys[1], stagedTimes[0], stagedKeys[0])) {
      first = 1;
    }
    siftDown(0, stagedTimes[first], stagedKeys[first]);
    if (stagedCount == 2) {
      push(stagedTimes[1 - first], stagedKeys[1 - first]);
    }
    stagedCount = 0;
  }

  private static boolean before(double timeA, long keyA, double timeB, long keyB) {
    return timeA < timeB || (timeA == timeB && keyA < keyB);
  }

  private void push(double time, long key) {
    if (size == times.length) {
      times = Arrays.copyOf(times, size * 2);
      keys = Arrays.copyOf(keys, size * 2);
    }
    siftUp(size++, time, key);
  }

  private void siftUp(int start, double time, long key) {
    int index = start;
    while (index > 0) {
      int parent = (index - 1) >>> 1;
      if (!before(time, key, times[parent], keys[parent])) {
        break;
      }
      times[index] = times[parent];
      keys[index] = keys[parent];
      index = parent;
    }
    times[index] = time;
    keys[index] = key;
  }

  /** Removes the root; the last entry, usually among the latest, is placed bottom-up (Floyd). */
  private void removeRoot() {
    int last = --size;
    if (last == 0) {
      return;
    }
    double time = times[last];
    long key = keys[last];
    int index = 0;
    int half = last >>> 1;
    while (index < half) {
      int child = 2 * index + 1;
      if (child + 1 < last && before(times[child + 1], keys[child + 1], times[child], keys[child])) {
        child++;
      }
      times[index] = times[child];
      keys[index] = keys[child];
      index = child;
    }
    siftUp(index, time, key);
  }

  private void siftDown(int start, double time, long key) {
    int index = start;
    int half = size >>> 1;
    while (index < half) {
      int child = 2 * index + 1;
      if (child + 1 < size && before(times[child + 1], keys[child + 1], times[child], keys[child])) {
        child++;
      }
      if (!before(times[child], keys[child], time, key)) {
        break;
      }
      times[index] = times[child];
      keys[index] = keys[child];
      index = child;
    }
    times[index] = time;
    keys[index] = key;
  }

  /**
   * Gives the entries (heap and staged) new sequences 0, 1, ... in their present order. Relative order
   * is unchanged, so the heap stays a valid heap and ties still break as scheduled.
   */
  private void renumber() {
    int total = size + stagedCount;
    if (total >= sequenceLimit) {
      throw new IllegalStateException("more pending events than sequence numbers: " + total);
    }
    long[] sequences = new long[total];
    for (int i = 0; i < size; i++) {
      sequences[i] = keys[i] >>> REF_BITS;
    }
    for (int i = 0; i < stagedCount; i++) {
      sequences[size + i] = stagedKeys[i] >>> REF_BITS;
    }
    Arrays.sort(sequences);
    for (int i = 0; i < size; i++) {
      keys[i] = renumbered(keys[i], sequences);
    }
    for (int i = 0; i < stagedCount; i++) {
      stagedKeys[i] = renumbered(stagedKeys[i], sequences);
    }
    nextSequence = total;
  }

  private static long renumbered(long key, long[] sortedSequences) {
    long rank = Arrays.binarySearch(sortedSequences, key >>> REF_BITS);
    return (rank << REF_BITS) | (key & REF_MASK);
  }
}
