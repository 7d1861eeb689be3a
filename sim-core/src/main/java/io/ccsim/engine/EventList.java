package io.ccsim.engine;

import java.util.Arrays;

/**
 * A binary min-heap of events ordered by time, then by the order in which they were scheduled.
 *
 * <p>The sequence tie-break makes events at equal times fire first-in-first-out, so runs are
 * deterministic (as in SimPy's heap of (time, priority, sequence, event)).
 *
 * <p>The layout is chosen for speed, because popping and pushing events is most of an engine's work
 * (on M/M/100 the first version spent 60% of its time in {@code poll}):
 * <ul>
 *   <li>The heap holds only primitives: each entry is a time and a slot number, in two arrays, so a
 *       sift moves a double and an int, as a hand-written loop would, and never touches an event object.
 *       The first version moved event references and wrote each moved event's heap index: every move
 *       was a reference store into a long-lived array plus a write into a scattered object, and under G1
 *       (the default collector) storing a young event into an old array runs a card-marking barrier with
 *       a memory fence. Now an event costs one reference store when scheduled and one null store when it
 *       leaves.
 *   <li>A scheduled event owns a slot: {@code events[slot]} is the event and {@code sequences[slot]}
 *       its scheduling sequence, read only to break ties between equal times (rare with continuous
 *       times), so sequences are not moved with the entries. Free slots form a stack, so the same few
 *       are reused and stay in cache.
 *   <li>Cancelling is lazy: the event's slot is marked dead and its entry stays in the heap until it
 *       reaches the top, where it is dropped. Sifts need no back-pointers from events to positions, and
 *       cancel is O(1). The top entry is always live, so {@link #peekTime} is exact. Should dead entries
 *       ever outnumber live ones (many reschedules), the heap is rebuilt without them, so memory stays
 *       within twice the live events.
 * </ul>
 * The order in which events fire is exactly the (time, sequence) order, as before.
 */
public final class EventList {
  private static final int INITIAL_CAPACITY = 64;
  /** Dead entries are purged eagerly only past this many (and when they outnumber live events). */
  private static final int MIN_DEAD_TO_COMPACT = 64;

  // The heap, by position: entry time and slot.
  private double[] times = new double[INITIAL_CAPACITY];
  private int[] slotAt = new int[INITIAL_CAPACITY];
  private int heapSize;
  // By slot: the event (null once cancelled) and its scheduling sequence.
  private Event[] events = new Event[INITIAL_CAPACITY];
  private long[] sequences = new long[INITIAL_CAPACITY];
  private int[] freeSlots = new int[INITIAL_CAPACITY];
  private int freeCount;
  private int liveCount;
  private long nextSequence;

  public EventList() {
    for (int s = 0; s < INITIAL_CAPACITY; s++) {
      freeSlots[s] = INITIAL_CAPACITY - 1 - s;
    }
    freeCount = INITIAL_CAPACITY;
  }

  /** The number of scheduled events. */
  public int size() {
    return liveCount;
  }

  public boolean isEmpty() {
    return liveCount == 0;
  }

  /** Schedules an event that is not already scheduled. */
  public void add(Event event, double timeSeconds) {
    if (event.slot >= 0) {
      throw new IllegalStateException("event is already scheduled at " + event.timeSeconds);
    }
    if (Double.isNaN(timeSeconds)) {
      throw new IllegalArgumentException("event time must be a number");
    }
    if (freeCount == 0) {
      grow();
    }
    int slot = freeSlots[--freeCount];
    events[slot] = event;
    sequences[slot] = nextSequence++;
    event.slot = slot;
    event.timeSeconds = timeSeconds;
    liveCount++;
    siftUp(heapSize++, timeSeconds, slot);
  }

  /** The earliest event, removed from the list; null when empty. */
  public Event poll() {
    if (heapSize == 0) {
      return null;
    }
    int slot = slotAt[0];
    Event first = events[slot];
    events[slot] = null;
    first.slot = -1;
    freeSlots[freeCount++] = slot;
    liveCount--;
    removeTop();
    dropDeadTop();
    return first;
  }

