package io.ccsim.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

/** ChannelTally's counts and sums on a hand-built sequence of outcomes, threshold 20 s. */
class ChannelTallyTest {
  private static final double THRESHOLD = 20;

  /** Answered after 0, 12, 20 (the boundary) and 25 s; abandoned after 5, 20 and 40 s; one blocked, one unfinished. */
  private static ChannelTally everyOutcome() {
    ChannelTally tally = new ChannelTally(THRESHOLD);
    tally.recordAnswered(0);
    tally.recordAnswered(12);
    tally.recordAnswered(20);
    tally.recordAnswered(25);
    tally.recordAbandoned(5);
    tally.recordAbandoned(20);
    tally.recordAbandoned(40);
    tally.recordBlocked();
    tally.recordUnfinished();
    return tally;
  }

  @Test
  void everyOutcome_countsEachAndAllAsOffered() {
    ChannelTally tally = everyOutcome();
    assertEquals(9, tally.offered());
    assertEquals(4, tally.answered());
    assertEquals(3, tally.abandoned());
    assertEquals(1, tally.blocked());
    assertEquals(1, tally.unfinishedCount());
  }

  @Test
  void everyOutcome_delayedIsEveryoneNotServedAtOnce() {
    // 3 answered after a wait, 3 abandoned, 1 blocked, 1 unfinished; only the 0 s answer was not delayed.
    assertEquals(8, everyOutcome().delayedCount());
  }

  @Test
  void waitEqualToThreshold_countsAsWithin() {
    ChannelTally tally = everyOutcome();
    assertEquals(3, tally.answeredWithinThreshold()); // 0, 12, 20
    assertEquals(2, tally.abandonedWithinThreshold()); // 5, 20
  }

  @Test
  void waitSums_answeredOnlyAndAll() {
    ChannelTally tally = everyOutcome();
    assertEquals(57, tally.answeredWaitSumSeconds()); // 0 + 12 + 20 + 25
    assertEquals(122, tally.allWaitSumSeconds()); // 57 + 5 + 20 + 40
  }

  @Test
  void serviceLevelWait_decidesTheThresholdButTheWaitSumsTheWait() {
    ChannelTally tally = new ChannelTally(THRESHOLD);
    tally.recordAnswered(3600, 15); // an hour, of which 15 s in business hours
    tally.recordAnswered(10, 30);
    assertEquals(1, tally.answeredWithinThreshold());
    assertEquals(3610, tally.answeredWaitSumSeconds());
    assertEquals(2, tally.delayedCount());
  }

  @Test
  void handled_sumsHandleAndHoldTimes() {
    ChannelTally tally = new ChannelTally(THRESHOLD);
    tally.recordHandled(200, 30);
    tally.recordHandled(100.5, 0);
    assertEquals(2, tally.handled());
    assertEquals(300.5, tally.handleSumSeconds());
    assertEquals(30, tally.holdSumSeconds());
    // Handled is counted when work ends, offered when the outcome is known: they are separate tallies.
    assertEquals(0, tally.offered());
  }

  @Test
  void backlog_isTheLastReadingNotASum() {
    ChannelTally tally = new ChannelTally(THRESHOLD);
    assertEquals(0, tally.backlogAtHorizon());
    tally.recordBacklogAtHorizon(7);
    tally.recordBacklogAtHorizon(4);
    assertEquals(4, tally.backlogAtHorizon());
  }

  @Test
  void zeroWaitsBatched_giveTheHistogramOfRecordingEachWait() {
    ChannelTally tally = new ChannelTally(THRESHOLD);
    Histogram expected = new Histogram(ChannelTally.SIGNIFICANT_DIGITS);
    double[] answered = {0, 0, 1.5, 0, 0.0004, 12.3456, 0};
    for (double wait : answered) {
      tally.recordAnswered(wait);
      expected.recordValue(Math.round(wait * 1000));
    }
    tally.recordAbandoned(2.25);
    expected.recordValue(2250);
    tally.recordBlocked(); // never waited: not in the histogram

    assertEquals(expected, tally.waitMillis());
    assertEquals(8, tally.waitMillis().getTotalCount());
    // 0, 0, 0, 0.4 ms rounded to 0, 0
    assertEquals(5, tally.waitMillis().getCountAtValue(0));
  }

  @Test
  void zeroWaitsAfterAReading_areAddedAtTheNextReading() {
    ChannelTally tally = new ChannelTally(THRESHOLD);
    Histogram expected = new Histogram(ChannelTally.SIGNIFICANT_DIGITS);
    tally.recordAnswered(0);
    expected.recordValue(0);
    assertEquals(expected, tally.waitMillis());
    tally.recordAnswered(0);
    tally.recordAbandoned(0);
    tally.recordAnswered(3);
    expected.recordValue(0);
    expected.recordValue(0);
    expected.recordValue(3000);
    assertEquals(expected, tally.waitMillis());
    assertEquals(expected, tally.waitMillis());
  }
}
