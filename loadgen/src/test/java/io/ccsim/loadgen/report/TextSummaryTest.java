package io.ccsim.loadgen.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextSummaryTest {
  @Test
  void duration_roundsBeforeSplitting_soSixtySecondsCarryIntoTheMinute() {
    assertEquals("4h00m00.0s", TextSummary.duration(4 * 3600 - 0.04));
    assertEquals("3h59m59.9s", TextSummary.duration(4 * 3600 - 0.1));
    assertEquals("1h00m00.0s", TextSummary.duration(3599.96));
    assertEquals("2m05.0s", TextSummary.duration(125));
    assertEquals("1m00.0s", TextSummary.duration(59.9996));
    assertEquals("12.345s", TextSummary.duration(12.345));
    assertEquals("1h02m03.4s", TextSummary.duration(3723.4));
  }
}
