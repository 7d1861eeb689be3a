package io.ccsim.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * GroupTally on small hand-built sequences of level and capacity changes. Each change is recorded as
 * the engine records it: {@link GroupTally#slots} for capacity and {@link GroupTally#level} for the
 * items an agent holds; the expected figures are worked out in the comments.
 */
class GroupTallyTest {
  private static final double EPS = 1e-12;

  @Test
  void oneAtATimeGroup_agentHoldsCallAndPausedEmail_busyShareStaysAtMostOne() {
    // One agent, one item at a time per channel, but a call may interrupt an email: the paused email
    // stays in hand, so the agent holds 2 items while counting as one busy agent.
    GroupTally tally = new GroupTally(1, false, 0, 100);
    tally.available(0, 1);
    tally.level(0, 10, 0, 1); // an email starts
    tally.slots(10, 1);
    tally.interrupted(20); // a call pauses the email (its capacity is freed) and takes the agent
    tally.slots(20, -1);
    tally.slots(20, 1);
    tally.level(10, 20, 1, 2);
    tally.slots(90, -1); // the call ends, the email resumes
    tally.level(20, 90, 2, 1);
    tally.slots(90, 1);
    tally.slots(95, -1); // the email ends
    tally.level(90, 95, 1, 0);

    double busyShare = tally.busyShare(100);
    assertTrue(busyShare <= 1, "busy share " + busyShare);
    // Busy from 10 to 95 of 100 s logged in, whatever it held meanwhile.
    assertEquals(0.85, busyShare, EPS);
    assertEquals(0.85, tally.slotOccupancy(100), EPS);
    assertEquals(1, tally.meanConcurrency(100));
    assertEquals(1, tally.interruptions());
  }

  /**
   * Two agents who may hold several items, each item half an agent's capacity, window [10, 110):
   * B holds 1 item from 5 to 130 (100 s in the window); A holds 1 item 20-40, 2 items 40-70, 1 item 70-90.
   */
  private static GroupTally twoAgentsHoldingSeveral() {
    GroupTally tally = new GroupTally(2, true, 10, 110);
    tally.available(0, 2);
    tally.level(0, 5, 0, 1); // B
    tally.slots(5, 0.5);
    tally.level(0, 20, 0, 1); // A
    tally.slots(20, 0.5);
    tally.level(20, 40, 1, 2);
    tally.slots(40, 0.5);
    tally.level(40, 70, 2, 1);
    tally.slots(70, -0.5);
    tally.level(70, 90, 1, 0);
    tally.slots(90, -0.5);
    tally.level(5, 130, 1, 0); // B, after the window
    tally.slots(130, -0.5);
    return tally;
  }

  @Test
  void severalItems_twoAgentsAcrossTheWindow_slotOccupancyAndBusyShare() {
    GroupTally tally = twoAgentsHoldingSeveral();
    // Busy agent-seconds: B 100 + A 70 = 170 of 2 x 100 available.
    assertEquals(0.85, tally.busyShare(130), EPS);
    // Capacity: B 0.5 x 100 + A (0.5 x 20 + 1 x 30 + 0.5 x 20) = 100 agent-seconds.
    assertEquals(0.5, tally.slotOccupancy(130), EPS);
    assertEquals(1.0, tally.busySlots(130), EPS);
    assertEquals(2.0, tally.availableAgents(130), EPS);
    assertEquals(2, tally.agents());
  }

  @Test
  void severalItems_twoAgentsAcrossTheWindow_concurrencyDistribution() {
    GroupTally tally = twoAgentsHoldingSeveral();
    // Item-seconds: B 100 + A (20 + 2 x 30 + 20) = 200 over 170 busy agent-seconds.
    assertEquals(200.0 / 170, tally.meanConcurrency(130), EPS);
    // At 1 item: B 100 + A 40; at 2 items: A 30.
    assertEquals(140.0 / 170, tally.concurrencyShare(1, 130), EPS);
    assertEquals(30.0 / 170, tally.concurrencyShare(2, 130), EPS);
    assertEquals(0, tally.concurrencyShare(3, 130));
    assertEquals(0, tally.concurrencyShare(50, 130));
    assertEquals(2, tally.maxLevel());
  }

  @Test
  void severalItems_levelAboveTheInitialDistribution_isCounted() {
    GroupTally tally = new GroupTally(1, true, 0, 100);
    tally.available(0, 1);
    tally.level(0, 20, 0, 6);
    // Still holding 6 at the end: the engine closes the level with from == to, as ContactCenter does.
    tally.level(20, 100, 6, 6);
    assertEquals(1.0, tally.concurrencyShare(6, 100), EPS);
    assertEquals(6.0, tally.meanConcurrency(100), EPS);
    assertEquals(6, tally.maxLevel());
  }

  @Test
  void agentsLogInAndOut_occupancyIsOverTheTimeAvailable() {
    GroupTally tally = new GroupTally(3, false, 0, 100);
    tally.available(0, 2);
    tally.level(0, 40, 0, 1);
    tally.slots(40, 1);
    tally.available(50, 1); // the third agent logs in
    tally.level(40, 60, 1, 0);
    tally.slots(60, -1);
    tally.available(80, -2); // two log out
    // Available agent-seconds: 2 x 50 + 3 x 30 + 1 x 20 = 210; busy 20.
    assertEquals(2.1, tally.availableAgents(100), EPS);
    assertEquals(20.0 / 210, tally.busyShare(100), EPS);
    assertEquals(20.0 / 210, tally.slotOccupancy(100), EPS);
    assertEquals(0.2, tally.busySlots(100), EPS);
    assertEquals(1, tally.meanConcurrency(100));
    assertEquals(1, tally.concurrencyShare(1, 100));
    assertEquals(0, tally.concurrencyShare(2, 100));
    assertEquals(1, tally.maxLevel());
  }

  @Test
  void nobodyAvailableAndNeverBusy_ratiosAreUndefined() {
    GroupTally tally = new GroupTally(3, true, 0, 100);
    assertEquals(Double.NaN, tally.busyShare(100));
    assertEquals(Double.NaN, tally.slotOccupancy(100));
    assertEquals(Double.NaN, tally.meanConcurrency(100));
    assertEquals(Double.NaN, tally.concurrencyShare(1, 100));
    assertEquals(0, tally.maxLevel());
    assertEquals(0, tally.availableAgents(100));
  }

  @Test
  void changesBeforeWarmupAndAfterHorizon_areClippedToTheWindow() {
    GroupTally tally = new GroupTally(1, false, 100, 200);
    tally.available(0, 1);
    tally.level(0, 50, 0, 1); // busy 50-150: 50 s in the window
    tally.slots(50, 1);
    tally.level(50, 150, 1, 0);
    tally.slots(150, -1);
    tally.level(150, 180, 0, 1); // busy 180-250: 20 s in the window
    tally.slots(180, 1);
    tally.level(180, 250, 1, 0);
    tally.slots(250, -1);
    assertEquals(0.7, tally.busyShare(250), EPS);
    assertEquals(0.7, tally.slotOccupancy(250), EPS);
    assertEquals(0.7, tally.busySlots(250), EPS);
    assertEquals(1.0, tally.availableAgents(250), EPS);
  }

  @Test
  void interruptions_onlyInsideTheWindowCount() {
    GroupTally tally = new GroupTally(1, true, 100, 200);
    tally.interrupted(99.9);
    tally.interrupted(100); // the window is [100, 200)
    tally.interrupted(150);
    tally.interrupted(199.9);
    tally.interrupted(200);
    tally.interrupted(260);
    assertEquals(3, tally.interruptions());
  }

  @Test
  void overtime_isTheSumOfWhatEachAgentStayed() {
    GroupTally tally = new GroupTally(2, false, 0, 100);
    assertEquals(0, tally.overtimeSeconds());
    tally.overtime(30);
    tally.overtime(12.5);
    assertEquals(42.5, tally.overtimeSeconds());
  }

  @Test
  void intervalReports_givePerIntervalAvailabilityAndOccupancy() {
    GroupTally tally = new GroupTally(2, false, 0, 200);
    tally.reportIntervals(50, 4);
    tally.available(0, 2);
    tally.slots(20, 1);
    tally.slots(70, -1);
    tally.available(120, -1);
    tally.available(150, -1); // nobody from 150: the last interval has no occupancy
    // Available: 2, 2, (2 x 20 + 1 x 30) / 50 = 1.4, 0. In use: 30 / 50, 20 / 50, 0, 0.
    assertArrayEquals(new double[] {2, 2, 1.4, 0}, tally.intervalAvailableAgents(200), EPS);
    assertArrayEquals(new double[] {0.3, 0.2, 0, Double.NaN}, tally.intervalOccupancy(200), EPS);
  }

  @Test
  void intervalReportsOff_intervalFiguresAreNull() {
    GroupTally tally = new GroupTally(2, false, 0, 200);
    tally.available(0, 2);
    assertNull(tally.intervalAvailableAgents(200));
    assertNull(tally.intervalOccupancy(200));
  }

  @Test
  void oneItemAtATime_oneItemAgents_giveTheGeneralFigures() {
    // Window [10, 110), 3 agents; agent 1 busy 5-30, agent 2 20-120, agent 3 50-80; one logs out at 100.
    GroupTally general = new GroupTally(3, false, 10, 110);
    GroupTally fast = GroupTally.oneItemAtATime(3, 10, 110);
    for (GroupTally tally : new GroupTally[] {general, fast}) {
      tally.available(0, 3);
      start(tally, 5);
      start(tally, 20);
      end(tally, 5, 30);
      start(tally, 50);
      end(tally, 50, 80);
      tally.available(100, -1);
      end(tally, 20, 120);
    }
    // Busy in the window: 20 + 90 + 30 = 140 agent-seconds of 3 x 90 + 2 x 10 = 290 available.
    assertEquals(140.0 / 290, general.busyShare(130), EPS);
    assertEquals(general.busyShare(130), fast.busyShare(130));
    assertEquals(general.slotOccupancy(130), fast.slotOccupancy(130));
    assertEquals(general.busySlots(130), fast.busySlots(130));
    assertEquals(general.availableAgents(130), fast.availableAgents(130));
    assertEquals(general.meanConcurrency(130), fast.meanConcurrency(130));
    assertEquals(general.concurrencyShare(1, 130), fast.concurrencyShare(1, 130));
    assertEquals(general.concurrencyShare(2, 130), fast.concurrencyShare(2, 130));
    assertEquals(general.maxLevel(), fast.maxLevel());
  }

  /** An agent takes one whole-capacity item (the engine records both; oneItemAtATime ignores level). */
  private static void start(GroupTally tally, double now) {
    tally.level(0, now, 0, 1);
    tally.slots(now, 1);
  }

  private static void end(GroupTally tally, double since, double now) {
    tally.level(since, now, 1, 0);
    tally.slots(now, -1);
  }
}
