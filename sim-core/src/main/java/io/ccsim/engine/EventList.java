package io.ccsim.engine;

import java.util.Arrays;

/**
 * A binary min-heap of events ordered by time, then by the order in which they were scheduled.
 *
 * <p>The sequence tie-break makes events at equal times fire first-in-first-out, so runs are
 * deterministic (as in SimPy's heap of (time, priority, sequence, event)). Since every entry has its own
 * sequence, (time, sequence) is a total order, and events fire in that order whatever the heap's shape.
 *
 * <p>The layout is chosen for speed, because pushing and popping events is most of an engine's work
 * (on M/M/100 the first version spent 60% of its time in {@code poll}; bench/README.md has figures):
 * <ul>
 *   <li>The heap holds only primitives: each entry is a time and a slot number, in two arrays, so a
 *       sift moves a double and an int and never touches an event object. The first version moved event
 *       references and wrote each moved event's heap index: every move was a reference store into a
 *       long-lived array plus a write into a scattered object, and under G1 (the default collector)
 *       storing a young event into an old array runs a card-marking barrier with a memory fence.
 *   <li>A scheduled event owns a slot: {@code events[slot]} is the event and {@code sequences[slot]}
 *       its scheduling sequence, read only to break ties between equal times (rare with continuous
 *       times), so sequences are not moved with the entries. Free slots form a stack, so the same few
 *       are reused and stay in cache.
 *   <li>Cancelling is lazy: the event's slot is marked dead and its entry stays in the heap until it
 *       reaches the top, where it is dropped. Sifts need no back-pointers from events to positions, and
 *       cancel is O(1). The top entry is always live, so {@link #peekTime} is exact. Should dead entries
 *       ever outnumber live ones (many reschedules), the heap is rebuilt without them, so memory stays
 *       within twice the live events.
 *   <li>The simulator takes the first event with {@link #takeFirst}, which leaves its entry's place at
 *       the root empty while the event fires. Events scheduled meanwhile wait beside the heap; when the
 *       list is next used, the earliest of them fills the root with one sift down and the others sift
 *       up. Most events schedule a successor (an arrival the next arrival, a completion the next
 *       contact's completion), so a pop and a push become one sift, and a near successor (the next
 *       arrival) stops near the root instead of sifting the whole depth down and then up again.
 * </ul>
 */
public final class EventList {
  private static final int INITIAL_CAPACITY = 64;
  /** Dead entries are purged eagerly only past this many (and when they outnumber live events). */
  private static final int MIN_DEAD_TO_COMPACT = 64;

