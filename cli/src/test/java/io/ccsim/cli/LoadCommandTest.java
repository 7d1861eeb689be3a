package io.ccsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.ccsim.loadgen.target.CompletionThreads;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code ccsim load} in-process; the real-server tests of every target kind are in the loadgen module. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class LoadCommandTest {
  @TempDir Path dir;

  private String scenario() throws IOException {
    return ArrivalsCommandTest.scenario(dir).toString();
  }

  private static String firstLine(String text) {
    return text.lines().findFirst().orElse("");
  }

  @Test
  void mainClass_asksForACommonPoolOfAtLeastTwoThreads() throws ClassNotFoundException {
    Class.forName(Main.class.getName()); // initialized, as when the ccsim command starts
    String parallelism = System.getProperty(CompletionThreads.PARALLELISM_PROPERTY);
    assertTrue(parallelism != null && Integer.parseInt(parallelism) >= 2, "common pool parallelism " + parallelism);
  }

  @Test
  void dryRun_printsThePlan_andSendsNothing() throws IOException {
    CliRunner r = CliRunner.run("load", scenario(), "--speed", "3600", "--target", "phone=http://127.0.0.1:9/contacts",
        "--target", "jsonl:" + dir.resolve("chat.jsonl"), "--dry-run");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().startsWith("Plan for Two channels\n"), r.out());
    assertTrue(r.out().contains("3600x: ") && r.out().contains("of simulated time in 1.9"), r.out());
    assertTrue(r.out().matches("(?s).*contacts   [0-9]+ \\(phone [0-9]+, chat [0-9]+\\).*"), r.out());
    assertTrue(r.out().contains("in the busiest wall-clock second (cap 1000/s)"), r.out());
    assertTrue(r.out().contains("target     phone -> http://127.0.0.1:9/contacts"), r.out());
    assertTrue(r.out().contains("target     chat -> jsonl:" + dir.resolve("chat.jsonl")), r.out());
    assertTrue(Files.notExists(dir.resolve("chat.jsonl")), "nothing sent");
  }

  @Test
  void remoteTarget_isRefused_unlessAllowed() throws IOException {
    CliRunner r = CliRunner.run("load", scenario(), "--target", "http://10.1.2.3:8080/x", "--dry-run");
    assertEquals(2, r.exitCode());
    assertEquals("ccsim: --target: 'http://10.1.2.3:8080/x' is not on this machine; ccsim load sends only to"
        + " 127.0.0.1, ::1 or localhost unless you name the host with --allow-remote 10.1.2.3", firstLine(r.err()));
    CliRunner allowed = CliRunner.run("load", scenario(), "--target", "http://10.1.2.3:8080/x", "--allow-remote",
        "10.1.2.3", "--dry-run");
    assertEquals(0, allowed.exitCode(), allowed.err());
  }

  @Test
  void badTargets_exitTwoWithOneLine() throws IOException {
    String file = scenario();
    CliRunner unknown = CliRunner.run("load", file, "--target", "email=jsonl:-");
    assertEquals(2, unknown.exitCode());
    assertEquals("ccsim: --target: 'email=jsonl:-' names the channel 'email', which the scenario does not have;"
        + " allowed: phone, chat", firstLine(unknown.err()));
    CliRunner missing = CliRunner.run("load", file, "--target", "phone=jsonl:-");
    assertEquals(2, missing.exitCode());
    assertTrue(firstLine(missing.err()).startsWith("ccsim: --target: channel chat has "), missing.err());
    CliRunner scheme = CliRunner.run("load", file, "--target", "gopher://127.0.0.1/x");
    assertEquals("ccsim: --target: unknown target type 'gopher'; allowed: jsonl:- or jsonl:FILE, http://host:port/path,"
        + " ws://host:port/path, smtp://host:port[?to=ADDRESS&from=ADDRESS],"
        + " sip:USER@HOST[:PORT][;transport=udp|tcp][;rtp=silence|tone]", firstLine(scheme.err()));
    CliRunner threshold = CliRunner.run("load", file, "--target", "jsonl:-", "--abort-if", "p99 500ms");
    assertEquals(2, threshold.exitCode());
    assertTrue(firstLine(threshold.err()).startsWith("ccsim: --abort-if: 'p99 500ms' is not a threshold; allowed:"));
  }

  @Test
  void planOverTheRateCap_isRefused() throws IOException {
    CliRunner r = CliRunner.run("load", scenario(), "--speed", "100000", "--target", "jsonl:-", "--max-rate", "100/s");
    assertEquals(2, r.exitCode());
    assertTrue(firstLine(r.err()).matches("ccsim: --max-rate: the plan's busiest wall-clock second holds [0-9]+"
        + " contacts, more than the cap of 100/s; lower --speed or raise --max-rate"), r.err());
    assertTrue(r.out().isEmpty(), "nothing sent");
  }

  @Test
  void badArrivalsCsv_exitsTwoWithFileLineColumn() throws IOException {
    Path csv = dir.resolve("trace.csv");
    Files.writeString(csv,
        "arrival_seconds,channel,handle_seconds,patience_seconds,customer_id\n1,phone,,,\n2,fax,,,\n");
    CliRunner r = CliRunner.run("load", scenario(), "--arrivals", csv.toString(), "--target", "jsonl:-");
    assertEquals(2, r.exitCode());
    assertEquals("ccsim: " + csv + ":3:3: channel: 'fax' is not a channel of the scenario; allowed: phone, chat",
        firstLine(r.err()));
  }

  @Test
  void run_toJsonlWithReport_writesEveryFile_andMatchesTheExport() throws IOException {
    String file = scenario();
    Path csv = dir.resolve("arrivals.csv");
    assertEquals(0, CliRunner.run("arrivals", file, "--out", csv.toString()).exitCode());
    Path jsonl = dir.resolve("sent.jsonl");
    Path report = dir.resolve("report");
    CliRunner r = CliRunner.run("load", file, "--speed", "7200", "--target", "jsonl:" + jsonl, "--report",
        report.toString(), "--interval", "200ms", "--run-id", "test", "--max-rate", "5000/s");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().startsWith("ccsim load: completed after "), r.out());
    assertTrue(r.out().contains("lost 0"), r.out());
    for (String name : List.of("summary.json", "intervals.csv", "latency.hlog", "report.html", "charts/latency.png",
        "charts/throughput.svg", "charts/schedule-lag.png")) {
      assertTrue(Files.isRegularFile(report.resolve(name)), name);
    }
    JsonNode summary = new ObjectMapper().readTree(report.resolve("summary.json").toFile());
    assertEquals("ccsim.load-summary/1", summary.get("schema").asText());
    long rows = Files.readAllLines(csv).size() - 1;
    assertEquals(rows, summary.get("totals").get("ok").asLong());
    assertEquals(rows, Files.readAllLines(jsonl).size());
    assertTrue(Files.readAllLines(jsonl).get(0).startsWith("{\"schema\":\"ccsim.contact/1\",\"type\":\"contact\","
        + "\"id\":\"test-1\""));
    String html = Files.readString(report.resolve("report.html"));
    assertTrue(html.contains("<h1>Two channels</h1>") && html.contains("data:image/svg+xml;base64,"));
    assertTrue(html.indexOf("<section id=\"headline\"") < html.indexOf("<section id=\"charts\"")
        && html.indexOf("<section id=\"charts\"") < html.indexOf("<section id=\"figures\""), "headline, charts, tables");
    assertTrue(html.contains("no thresholds were set"), "the outcome in words");
    assertTrue(html.matches("(?s).*<li class=\"met\">.*: [\\d,]+ of [\\d,]+ sent, all ok; latency p50 .*"), "per channel");
    assertTrue(Files.readAllLines(report.resolve("intervals.csv")).get(0).startsWith("interval_start_seconds,"));
  }

  @Test
  void abortIf_failingHttpTarget_exitsOne() throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
    AtomicInteger received = new AtomicInteger();
    server.createContext("/", exchange -> {
      exchange.getRequestBody().readAllBytes();
      received.incrementAndGet();
      exchange.sendResponseHeaders(500, -1);
      exchange.close();
    });
    server.start();
    try {
      String target = "http://127.0.0.1:" + server.getAddress().getPort() + "/contacts";
      CliRunner r = CliRunner.run("load", scenario(), "--speed", "3600", "--target", target, "--abort-if",
          "errors > 10%", "--interval", "100ms", "--json");
      assertEquals(1, r.exitCode(), r.err());
      assertTrue(r.err().contains("ccsim: load run failed its thresholds: errors > 10% (100.000%)"), r.err());
      JsonNode summary = new ObjectMapper().readTree(r.out());
      assertEquals(true, summary.get("failed").asBoolean());
      assertTrue(summary.get("totals").get("errorsByClass").get("http-500").asLong() > 0);
      assertTrue(received.get() > 0);
    } finally {
      server.stop(0);
    }
  }
}
