package io.ccsim.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class JourneyTallyTest {
  @Test
  void threeIssues_countsRepeatsSwitchesAndResolvedOnly() {
    JourneyTally tally = new JourneyTally();
    tally.recordIssue(1, 0, true, 600, 300);
    tally.recordIssue(3, 2, true, 7200, 1500);
    // Given up: its time to resolution is not defined and must not enter the sum.
    tally.recordIssue(2, 1, false, Double.NaN, 900);
    assertEquals(3, tally.issuesClosed());
    assertEquals(6, tally.contacts());
    assertEquals(2, tally.repeatIssues());
    assertEquals(3, tally.channelSwitches());
    assertEquals(2, tally.resolved());
    assertEquals(7800, tally.resolutionSecondsSum());
    // Workload counts every closed issue, resolved or not.
    assertEquals(2700, tally.workloadSecondsSum());
  }

  @Test
  void openAtEnd_isTheLastReadingNotASum() {
    JourneyTally tally = new JourneyTally();
    assertEquals(0, tally.openAtEnd());
    tally.recordOpenAtEnd(4);
    tally.recordOpenAtEnd(5);
    assertEquals(5, tally.openAtEnd());
  }
}