  // The heap, by position: entry time and slot. One spare place, for an event staged while the root is empty.
  private double[] times = new double[INITIAL_CAPACITY + 1];
  private int[] slotAt = new int[INITIAL_CAPACITY + 1];
  /** Entries in the heap, dead ones and (while staging) the empty root included. */
  private int heapSize;
  /** Whether the root is empty after {@link #takeFirst}; new entries then wait after the heap. */
  private boolean staging;
  /** Entries waiting at [heapSize, heapSize + stagedCount) while staging. */
  private int stagedCount;
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
    if (staging) {
      int index = heapSize + stagedCount++;
      times[index] = timeSeconds;
      slotAt[index] = slot;
    } else {
      siftUp(heapSize++, timeSeconds, slot);
    }
  }

  /** The earliest event, removed from the list; null when empty. */
  public Event poll() {
    Event first = takeFirst();
    settle();
    return first;
  }

  /**
   * Like {@link #poll}, but leaves the root empty for the events scheduled next (see the class comment).
   * The list settles by itself on its next use; only the simulator's loop calls this.
   */
  Event takeFirst() {
    return takeFirstUntil(Double.POSITIVE_INFINITY);
  }

  /** {@link #takeFirst} if the first event is at or before {@code untilSeconds}, else null. */
  Event takeFirstUntil(double untilSeconds) {
    settle();
    if (heapSize == 0 || times[0] > untilSeconds) {
      return null;
    }
    int slot = slotAt[0];
    Event first = events[slot];
    events[slot] = null;
    first.slot = -1;
    freeSlots[freeCount++] = slot;
    liveCount--;
    staging = true;
    return first;
  }

  /** The time of the earliest event; +infinity when empty. */
  public double peekTime() {
    settle();
    return heapSize == 0 ? Double.POSITIVE_INFINITY : times[0];
  }

  /** Removes a scheduled event; does nothing if it is not scheduled. */
  public void remove(Event event) {
    int slot = event.slot;
    if (slot < 0) {
      return;
    }
    // The slot stays taken (its entry is still in the heap or staged) until the entry is dropped.
    events[slot] = null;
    event.slot = -1;
    liveCount--;
    if (!staging) {
      dropDeadTop();
      compactIfMostlyDead();
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

  /** Ends staging: the earliest staged entry fills the empty root, the others join the heap. */
  private void settle() {
    if (!staging) {
      return;
    }
    staging = false;
    if (stagedCount == 1) {
      // The usual case, an event that scheduled one successor: no earliest to look for.
      stagedCount = 0;
      int slot = slotAt[heapSize];
      if (events[slot] == null) {
        freeSlots[freeCount++] = slot;
        removeTop();
      } else {
        siftDown(0, times[heapSize], slot);
      }
      dropDeadTop();
      compactIfMostlyDead();
      return;
    }
    int start = heapSize;
    int end = start + stagedCount;
    stagedCount = 0;
    // Drop staged entries cancelled meanwhile, and find the earliest of the others.
    int kept = start;
    int earliest = -1;
    for (int i = start; i < end; i++) {
      int slot = slotAt[i];
      if (events[slot] == null) {
        freeSlots[freeCount++] = slot;
        continue;
      }
      times[kept] = times[i];
      slotAt[kept] = slot;
      if (earliest < 0 || before(times[kept], slot, times[earliest], slotAt[earliest])) {
        earliest = kept;
      }
      kept++;
    }
    if (earliest < 0) {
      removeTop();
    } else {
      double time = times[earliest];
      int slot = slotAt[earliest];
      int last = kept - 1;
      times[earliest] = times[last];
      slotAt[earliest] = slotAt[last];
      siftDown(0, time, slot);
      // The rest sit right after the heap: each is inserted from where it is.
      while (heapSize < last) {
        siftUp(heapSize, times[heapSize], slotAt[heapSize]);
        heapSize++;
      }
    }
    dropDeadTop();
    compactIfMostlyDead();
  }

  /**
   * Cancels made while an event fires (staging) cannot compact at once, and an item re-rated again and
   * again (concurrency with slowdown) leaves a dead entry each time, far in the future where it never
   * reaches the top: without this check, dead entries could then grow without bound.
   */
  private void compactIfMostlyDead() {
    if (heapSize - liveCount > MIN_DEAD_TO_COMPACT && heapSize - liveCount > liveCount) {
      compact();
    }
  }

  /** Entries in the heap, dead ones included: what its memory holds (for tests). */
  int entries() {
    return heapSize + stagedCount;
  }

  /** Drops dead entries from the top, so that the top entry is always a scheduled event. */
  private void dropDeadTop() {
    while (heapSize > 0 && events[slotAt[0]] == null) {
      freeSlots[freeCount++] = slotAt[0];
      removeTop();
    }
  }

  /**
   * Removes the top entry: the last entry fills the root. The last entry is usually among the latest,
   * so it is placed bottom-up (Floyd's trick, as in bottom-up heapsort): the hole at the root first
   * moves down along the smaller children to a leaf, one comparison per level instead of two, then the
   * entry sifts up from there, rarely more than a level or two.
   */
  private void removeTop() {
    int size = --heapSize;
    if (size == 0) {
      return;
    }
    double time = times[size];
    int slot = slotAt[size];
    int half = size >>> 1;
    int index = 0;
    while (index < half) {
      int child = 2 * index + 1;
      int right = child + 1;
      if (right < size && before(times[right], slotAt[right], times[child], slotAt[child])) {
        child = right;
      }
      times[index] = times[child];
      slotAt[index] = slotAt[child];
      index = child;
    }
    siftUp(index, time, slot);
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

  /**
   * Called when every slot is taken: doubles the slots and the heap. Entries never outnumber taken
   * slots except for the empty root while staging, hence the heap's one spare place.
   */
  private void grow() {
    int oldCapacity = events.length;
    int capacity = oldCapacity * 2;
    times = Arrays.copyOf(times, capacity + 1);
    slotAt = Arrays.copyOf(slotAt, capacity + 1);
    events = Arrays.copyOf(events, capacity);
    sequences = Arrays.copyOf(sequences, capacity);
    freeSlots = Arrays.copyOf(freeSlots, capacity);
    for (int s = capacity - 1; s >= oldCapacity; s--) {
      freeSlots[freeCount++] = s;
    }
  }
}
