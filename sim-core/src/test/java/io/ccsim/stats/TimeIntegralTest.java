package io.ccsim.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
