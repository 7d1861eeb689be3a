package io.ccsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QuantitiesTest {
  @ParameterizedTest
  @CsvSource({"20s,20", "5m,300", "5min,300", "1h30m,5400", "2h,7200", "250ms,0.25", "1d,86400",
      "45,45", "2.5,2.5", "1h0m30s,3630", "0.5h,1800"})
  void durations_parseToSeconds(String text, double seconds) {
    assertEquals(seconds, Quantities.parseDurationSeconds(text), 1e-12);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "abc", "-5s", "5 parsecs", "30m1h", "5s5s", "h"})
  void badDurations_sayWhatIsAllowed(String text) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Quantities.parseDurationSeconds(text));
    assertTrue(e.getMessage().contains("20s, 5m, 1h30m"), e.getMessage());
  }

  @ParameterizedTest
  @CsvSource({"200/h,0.05555555555555555", "3.5/min,0.058333333333333334", "0.05/s,0.05", "2,2", "2400/d,0.027777777777777776"})
  void rates_parseToPerSecond(String text, double perSecond) {
    assertEquals(perSecond, Quantities.parseRatePerSecond(text), 1e-15);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "fast", "-5/h", "200/week", "/h"})
  void badRates_sayWhatIsAllowed(String text) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Quantities.parseRatePerSecond(text));
    assertTrue(e.getMessage().contains("200/h"), e.getMessage());
  }

  @Test
  void formatDuration_isCompact() {
    assertEquals("20s", Quantities.formatDuration(20));
    assertEquals("1h30m", Quantities.formatDuration(5400));
    assertEquals("100h", Quantities.formatDuration(360000));
    assertEquals("2.5s", Quantities.formatDuration(2.5));
  }
}
