package io.ccsim.loadgen.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ThresholdTest {
  private static final List<String> CHANNELS = List.of("phone", "chat");

  private static Totals totals(long sent, long errors, long dropped, long... latencyMillis) {
    Histogram latency = new Histogram(3);
    for (long ms : latencyMillis) {
      latency.recordValue(ms * 1_000_000L);
    }
    return new Totals("phone", "x", sent, sent - errors, errors, Map.of(), dropped, 0, 0, latency, new Histogram(3),
        new Histogram(3));
  }

  @Test
  void parse_latencyWithUnit_isSeconds() {
    Threshold t = Threshold.parse("p99 > 500ms", CHANNELS);
    assertEquals(Threshold.Metric.P99, t.metric());
    assertEquals(0.5, t.value(), 1e-12);
    assertNull(t.channel());
    assertEquals(Threshold.Metric.P999, Threshold.parse("p99.9>=2s", CHANNELS).metric());
  }

  @Test
  void parse_channelPrefix_andPercent() {
    Threshold t = Threshold.parse("chat.errors > 1%", CHANNELS);
    assertEquals("chat", t.channel());
    assertTrue(t.percent());
    assertEquals(0.01, t.value(), 1e-12);
  }

  @ParameterizedTest
  @ValueSource(strings = {"p99 500ms", "p98 > 1s", "errors > 1.5", "errors > 150%", "p99 > fast", "email.p99 > 1s", ""})
  void parse_bad_saysWhatIsAllowed(String text) {
    String message = assertThrows(IllegalArgumentException.class, () -> Threshold.parse(text, CHANNELS)).getMessage();
    assertTrue(message.contains("allowed") || message.contains("needs"), message);
  }

  @Test
  void holds_latencyAboveValue() {
    Threshold t = Threshold.parse("p99 > 500ms", CHANNELS);
    assertTrue(t.holds(totals(3, 0, 0, 10, 20, 900)));
    assertFalse(t.holds(totals(3, 0, 0, 10, 20, 30)));
    assertFalse(t.holds(totals(0, 0, 0)), "no data never fails");
  }

  @Test
  void holds_errorShareOfAttempted() {
    Threshold t = Threshold.parse("errors > 1%", CHANNELS);
    assertTrue(t.holds(totals(100, 2, 0)));
    assertFalse(t.holds(totals(100, 1, 0)));
    assertEquals("2.000%", t.describe(t.observe(totals(100, 2, 0))));
    assertTrue(Threshold.parse("dropped >= 1", CHANNELS).holds(totals(10, 0, 1)));
  }
}