  /** The time of the earliest event; +infinity when empty. */
  public double peekTime() {
    return heapSize == 0 ? Double.POSITIVE_INFINITY : times[0];
  }

  /** Removes a scheduled event; does nothing if it is not scheduled. */
  public void remove(Event event) {
    int slot = event.slot;
    if (slot < 0) {
      return;
    }
    // The slot stays taken (its entry is still in the heap) until the entry is dropped.
    events[slot] = null;
    event.slot = -1;
    liveCount--;
    dropDeadTop();
    if (heapSize - liveCount > MIN_DEAD_TO_COMPACT && heapSize - liveCount > liveCount) {
      compact();
    }
  }

  /**
   * Moves a scheduled event to a new time (or schedules it if it was not). It gets a new sequence
   * number: among events at the same time it fires after those scheduled before this call.
   */
  public void reschedule(Event event, double timeSeconds) {
    remove(event);
    add(event, timeSeconds);
  }

  /** Whether entry a comes before entry b: earlier time, or equal time and scheduled earlier. */
  private boolean before(double timeA, int slotA, double timeB, int slotB) {
    return timeA < timeB || (timeA == timeB && sequences[slotA] < sequences[slotB]);
  }

  /** Drops dead entries from the top, so that the top entry is always a scheduled event. */
  private void dropDeadTop() {
    while (heapSize > 0 && events[slotAt[0]] == null) {
      freeSlots[freeCount++] = slotAt[0];
      removeTop();
    }
  }

  /** Removes the top entry: the last entry sifts down from the root. */
  private void removeTop() {
    int last = --heapSize;
    if (last > 0) {
      siftDown(0, times[last], slotAt[last]);
    }
  }

  private void siftUp(int index, double time, int slot) {
    while (index > 0) {
      int parent = (index - 1) >>> 1;
      if (!before(time, slot, times[parent], slotAt[parent])) {
        break;
      }
      times[index] = times[parent];
      slotAt[index] = slotAt[parent];
      index = parent;
    }
    times[index] = time;
    slotAt[index] = slot;
  }

  private void siftDown(int index, double time, int slot) {
    int size = heapSize;
    int half = size >>> 1;
    while (index < half) {
      int child = 2 * index + 1;
      int right = child + 1;
      if (right < size && before(times[right], slotAt[right], times[child], slotAt[child])) {
        child = right;
      }
      if (!before(times[child], slotAt[child], time, slot)) {
        break;
      }
      times[index] = times[child];
      slotAt[index] = slotAt[child];
      index = child;
    }
    times[index] = time;
    slotAt[index] = slot;
  }

  /** Rebuilds the heap from its live entries only (Floyd's heapify, O(n)); frees the dead slots. */
  private void compact() {
    int kept = 0;
    for (int i = 0; i < heapSize; i++) {
      int slot = slotAt[i];
      if (events[slot] == null) {
        freeSlots[freeCount++] = slot;
      } else {
        times[kept] = times[i];
        slotAt[kept] = slot;
        kept++;
      }
    }
    heapSize = kept;
    for (int i = (kept >>> 1) - 1; i >= 0; i--) {
      siftDown(i, times[i], slotAt[i]);
    }
  }

  /** Called when every slot is taken, which means the heap is full too: doubles both. */
  private void grow() {
    int oldCapacity = events.length;
    int capacity = oldCapacity * 2;
    times = Arrays.copyOf(times, capacity);
    slotAt = Arrays.copyOf(slotAt, capacity);
    events = Arrays.copyOf(events, capacity);
    sequences = Arrays.copyOf(sequences, capacity);
    freeSlots = Arrays.copyOf(freeSlots, capacity);
    for (int s = capacity - 1; s >= oldCapacity; s--) {
      freeSlots[freeCount++] = s;
    }
  }
}
