package io.ccsim.report.chart;

import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class SeriesColorsTest {
  @Test
  void groupColors_neverReuseAChannelColor() {
    for (String name : new String[] {"phone-team", "chat-team", "email-team", "blended", "backup", "phone",
        "chat", "email", "team-1", "team-2", "team-3", "a", "b", "c", "overflow", "seniors"}) {
      assertFalse(SeriesColors.isChannelColor(SeriesColors.ofGroup(name)), name);
    }
    for (int i = 0; i < 4; i++) {
      assertFalse(SeriesColors.isChannelColor(SeriesColors.ofScenario(i)), "scenario " + i);
    }
  }
}
