package io.ccsim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EventListTest {
  /** An event that remembers its label and an insertion counter, for checking the order. */
  static final class Labelled extends Event {
    final int label;
    long order;

    Labelled(int label) {
      this.label = label;
    }

    @Override
    protected void fire() {}
  }

  @Test
  void equalTimes_pop_inSchedulingOrder() {
    EventList list = new EventList();
    for (int i = 0; i < 100; i++) {
      list.add(new Labelled(i), 5.0);
    }
    for (int i = 0; i < 100; i++) {
      assertEquals(i, ((Labelled) list.poll()).label);
    }
    assertNull(list.poll());
  }

  @Test
  void randomAddsCancelsAndReschedules_popInTimeThenSequenceOrder() {
    Random random = new Random(7);
    EventList list = new EventList();
    List<Labelled> live = new ArrayList<>();
    long counter = 0;
    for (int step = 0; step < 20_000; step++) {
      int action = random.nextInt(10);
      if (action < 6 || live.isEmpty()) {
        Labelled e = new Labelled(step);
        // Few distinct times, so that ties are frequent.
        list.add(e, random.nextInt(50));
        e.order = counter++;
        live.add(e);
      } else if (action < 8) {
        Labelled e = live.remove(random.nextInt(live.size()));
        list.remove(e);
        assertFalse(e.isScheduled());
      } else {
        Labelled e = live.get(random.nextInt(live.size()));
        list.reschedule(e, random.nextInt(50));
        e.order = counter++;
      }
      assertEquals(live.size(), list.size());
    }
    live.sort(Comparator.comparingDouble((Labelled e) -> e.timeSeconds()).thenComparingLong(e -> e.order));
    for (Labelled expected : live) {
      assertEquals(expected.label, ((Labelled) list.poll()).label);
    }
    assertTrue(list.isEmpty());
  }

  @Test
  void addingAScheduledEvent_isRejected() {
    EventList list = new EventList();
    Labelled e = new Labelled(1);
    list.add(e, 1);
    assertThrows(IllegalStateException.class, () -> list.add(e, 2));
  }

  @Test
  void simulator_runUntil_stopsBeforeLaterEventsAndAdvancesClock() {
    Simulator simulator = new Simulator();
    List<Double> fired = new ArrayList<>();
    Event recorder = new Event() {
      @Override
      protected void fire() {
        fired.add(timeSeconds());
      }
    };
    simulator.schedule(recorder, 3);
    simulator.run(2);
    assertEquals(List.of(), fired);
    assertEquals(2.0, simulator.now());
    simulator.run(10);
    assertEquals(List.of(3.0), fired);
    assertEquals(10.0, simulator.now());
    assertThrows(IllegalArgumentException.class, () -> simulator.scheduleAt(recorder, 1));
  }

  @Test
  void reschedulesWhileEventsFire_keepDeadEntriesWithinTwiceTheLiveOnes() {
    // As an agent holding 100 items with slowdown re-rates all of them each time one ends: every fire
    // reschedules every far-future item, and those dead entries never reach the top.
    EventList list = new EventList();
    List<Labelled> items = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      Labelled item = new Labelled(i);
      items.add(item);
      list.add(item, 1e9 + i);
    }
    Labelled tick = new Labelled(-1);
    list.add(tick, 0);
    for (int step = 1; step <= 10_000; step++) {
      assertEquals(tick, list.takeFirst());
      for (Labelled item : items) {
        list.reschedule(item, 1e9 + step + item.label);
      }
      list.add(tick, step);
      assertTrue(list.entries() <= 2 * (items.size() + 1) + 64 + 101, () -> "entries " + list.entries());
    }
    assertEquals(items.size() + 1, list.size());
  }
}
