package io.ccsim.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TimeIntegralTest {
  @Test
  void levelChanges_outsideWindow_areClipped() {
    TimeIntegral busy = new TimeIntegral(10, 20);
    busy.add(5, 2);   // level 2 from t=5, but only [10, 20) counts
    busy.add(15, 1);  // level 3 from t=15
    busy.add(25, -3); // after the window
    // 2 * 5 + 3 * 5 = 25 over a 10 s window
    assertEquals(25, busy.areaUntil(30), 1e-12);
    assertEquals(2.5, busy.windowAverage(30), 1e-12);
  }

  @Test
  void levelFromBeforeToAfterTheWindow_countsTheWholeWindow() {
    TimeIntegral busy = new TimeIntegral(10, 20);
    busy.add(0, 3);
    assertEquals(30, busy.areaUntil(50), 1e-12);
    assertEquals(3, busy.level());
  }

  @Test
  void changesOnlyBeforeTheWindow_countNothing() {
    TimeIntegral busy = new TimeIntegral(10, 20);
    busy.add(2, 4);
    busy.add(8, -4);
    assertEquals(0, busy.areaUntil(30));
    assertEquals(0, busy.level());
  }

  @Test
  void readingMidWindow_countsTheCurrentLevelOnce() {
    TimeIntegral busy = new TimeIntegral(10, 20);
    busy.add(10, 3);
    assertEquals(15, busy.areaUntil(15), 1e-12);
    assertEquals(15, busy.areaUntil(15), 1e-12);
    busy.add(18, -1); // 3 x 8, then 2 x 2
    assertEquals(28, busy.areaUntil(25), 1e-12);
    assertEquals(2.8, busy.windowAverage(25), 1e-12);
  }

  @Test
  void areaUntil_readWhileTheLevelKeepsChanging_leavesTheFinalBitsUnchanged() {
    TimeIntegral watched = new TimeIntegral(1, 1000);
    TimeIntegral alone = new TimeIntegral(1, 1000);
    double t = 0;
    for (int i = 0; i < 500; i++) {
      t += 0.1 + (i % 7) * 0.37;
      double delta = (i % 3 == 0) ? -0.3 : 0.7;
      assertTrue(watched.areaUntil(t - 0.05) >= -1e-9 * t || delta < 0);
      watched.add(t, delta);
      alone.add(t, delta);
    }
    assertEquals(Double.doubleToLongBits(alone.areaUntil(2000)), Double.doubleToLongBits(watched.areaUntil(2000)));
    assertEquals(alone.areaUntil(2000), watched.areaUntil(2000));
  }
}
