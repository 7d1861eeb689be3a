package io.ccsim.loadgen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccsim.loadgen.measure.CallEnd;
import io.ccsim.loadgen.measure.CallTotals;
import io.ccsim.loadgen.measure.Totals;
import io.ccsim.loadgen.sip.SipTestServer;
import io.ccsim.loadgen.sip.SipTestServer.Received;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Phone calls over SIP against {@link SipTestServer}, a SIP server in this JVM on 127.0.0.1: what the server
 * saw is checked against the plan (every call once, answered calls held for their handle time, abandoned
 * ones cancelled at their patience), and the figures against what the server did. Each run places a few
 * dozen to a few hundred calls within about two seconds.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SipCallsTest {
  /**
   * How late a timed SIP request may reach the server: timers and scheduling, on a machine of 2 cores that
   * may be busy with other work (threads then wait 100 ms and more for a core).
   */
  private static final long LATE_MILLIS = 150;
  /** How early: the handle and patience headers are rounded to the millisecond, and two clocks are compared. */
  private static final long EARLY_MILLIS = 3;

  private SipTestServer server;

  @BeforeEach
  void start() throws Exception {
    server = new SipTestServer();
  }

  @AfterEach
  void stop() throws Exception {
    server.close();
  }

  private String udp() {
    return "sip:agents@127.0.0.1:" + server.udpPort();
  }

  private String tcp() {
    return "sip:agents@127.0.0.1:" + server.tcpPort() + ";transport=tcp";
  }

  /** Phone calls at {@code speed} for {@code wallSeconds}, with the given SIP transaction timeout. */
  private static LoadOptions options(double speed, double wallSeconds, Duration timeout) {
    return new LoadOptions(speed, Duration.ofMillis(Math.round(wallSeconds * 1000)), 1_000_000, 100_000, 1000,
        LoadOptions.WhenFull.DROP, timeout, Duration.ofSeconds(10), Duration.ofMillis(250), Duration.ofMillis(10),
        "s", 2);
  }

  /** Calls of one simulated hour at {@code perHour}, played at {@code speed}, cut after {@code wallSeconds}. */
  private LoadResult run(double perHour, double speed, double wallSeconds, Duration timeout, String target)
      throws Exception {
    LoadResult r = LoadGeneratorTest.run(Scenarios.phoneOnly(3, perHour), options(speed, wallSeconds, timeout),
        Map.of("phone", target), List.of());
    server.awaitQuiet(Duration.ofMillis(500));
    return r;
  }

  private static CallTotals calls(LoadResult r) {
    Totals phone = r.perChannel().get(0);
    assertNotNull(phone.calls(), "a SIP channel has call figures");
    return phone.calls();
  }

  private void assertEveryPlannedCallArrivedOnce(LoadResult r) {
    Map<String, List<Received>> invites = server.byCallId("INVITE");
    assertEquals(r.plan().total(), invites.size(), "distinct Call-IDs");
    assertEquals(r.plan().total(), server.invites(), "new INVITEs");
    HashSet<String> contacts = new HashSet<>();
    invites.values().forEach(list -> contacts.add(list.get(0).contactId()));
    assertEquals(r.plan().total(), contacts.size(), "distinct X-Ccsim-Contact-Id");
  }

  @Test
  void udp_answeredCallsLastTheirHandleTime_andTheOthersAreCancelledAtTheirPatience() throws Exception {
    long answerMillis = 200;
    server.answerAfter(Duration.ofMillis(answerMillis));
    // 600x: handle times average 300 ms, patience 500 ms, so about a third hang up before the 200 ms answer.
    LoadResult r = run(600, 600, 1.5, Duration.ofSeconds(5), udp());
    long planned = r.plan().total();
    assertTrue(planned > 100 && planned < 220, "about 150 calls: " + planned);
    assertEveryPlannedCallArrivedOnce(r);
    Map<String, List<Received>> cancels = server.byCallId("CANCEL");
    Map<String, List<Received>> byes = server.byCallId("BYE");
    int checkedAnswered = 0;
    int checkedAbandoned = 0;
    List<String> wrong = new ArrayList<>();
    for (List<Received> sent : server.byCallId("INVITE").values()) {
      Received invite = sent.get(0);
      String id = invite.callId();
      if (invite.patienceMillis() < answerMillis - 50) {
        checkedAbandoned++;
        // Patience runs from the intended start, not from the INVITE, which may have gone out late; and a
        // CANCEL waits for the server's first provisional response (RFC 3261 section 9.1), sent on the INVITE.
        long at = cancels.containsKey(id) ? millis(invite.intendedAt(), cancels.get(id).get(0).at()) : -1;
        long due = Math.max(invite.patienceMillis(), millis(invite.intendedAt(), invite.at()));
        if (byes.containsKey(id) || at < invite.patienceMillis() - EARLY_MILLIS || at > due + LATE_MILLIS) {
          wrong.add(id + ": patience " + invite.patienceMillis() + " ms, CANCEL " + at + " ms after the intended start");
        }
      } else if (invite.patienceMillis() > answerMillis + 50) {
        checkedAnswered++;
        Instant answered = server.answeredAt(id);
        long held = byes.containsKey(id) && answered != null ? millis(answered, byes.get(id).get(0).at()) : -1;
        if (cancels.containsKey(id) || held < invite.handleMillis() - EARLY_MILLIS
            || held > invite.handleMillis() + LATE_MILLIS) {
          wrong.add(id + ": handle " + invite.handleMillis() + " ms, BYE after " + held + " ms");
        }
      }
    }
    assertEquals(List.of(), wrong, calls(r).ended() + " " + r.overall().errorClasses() + " lag p99 "
        + r.overall().lag().getValueAtPercentile(99) / 1e6 + " ms, wall " + r.wallSeconds());
    assertTrue(checkedAnswered > 30 && checkedAbandoned > 20, checkedAnswered + " answered, " + checkedAbandoned
        + " abandoned");
    CallTotals c = calls(r);
    assertEquals(planned, c.started());
    assertEquals(byes.size(), c.count(CallEnd.COMPLETED), "completed: hung up by the load generator");
    assertEquals(cancels.size(), c.count(CallEnd.ABANDONED), "abandoned by plan: cancelled");
    assertEquals(planned, c.count(CallEnd.COMPLETED) + c.count(CallEnd.ABANDONED));
    assertEquals(planned, c.ringing().getTotalCount(), "every call rang (180)");
    assertEquals(c.count(CallEnd.COMPLETED), c.answered());
    assertTrue(c.answer().getValueAtPercentile(50) >= answerMillis * 1_000_000L, "answer from the intended start");
    assertTrue(c.concurrentMax() >= 2 && c.concurrentMax() <= planned, "concurrent " + c.concurrentMax());
    assertEquals(planned, r.overall().ok());
    assertEquals(0, r.overall().lost());
  }

  private static long millis(Instant from, Instant to) {
    return Math.round(Duration.between(from, to).toNanos() / 1e6);
  }

  @Test
  void tcp_everyCallArrivesOnce_onOneConnection_andIsHungUp() throws Exception {
    server.answerAfter(Duration.ZERO);
    LoadResult r = run(100, 3600, 1, Duration.ofSeconds(5), tcp());
    assertEveryPlannedCallArrivedOnce(r);
    assertTrue(server.received("INVITE").stream().allMatch(x -> x.transport().equals("TCP")));
    assertEquals(r.plan().total(), server.received("INVITE").size(), "no retransmissions over TCP");
    CallTotals c = calls(r);
    assertEquals(r.plan().total(), c.count(CallEnd.COMPLETED) + c.count(CallEnd.ABANDONED),
        r.overall().errorClasses() + " " + c.ended());
    assertEquals(server.byes(), c.answered(), "every answered call is hung up");
    assertEquals(0, r.overall().errors());
  }

  @Test
  void rejections_areCountedByStatusClass() throws Exception {
    int[] statuses = {486, 503, 603};
    server.reject(invite -> statuses[(int) (Long.parseLong(invite.header("X-Ccsim-Contact-Id").split("-")[1]) % 3)]);
    LoadResult r = run(120, 3600, 1, Duration.ofSeconds(5), udp());
    assertEveryPlannedCallArrivedOnce(r);
    Totals phone = r.perChannel().get(0);
    long n486 = phone.errorClasses().getOrDefault("sip-486", 0L);
    long n503 = phone.errorClasses().getOrDefault("sip-503", 0L);
    long n603 = phone.errorClasses().getOrDefault("sip-603", 0L);
    CallTotals c = calls(r);
    // A customer whose patience ends before the rejection comes (under a millisecond) abandons instead.
    assertEquals(r.plan().total(), n486 + n503 + n603 + c.count(CallEnd.ABANDONED));
    assertTrue(c.count(CallEnd.ABANDONED) <= r.plan().total() / 10, "abandoned " + c.count(CallEnd.ABANDONED));
    assertTrue(n486 > 20 && n503 > 20 && n603 > 20, n486 + " " + n503 + " " + n603);
    assertEquals(Map.of("4xx", n486, "5xx", n503, "6xx", n603), c.setupFailures());
    assertEquals(n486 + n503 + n603, c.count(CallEnd.REJECTED));
    assertEquals(r.plan().total(), server.byCallId("ACK").size(), "every final response is ACKed");
  }

  @Test
  void silentServer_isCountedAsTimeouts_afterRetransmissions_andTheRunEndsWithinItsCaps() throws Exception {
    server.silent();
    long start = System.nanoTime();
    LoadResult r = run(60, 7200, 0.5, Duration.ofSeconds(2), udp());
    double seconds = (System.nanoTime() - start) / 1e9;
    long planned = r.plan().total();
    assertTrue(planned > 20, "calls: " + planned);
    assertEquals(planned, r.overall().errors());
    assertEquals(Map.of("timeout", planned), r.overall().errorClasses());
    assertEquals(Map.of("timeout", planned), calls(r).setupFailures());
    assertEquals(0, r.overall().unfinished());
    // Timer A: the INVITE is sent at 0 and again at 0.5 s and 1.5 s; timer B (capped at --timeout 2s) ends it.
    Map<String, List<Received>> invites = server.byCallId("INVITE");
    assertEquals(planned, invites.size());
    List<String> notThrice = invites.entrySet().stream().filter(e -> e.getValue().size() != 3)
        .map(e -> e.getKey() + " x" + e.getValue().size()).toList();
    assertEquals(List.of(), notThrice);
    assertTrue(seconds < 0.5 + 2 + 2, "the run took " + seconds + " s");
  }

  @Test
  void serverHangingUpEarly_isCountedAsDroppedByServer() throws Exception {
    server.answerAfter(Duration.ZERO).hangUpAfter(Duration.ofMillis(5));
    // At 360x every call is planned to last 500 ms, far longer than the server lets it.
    LoadResult r = LoadGeneratorTest.run(Scenarios.phoneFixedHandle(3, 3600, 180), options(360, 0.5,
        Duration.ofSeconds(5)), Map.of("phone", udp()), List.of());
    server.awaitQuiet(Duration.ofMillis(500));
    CallTotals c = calls(r);
    assertEquals(r.plan().total(), c.answered());
    assertEquals(server.hangUps(), c.count(CallEnd.DROPPED), c.ended().toString());
    assertEquals(r.plan().total(), c.count(CallEnd.DROPPED));
    assertEquals(Map.of("sip-dropped", r.plan().total()), r.overall().errorClasses());
    assertEquals(0, server.byCallId("BYE").size(), "the load generator sent no BYE of its own");
  }

  @Test
  void rtp_aToneStreamForTheCallsLength_isSentInPacketsOf20ms_andCounted() throws Exception {
    server.answerAfter(Duration.ZERO);
    // At 900x every call lasts 200 ms: 10 packets of 20 ms each.
    LoadResult r = LoadGeneratorTest.run(Scenarios.phoneFixedHandle(3, 1800, 180), options(900, 0.5,
        Duration.ofSeconds(5)), Map.of("phone", udp() + ";rtp=tone"), List.of());
    server.awaitQuiet(Duration.ofMillis(500));
    CallTotals c = calls(r);
    long calls = c.count(CallEnd.COMPLETED);
    assertTrue(calls > 150, "completed " + calls);
    double perCall = (double) c.rtpSent() / calls;
    assertTrue(perCall >= 8 && perCall <= 11, "packets per 200 ms call: " + perCall);
    // Loopback UDP loses packets only when a receiver falls behind (a busy machine); echoes that come back
    // after the call's BYE find its socket closed.
    assertTrue(server.rtpPackets() >= c.rtpSent() * 0.9 && server.rtpPackets() <= c.rtpSent(),
        server.rtpPackets() + " of " + c.rtpSent() + " packets reached the server");
    assertTrue(c.rtpReceived() >= server.rtpPackets() * 0.5 && c.rtpReceived() <= server.rtpPackets(),
        c.rtpReceived() + " of " + server.rtpPackets() + " echoed packets came back");
  }

  @Test
  void aRunThatStops_hangsUpAnsweredCallsAtOnce_andCountsThemAsStopped() throws Exception {
    server.answerAfter(Duration.ZERO);
    // 200 calls a second, each planned to last 1 s; a threshold that holds stops the run once 100 have ended.
    LoadResult r = LoadGeneratorTest.run(Scenarios.phoneFixedHandle(3, 7200, 100), options(100, 5,
        Duration.ofSeconds(5)), Map.of("phone", udp()), List.of("p50 > 0ms"));
    server.awaitQuiet(Duration.ofMillis(500));
    assertEquals(Outcome.ABORTED, r.outcome());
    CallTotals c = calls(r);
    assertTrue(c.count(CallEnd.STOPPED) > 20, c.ended().toString());
    assertEquals(c.started(), c.count(CallEnd.COMPLETED) + c.count(CallEnd.STOPPED), c.ended().toString());
    assertEquals(0, r.overall().errors() + r.overall().unfinished());
    assertEquals(c.answered(), server.byes(), "every answered call was hung up");
    long cutShort = server.byCallId("BYE").values().stream().filter(l -> millis(server.answeredAt(l.get(0).callId()),
        l.get(0).at()) < 900).count();
    // Hung up at the stop, at any time of their planned second: most well before its end.
    long answeredAndStopped = c.answered() - c.count(CallEnd.COMPLETED); // the others were ringing: cancelled
    assertTrue(cutShort >= answeredAndStopped * 0.8 && answeredAndStopped > 20, cutShort + " BYEs before 0.9 s of"
        + " the planned second, " + answeredAndStopped + " answered calls stopped");
    assertTrue(r.wallSeconds() < 3, "stopped after " + r.wallSeconds() + " s of the planned 5 s");
  }

  @Test
  void tcpToAPortWhereNothingListens_isCountedAsTransportSetupFailures() throws Exception {
    int closed;
    try (java.net.ServerSocket probe = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      closed = probe.getLocalPort();
    }
    LoadResult r = run(120, 3600, 0.5, Duration.ofSeconds(2), "sip:q@127.0.0.1:" + closed + ";transport=tcp");
    long planned = r.plan().total();
    assertTrue(planned > 5, "calls: " + planned);
    assertEquals(Map.of("refused", planned), r.overall().errorClasses());
    assertEquals(Map.of("transport", planned), calls(r).setupFailures());
    assertEquals(planned, calls(r).count(CallEnd.TRANSPORT));
  }
}
