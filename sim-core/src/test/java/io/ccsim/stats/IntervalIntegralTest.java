package io.ccsim.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

/** IntervalIntegral with three 10 s intervals: levels held by hand across interval boundaries. */
class IntervalIntegralTest {
  private static final double EPS = 1e-12;

  @Test
  void levelAcrossBoundaries_isSplitByInterval_andClippedAtTheEnd() {
    IntervalIntegral queue = new IntervalIntegral(10, 3);
    queue.add(5, 2);
    queue.add(25, -1); // level 1 from 25 to 40, of which only 25-30 lies in the last interval
    // [0,10): 2 x 5; [10,20): 2 x 10; [20,30): 2 x 5 + 1 x 5.
    assertArrayEquals(new double[] {1.0, 2.0, 1.5}, queue.averages(40), EPS);
  }

  @Test
  void readingMidRun_countsTheCurrentLevelOnce() {
    IntervalIntegral queue = new IntervalIntegral(10, 3);
    queue.add(0, 1);
    assertArrayEquals(new double[] {1.0, 0.5, 0}, queue.averages(15), EPS);
    queue.add(20, 1);
    assertArrayEquals(new double[] {1.0, 1.0, 2.0}, queue.averages(30), EPS);
  }

  @Test
  void changeOnABoundary_startsInTheNextInterval() {
    IntervalIntegral queue = new IntervalIntegral(10, 3);
    queue.add(10, 1);
    assertArrayEquals(new double[] {0, 1, 1}, queue.averages(30), EPS);
  }

  @Test
  void changeAfterTheLastInterval_changesNothing() {
    IntervalIntegral queue = new IntervalIntegral(10, 3);
    queue.add(35, 4);
    assertArrayEquals(new double[] {0, 0, 0}, queue.averages(50), EPS);
  }
}
