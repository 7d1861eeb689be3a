package io.ccsim.singleskill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The kernel's heap fires entries by time, equal times in scheduling order, even across renumbering. */
class EventHeapTest {
  /** A scheduled entry of the reference model: time, then the order it was scheduled in. */
  private record Entry(double time, long order, int ref) {}

  @ParameterizedTest(name = "sequence bits {0}")
  @ValueSource(ints = {6, 35})
  void firesInTimeThenSchedulingOrder(int sequenceBits) {
    EventHeap heap = new EventHeap(sequenceBits);
    PriorityQueue<Entry> expected = new PriorityQueue<>(
        Comparator.comparingDouble(Entry::time).thenComparingLong(Entry::order));
    SplittableRandom random = new SplittableRandom(3);
    long order = 0;
    double now = 0;
    int nextRef = 0;
    for (int i = 0; i < 10; i++) {
      double time = random.nextInt(5);
      heap.schedule(time, nextRef);
      expected.add(new Entry(time, order++, nextRef++));
    }
    int fired = 0;
    while (heap.takeFirst()) {
      Entry first = expected.poll();
      assertEquals(first.time(), heap.rootTime(), "time of event " + fired);
      assertEquals(first.ref(), EventHeap.refOf(heap.rootKey()), "event " + fired + " at " + first.time());
      now = first.time();
      fired++;
      // While it fires, an event schedules 0, 1 or 2 more, often at the same time (ties), fewer near the end.
      int more = fired > 5_000 ? random.nextInt(2) : 1 + random.nextInt(2);
      for (int k = 0; k < more && expected.size() < 25; k++) {
        double time = now + random.nextInt(3);
        heap.schedule(time, nextRef);
        expected.add(new Entry(time, order++, nextRef++));
      }
    }
    assertTrue(expected.isEmpty());
    assertTrue(fired > 5_000, "fired " + fired);
    assertFalse(heap.takeFirst());
  }

  @Test
  void putBackKeepsTheRootForLater() {
    EventHeap heap = new EventHeap();
    heap.schedule(2, 1);
    heap.schedule(1, 2);
    assertTrue(heap.takeFirst());
    assertEquals(1, heap.rootTime());
    heap.putBack();
    assertEquals(2, heap.size());
    assertTrue(heap.takeFirst());
    assertEquals(2, EventHeap.refOf(heap.rootKey()));
  }
}
