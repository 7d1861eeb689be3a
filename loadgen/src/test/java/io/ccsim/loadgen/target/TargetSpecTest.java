package io.ccsim.loadgen.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class TargetSpecTest {
  @Test
  void parse_channelPrefix_isTakenOff() {
    TargetSpec t = TargetSpec.parse("phone=http://127.0.0.1:8080/contacts?a=b");
    assertEquals("phone", t.channel());
    assertEquals("http://127.0.0.1:8080/contacts?a=b", t.text());
    assertEquals(TargetKind.HTTP, t.kind());
  }

  @Test
  void parse_bareSpec_servesAllChannels() {
    assertNull(TargetSpec.parse("ws://localhost:9000/chat").channel());
    assertEquals(TargetKind.JSONL, TargetSpec.parse("jsonl:out/a=b.jsonl").kind());
    assertNull(TargetSpec.parse("jsonl:-").channel());
    assertEquals(TargetKind.SMTP, TargetSpec.parse("email=smtp://127.0.0.1:2525?to=x@y.test").kind());
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://127.0.0.1:8080/x", "ws://127.9.9.9/x", "http://[::1]:8080/", "smtp://localhost:25",
      "jsonl:-"})
  void loopback_isAllowedWithoutFlag(String spec) {
    TargetSpec t = TargetSpec.parse(spec);
    assertTrue(t.isLoopback());
    t.checkAllowed(List.of());
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://10.0.0.5:8080/x", "http://example.com/x", "ws://192.168.1.1/chat",
      "http://127.1.2.3.example.com/x", "smtp://[2001:db8::1]:25"})
  void remote_isRefusedUnlessNamed(String spec) {
    TargetSpec t = TargetSpec.parse(spec);
    assertFalse(t.isLoopback());
    String message = assertThrows(IllegalArgumentException.class, () -> t.checkAllowed(List.of())).getMessage();
    assertTrue(message.contains("--allow-remote " + t.host()), message);
    t.checkAllowed(List.of(t.host().toUpperCase(java.util.Locale.ROOT)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"ftp://127.0.0.1/x", "127.0.0.1:8080", "jsonl:", "http://user:pw@127.0.0.1/x",
      "smtp://127.0.0.1:25/path", "smtp://127.0.0.1:25?cc=a", "http:///nohost", "http://127.0.0.1:99999/",
      "http://127.0.0.256/x"})
  void parse_bad_saysWhatIsAllowed(String spec) {
    String message = assertThrows(IllegalArgumentException.class, () -> TargetSpec.parse(spec)).getMessage();
    assertTrue(message.contains("allowed"), message);
  }

  @Test
  void chatMessages_onePerSimulatedMinute_boundedBothWays() {
    assertEquals(1, WebSocketTarget.messagesFor(Double.NaN));
    assertEquals(1, WebSocketTarget.messagesFor(10));
    assertEquals(5, WebSocketTarget.messagesFor(300));
    assertEquals(20, WebSocketTarget.messagesFor(86400));
  }
}
