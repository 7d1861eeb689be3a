package io.ccsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ccsim.loadgen.sip.SipMessage;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.SocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ccsim load} with a SIP target, end to end, against a minimal SIP server on 127.0.0.1 that answers
 * every call at once (the loadgen module's tests check the calls in detail against a fuller one).
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class LoadSipCommandTest {
  @TempDir Path dir;

  /** Answers INVITE with 100, 180 and 200 at once; BYE with 200; CANCEL with 200 and 487. UDP only. */
  private static final class AnsweringServer implements AutoCloseable {
    final DatagramSocket socket = new DatagramSocket(0, InetAddress.getByName("127.0.0.1"));
    final Set<String> invited = ConcurrentHashMap.newKeySet();
    final AtomicInteger byes = new AtomicInteger();

    AnsweringServer() throws IOException {
      Thread reader = new Thread(this::serve, "test-sip-server");
      reader.setDaemon(true);
      reader.start();
    }

    private void serve() {
      byte[] buffer = new byte[65_535];
      while (!socket.isClosed()) {
        try {
          DatagramPacket p = new DatagramPacket(buffer, buffer.length);
          socket.receive(p);
          SipMessage m = SipMessage.parse(p.getData(), 0, p.getLength());
          SocketAddress from = p.getSocketAddress();
          switch (m.method()) {
            case "INVITE" -> {
              if (invited.add(m.callId())) {
                reply(from, SipMessage.responseTo(m, 100, "Trying"));
                reply(from, SipMessage.responseTo(m, 180, "Ringing").toTag("t"));
                reply(from, SipMessage.responseTo(m, 200, "OK").toTag("t").header("Contact",
                    "<sip:test@127.0.0.1:" + socket.getLocalPort() + ">"));
              }
            }
            case "BYE" -> {
              byes.incrementAndGet();
              reply(from, SipMessage.responseTo(m, 200, "OK"));
            }
            case "CANCEL" -> reply(from, SipMessage.responseTo(m, 200, "OK").toTag("t"));
            default -> { }
          }
        } catch (IOException | RuntimeException e) {
          // Closed, or not SIP.
        }
      }
    }

    private void reply(SocketAddress to, SipMessage m) throws IOException {
      byte[] bytes = m.encode();
      socket.send(new DatagramPacket(bytes, bytes.length, to));
    }

    @Override
    public void close() {
      socket.close();
    }
  }

  @Test
  void sipTarget_placesACallPerContact_andReportsTheCalls() throws Exception {
    Path report = dir.resolve("report");
    try (AnsweringServer server = new AnsweringServer()) {
      CliRunner r = CliRunner.run("load", ArrivalsCommandTest.scenario(dir).toString(), "--speed", "3600",
          "--target", "phone=sip:queue@127.0.0.1:" + server.socket.getLocalPort(),
          "--target", "chat=jsonl:" + dir.resolve("chat.jsonl"), "--report", report.toString(), "--interval", "250ms");
      assertEquals(0, r.exitCode(), r.err());
      assertTrue(r.out().matches("(?s).*\ncalls phone: [0-9]+ started, [0-9]+ answered, [0-9]+ completed, .*"), r.out());
      JsonNode summary = new ObjectMapper().readTree(report.resolve("summary.json").toFile());
      JsonNode phone = summary.get("channels").get(0);
      assertEquals("phone", phone.get("channel").asText());
      long planned = summary.get("plan").get("byChannel").get("phone").asLong();
      JsonNode calls = phone.get("calls");
      assertEquals(planned, calls.get("started").asLong());
      assertEquals(planned, server.invited.size(), "every call reached the server once");
      assertEquals(planned, calls.get("completed").asLong() + calls.get("abandoned").asLong());
      assertTrue(calls.get("completed").asLong() > planned / 2, calls.toString());
      assertEquals(calls.get("answered").asLong(), calls.get("ringingMs").get("count").asLong());
      assertTrue(calls.get("concurrentMax").asLong() >= 1, calls.toString());
      assertTrue(summary.get("channels").get(1).get("calls") == null, "chat is no call");
      List<String> csv = Files.readAllLines(report.resolve("intervals.csv"));
      assertTrue(csv.get(0).endsWith(",lag_max_ms,calls_concurrent_max,calls_concurrent_end,calls_answered,"
          + "calls_completed,calls_abandoned,calls_stopped,calls_rejected,calls_timeout,calls_transport,"
          + "calls_dropped_by_server,ringing_p50_ms,ringing_p99_ms,answer_p50_ms,answer_p99_ms,rtp_sent,rtp_received"),
          csv.get(0));
      int concurrent = List.of(csv.get(0).split(",")).indexOf("calls_concurrent_max");
      assertTrue(csv.stream().filter(l -> l.contains(",phone,")).anyMatch(l -> !l.split(",", -1)[concurrent].isEmpty()
          && Long.parseLong(l.split(",", -1)[concurrent]) >= 1), String.join("\n", csv));
      assertTrue(csv.stream().filter(l -> l.contains(",chat,")).allMatch(l -> l.endsWith(",,,,,,,,,,,,,,,")));
      String html = Files.readString(report.resolve("report.html"));
      assertTrue(html.contains("<section id=\"calls\"><h2>Calls (SIP)</h2>"), "calls section");
      assertTrue(Files.isRegularFile(report.resolve("charts/calls.png")), "calls in progress chart");
    }
  }

  @Test
  void silentSipServer_countsTimeouts_andTheRunEndsWithinItsCaps() throws Exception {
    try (DatagramSocket silent = new DatagramSocket(0, InetAddress.getByName("127.0.0.1"))) {
      long start = System.nanoTime();
      CliRunner r = CliRunner.run("load", ArrivalsCommandTest.scenario(dir).toString(), "--speed", "3600",
          "--max-duration", "500ms", "--timeout", "1s", "--target", "phone=sip:queue@127.0.0.1:"
              + silent.getLocalPort(), "--target", "chat=jsonl:" + dir.resolve("chat.jsonl"), "--json",
          "--abort-if", "phone.errors > 50%");
      double seconds = (System.nanoTime() - start) / 1e9;
      assertEquals(1, r.exitCode(), r.err());
      JsonNode phone = new ObjectMapper().readTree(r.out()).get("channels").get(0);
      long sent = phone.get("sent").asLong();
      assertTrue(sent > 10, phone.toString());
      assertEquals(sent, phone.get("errorsByClass").get("timeout").asLong());
      assertEquals(sent, phone.get("calls").get("timeouts").asLong());
      assertEquals(sent, phone.get("calls").get("setupFailures").get("timeout").asLong());
      assertTrue(seconds < 0.5 + 1 + 3, "the run took " + seconds + " s");
    }
  }

  @Test
  void badSipTargets_exitTwoWithOneLine() throws IOException {
    String file = ArrivalsCommandTest.scenario(dir).toString();
    String allowed = "; allowed: sip:USER@HOST[:PORT][;transport=udp|tcp][;rtp=silence|tone]";
    List<String[]> cases = List.of(
        new String[] {"sip:queue@127.0.0.1:70000", "'sip:queue@127.0.0.1:70000' has the port '70000', out of range"
            + " (1 to 65535)"},
        new String[] {"sip:queue@127.0.0.1:5060;transport=sctp", "'sip:queue@127.0.0.1:5060;transport=sctp' has the"
            + " unknown transport 'sctp' (udp or tcp)"},
        new String[] {"sip:queue@127.0.0.1.5:5060", "'sip:queue@127.0.0.1.5:5060' has an unknown host form"
            + " '127.0.0.1.5' (a name, an IPv4 address or [an IPv6 address])"});
    for (String[] c : cases) {
      CliRunner r = CliRunner.run("load", file, "--target", c[0]);
      assertEquals(2, r.exitCode(), c[0]);
      assertEquals("ccsim: --target: " + c[1] + allowed + "\n", r.err().replace("\r\n", "\n"), c[0]);
    }
  }
}
