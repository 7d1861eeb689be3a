package io.ccsim.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.function.IntToDoubleFunction;
import java.util.function.IntToLongFunction;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** IntervalTally on outcomes attributed by hand to three 15-minute intervals, threshold 20 s. */
class IntervalTallyTest {
  private static IntervalTally threeIntervals() {
    IntervalTally tally = new IntervalTally(20, 900, 3);
    tally.recordAnswered(0, 10, 10);
    tally.recordAnswered(0, 20, 20); // the boundary counts as within
    tally.recordAnswered(1, 30, 15); // within by its service-level wait (business hours)
    tally.recordAbandoned(1, 20);
    tally.recordAbandoned(1, 25);
    tally.recordBlocked(2);
    tally.recordUnfinished(2);
    return tally;
  }

  @Test
  void outcomes_countInTheirArrivalInterval() {
    IntervalTally tally = threeIntervals();
    assertEquals(3, tally.intervals());
    assertArrayEquals(new long[] {2, 3, 2}, longs(tally::offered));
    assertArrayEquals(new long[] {2, 1, 0}, longs(tally::answered));
    assertArrayEquals(new long[] {0, 2, 0}, longs(tally::abandoned));
    assertArrayEquals(new long[] {0, 0, 1}, longs(tally::blocked));
  }

  @Test
  void waitEqualToThreshold_countsAsWithin_andTheServiceLevelWaitDecides() {
    IntervalTally tally = threeIntervals();
    assertArrayEquals(new long[] {2, 1, 0}, longs(tally::answeredWithin));
    assertArrayEquals(new long[] {0, 1, 0}, longs(tally::abandonedWithin));
  }

  @Test
  void answeredWaitSum_sumsTheWaitNotTheServiceLevelWait() {
    assertArrayEquals(new double[] {30, 30, 0}, doubles(threeIntervals()::answeredWaitSum));
  }

  @Test
  void unfinished_isOfferedOnly() {
    IntervalTally tally = new IntervalTally(20, 900, 1);
    tally.recordUnfinished(0);
    assertEquals(1, tally.offered(0));
    assertEquals(0, tally.answered(0) + tally.abandoned(0) + tally.blocked(0));
  }

  private static long[] longs(IntToLongFunction perInterval) {
    return IntStream.range(0, 3).mapToLong(perInterval).toArray();
  }

  private static double[] doubles(IntToDoubleFunction perInterval) {
    return IntStream.range(0, 3).mapToDouble(perInterval).toArray();
  }
}
