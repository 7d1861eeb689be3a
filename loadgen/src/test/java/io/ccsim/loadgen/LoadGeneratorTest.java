package io.ccsim.loadgen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.ccsim.arrivals.ArrivalSchedule;
import io.ccsim.arrivals.ScheduledContact;
import io.ccsim.loadgen.measure.Threshold;
import io.ccsim.loadgen.measure.Totals;
import io.ccsim.loadgen.target.CompletionThreads;
import io.ccsim.loadgen.target.TargetSettings;
import io.ccsim.loadgen.target.TargetSpec;
import io.ccsim.model.Scenario;
import jakarta.mail.internet.MimeMessage;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The load generator against real servers on 127.0.0.1 started in this JVM: Jetty (HTTP, WebSocket) and
 * GreenMail (SMTP). Each test sends a few hundred contacts within a few seconds.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class LoadGeneratorTest {
  private LocalServers servers;

  @BeforeEach
  void start() throws Exception {
    servers = new LocalServers();
  }

  @AfterEach
  void stop() throws Exception {
    servers.close();
  }

  static LoadResult run(Scenario scenario, LoadOptions options, Map<String, String> targets,
      List<String> thresholds) throws Exception {
    ContactSource source = ContactSource.of("test", scenario, 0);
    Plan plan = Plan.of(source, options);
    Map<String, TargetSpec> routing = new LinkedHashMap<>();
    targets.forEach((channel, spec) -> routing.put(channel, TargetSpec.parse(spec)));
    List<Threshold> parsed = thresholds.stream().map(t -> Threshold.parse(t, source.channels())).toList();
    TargetSettings settings = new TargetSettings(options.timeout(), options.maxInFlight(), options.smtpConnections(),
        options.maxInFlight(), new StringWriter());
    return new LoadGenerator(source, plan, options, routing, settings, parsed, IntervalListener.NONE).run();
  }

  private static Totals channel(LoadResult r, String name) {
    return r.perChannel().stream().filter(t -> t.channel().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void http_everyPlannedContact_isReceivedExactlyOnce() throws Exception {
    LoadResult r = run(Scenarios.phoneOnly(1, 600), Scenarios.options(1.5), Map.of("phone", servers.http("/contacts")),
        List.of());
    long planned = r.plan().total();
    assertTrue(planned > 450 && planned < 750, "about 600 contacts: " + planned);
    assertEquals(Outcome.COMPLETED, r.outcome());
    assertEquals(planned, servers.httpIds.size());
    assertEquals(List.of(), LocalServers.duplicates(servers.httpIds));
    assertEquals(planned, r.overall().ok());
    assertEquals(0, r.overall().lost());
  }

  @Test
  void http_responses_doNotStartAThreadEach() throws Exception {
    assertFalse(CompletionThreads.threadPerTask(), "this JVM runs with a common pool of 2 or more threads, as ccsim"
        + " asks for (loadgen's pom sets it for the tests)");
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    long startedBefore = threads.getTotalStartedThreadCount();
    LoadResult r = run(Scenarios.phoneOnly(8, 600), Scenarios.options(1.5), Map.of("phone", servers.http("/contacts")),
        List.of());
    long started = threads.getTotalStartedThreadCount() - startedBefore;
    assertTrue(r.overall().ok() > 450, "about 600 answered: " + r.overall().ok());
    // The run's own threads (sender's helpers, the client's selector, Jetty's pool growing), not one per response.
    assertTrue(started < 50, started + " threads started for " + r.overall().ok() + " responses");
  }

  @Test
  void httpChatAndEmail_eachChannelAtItsTarget_everyContactOnce() throws Exception {
    GreenMail mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    mail.start();
    try {
      int smtpPort = mail.getSmtp().getPort();
      Map<String, String> targets = Map.of("phone", servers.http("/contacts"), "chat", servers.ws("/chat"),
          "email", "smtp://127.0.0.1:" + smtpPort + "?to=support@example.test");
      // An hour at speed 2400: chats of ~5 simulated minutes last ~0.1 s and send ~5 messages each.
      LoadResult r = run(Scenarios.threeChannels(2, 160, 80, 60), Scenarios.options(1.5), targets, List.of());
      assertEquals(Outcome.COMPLETED, r.outcome());
      assertEquals(0, r.overall().lost(), () -> "lost contacts: " + r.overall());

      assertEquals(r.plan().planned().get("phone"), (long) servers.httpIds.size());
      assertEquals(List.of(), LocalServers.duplicates(servers.httpIds));

      assertEquals(r.plan().planned().get("chat"), (long) servers.chatContacts.size());
      assertEquals(List.of(), LocalServers.duplicates(servers.chatContacts));
      long expectedMessages = 0;
      for (ScheduledContact c : ArrivalSchedule.of(Scenarios.threeChannels(2, 160, 80, 60), 0)) {
        if (c.channel().equals("chat")) {
          expectedMessages += io.ccsim.loadgen.target.WebSocketTargetAccess.messagesFor(c.handleSeconds());
        }
      }
      long messages = servers.chatMessages.values().stream().mapToLong(AtomicInteger::get).sum();
      assertEquals(expectedMessages, messages, "every planned chat message arrives");

      MimeMessage[] received = mail.getReceivedMessages();
      Map<String, Integer> mailIds = new HashMap<>();
      for (MimeMessage m : received) {
        mailIds.merge(m.getHeader("X-Ccsim-Contact-Id")[0], 1, Integer::sum);
      }
      assertEquals(r.plan().planned().get("email"), (long) mailIds.size());
      assertTrue(mailIds.values().stream().allMatch(n -> n == 1), "each email once");
      assertEquals(List.of("support@example.test"), List.of(received[0].getAllRecipients()[0].toString()));
    } finally {
      mail.stop();
    }
  }

  @Test
  void slowTarget_raisesLatency_butNotTheSendingRate() throws Exception {
    servers.slowDelay = java.time.Duration.ofMillis(300);
    LoadResult r = run(Scenarios.phoneOnly(3, 200), Scenarios.options(1.0), Map.of("phone", servers.http("/slow")),
        List.of());
    Totals phone = channel(r, "phone");
    assertEquals(r.plan().total(), phone.ok(), "all answered, late");
    assertTrue(phone.latency().getValueAtPercentile(50) >= 300_000_000L, "latency includes the server's 300 ms");
    // The sender kept its schedule, and the requests reached the server about when planned: a sender that
    // waited for each answer would need 300 ms x ~200 contacts = 60 s. (Generous bounds: CI machines are busy.)
    assertTrue(phone.lag().getValueAtPercentile(99) < 200_000_000L,
        "schedule lag p99 " + phone.lag().getValueAtPercentile(99) / 1e6 + " ms");
    List<Long> arrivals = servers.httpArrivalNanos.stream().sorted().toList();
    double span = (arrivals.get(arrivals.size() - 1) - arrivals.get(0)) / 1e9;
    assertTrue(span < r.plan().wallSeconds() + 2, "requests arrived over " + span + " s, the plan's "
        + r.plan().wallSeconds() + " s: the rate did not drop to the server's pace");
  }

  @Test
  void failingAndRefusingTargets_countErrorsByClass() throws Exception {
    int closedPort;
    try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      closedPort = s.getLocalPort();
    }
    LoadResult r = run(Scenarios.threeChannels(4, 200, 200, 60), Scenarios.options(0.8),
        Map.of("phone", servers.http("/fail"), "chat", "http://127.0.0.1:" + closedPort + "/nobody", "email",
            "jsonl:-"), List.of());
    Totals phone = channel(r, "phone");
    Totals chat = channel(r, "chat");
    assertEquals(Map.of("http-503", r.plan().planned().get("phone")), phone.errorClasses());
    assertEquals(Map.of("refused", r.plan().planned().get("chat")), chat.errorClasses());
    assertEquals(0, phone.ok() + chat.ok());
    assertEquals(r.plan().planned().get("phone") + r.plan().planned().get("chat"), r.overall().lost());
  }

  @Test
  void inFlightCapReached_contactsAreDroppedAndCounted_neverQueued() throws Exception {
    servers.slowDelay = java.time.Duration.ofMillis(500);
    LoadResult r = run(Scenarios.phoneOnly(5, 600), Scenarios.options(1.0, 5), Map.of("phone", servers.http("/slow")),
        List.of());
    Totals phone = channel(r, "phone");
    assertTrue(phone.dropped() > 0, "some dropped");
    assertTrue(phone.sent() <= 5 * 4, "never more than 5 in flight: " + phone.sent() + " sent in ~1.5 s");
    assertEquals(r.plan().total(), phone.sent() + phone.dropped(), "every contact is sent or counted as dropped");
    assertEquals(phone.sent(), phone.ok());
  }

  @Test
  void stop_stopsSending_drainsAndReturnsThePartialResult() throws Exception {
    Scenario scenario = Scenarios.phoneOnly(6, 600);
    LoadOptions options = Scenarios.options(10);
    ContactSource source = ContactSource.of("test", scenario, 0);
    Plan plan = Plan.of(source, options);
    LoadGenerator generator = new LoadGenerator(source, plan, options,
        Map.of("phone", TargetSpec.parse(servers.http("/contacts"))),
        new TargetSettings(options.timeout(), 10, 1, 10, new StringWriter()), List.of(), IntervalListener.NONE);
    CompletableFuture<LoadResult> running = CompletableFuture.supplyAsync(() -> {
      try {
        return generator.run();
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    Thread.sleep(700);
    long stoppedAt = System.nanoTime();
    generator.stop();
    LoadResult r = running.get(10, TimeUnit.SECONDS);
    assertTrue(System.nanoTime() - stoppedAt < 2_000_000_000L, "stops promptly");
    assertEquals(Outcome.INTERRUPTED, r.outcome());
    assertTrue(r.notSent() > 0 && r.overall().sent() > 0);
    assertEquals(r.plan().total(), r.overall().attempted() + r.notSent());
    assertEquals(r.overall().sent(), servers.httpIds.size());
  }

  @Test
  void abortIf_errorsAboveThreshold_stopsTheRunEarly() throws Exception {
    LoadResult r = run(Scenarios.phoneOnly(7, 800), Scenarios.options(4), Map.of("phone", servers.http("/fail")),
        List.of("errors > 5%"));
    assertEquals(Outcome.ABORTED, r.outcome());
    assertNotNull(r.abortedBy());
    assertTrue(r.failed());
    assertTrue(r.notSent() > 0, "stopped before the end");
  }
}
