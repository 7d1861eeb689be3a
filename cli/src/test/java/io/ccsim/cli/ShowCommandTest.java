package io.ccsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * `ccsim show` without a browser: the event stream, the controls, the final KPIs against `ccsim run`,
 * loopback only, and the errors (a taken port, a bad speed).
 */
class ShowCommandTest {
  static final String MULTI = "../scenarios/omni-vs-multi/multi-channel.yaml";
  static final String OMNI = "../scenarios/omni-vs-multi/omni-channel.yaml";
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  @Timeout(30)
  void show_onATakenPort_saysSoInOneLine_andExits2() throws IOException {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      String port = String.valueOf(taken.getLocalPort());
      CliRun run = CliRun.of("show", MULTI, "--port", port);
      assertEquals(2, run.exitCode(), run.err());
      assertEquals(1, run.errLines().length, run.err());
      assertTrue(run.err().contains("--port " + port) && run.err().contains("already in use"), run.err());
      assertEquals("", run.out());
    }
  }

  @Test
  @Timeout(30)
  void show_withABadSpeedOrPortOrThreeFiles_exits2() {
    for (String[] args : List.of(new String[] {"show", MULTI, "--speed", "0"},
        new String[] {"show", MULTI, "--port", "70000"}, new String[] {"show", MULTI, OMNI, MULTI})) {
      CliRun run = CliRun.of(args);
      assertEquals(2, run.exitCode(), String.join(" ", args) + ": " + run.err());
      assertTrue(run.err().startsWith("ccsim: "), run.err());
    }
  }

  @Test
  @Timeout(60)
  void eventStream_sendsChangingSnapshots_controlsPauseAndStep_andFinalKpisEqualTheBatchRun() throws Exception {
    try (RunningShow show = new RunningShow(MULTI, OMNI, "--seed", "7", "--speed", "3000")) {
      assertEquals(InetAddress.getLoopbackAddress().getHostAddress(), show.uri.getHost());
      assertNotReachableOnOtherAddresses(show.uri.getPort());
      assertEquals(200, show.get("/").statusCode());
      assertTrue(show.get("/show.js").body().contains("EventSource"));
      assertEquals(404, show.get("/report/../../pom.xml").statusCode());
      assertEquals(405, show.get("/control?action=pause").statusCode());
      assertEquals(400, show.control("jump"));

      // The stream: snapshots arrive, the clock and the counts move in both centers.
      List<JsonNode> first = events(show, 3);
      assertEquals(7, first.get(0).get("seed").asLong());
      assertEquals(2, first.get(0).get("centers").size());
      JsonNode a = first.get(0);
      JsonNode b = first.get(2);
      assertTrue(b.get("version").asLong() > a.get("version").asLong());
      assertTrue(b.get("clock").asDouble() > a.get("clock").asDouble(), "the clock moves");
      for (int c = 0; c < 2; c++) {
        assertTrue(b.at("/centers/" + c + "/events").asLong() > a.at("/centers/" + c + "/events").asLong(),
            "center " + c + " fires events");
      }

      // Pause: the clock stops. Step: one more moment, still paused.
      assertEquals(200, show.control("pause"));
      JsonNode paused = show.snapshot();
      assertEquals("paused", paused.get("state").asText());
      Thread.sleep(300);
      assertEquals(paused.get("clock").asDouble(), show.snapshot().get("clock").asDouble());
      assertEquals(200, show.control("step"));
      JsonNode stepped = show.snapshot();
      assertEquals("paused", stepped.get("state").asText());
      long before = paused.at("/centers/0/events").asLong() + paused.at("/centers/1/events").asLong();
      long after = stepped.at("/centers/0/events").asLong() + stepped.at("/centers/1/events").asLong();
      assertTrue(after > before && after <= before + 4, "a step fires the next event(s): " + before + " -> " + after);
      assertTrue(stepped.get("clock").asDouble() > paused.get("clock").asDouble());

      // Faster, then run to the end: the final KPIs are those of `ccsim run FILE --replications 1 --seed 7`.
      for (int i = 0; i < 8; i++) {
        assertEquals(200, show.control("faster"));
      }
      assertEquals(3000.0 * 256, show.snapshot().get("speed").asDouble());
      assertEquals(200, show.control("resume"));
      JsonNode done = untilDone(show);
      assertFinalKpisEqualTheBatchRun(done, List.of(MULTI, OMNI), 7);
      String report = done.get("report").asText();
      HttpResponse<String> page = show.get(report);
      assertEquals(200, page.statusCode());
      assertTrue(page.body().contains("Multi-channel") && page.body().contains("Omni-channel"), "the comparison report");
      assertTrue(show.out().contains("finished; report at " + show.uri.resolve(report)), show.out());

      // Restart: time 0 again, the same customers.
      assertEquals(200, show.control("restart"));
      JsonNode restarted = show.snapshot();
      assertEquals(1, restarted.get("run").asInt());
      assertTrue(restarted.get("clock").asDouble() < done.get("clock").asDouble());
      assertTrue(restarted.get("report").isNull());
    }
  }

  @Test
  @Timeout(30)
  void aSingleScenario_runsToTheEnd_andLinksToItsRunReport() throws Exception {
    try (RunningShow show = new RunningShow("../scenarios/single-queue.yaml", "--speed", "4000000")) {
      JsonNode done = untilDone(show);
      assertEquals(1, done.get("centers").size());
      assertFinalKpisEqualTheBatchRun(done, List.of("../scenarios/single-queue.yaml"), done.get("seed").asLong());
      assertEquals(200, show.get(done.get("report").asText()).statusCode());
    }
  }

  /** Every figure the page shows at the end equals `ccsim run FILE --replications 1 --seed S --json`'s. */
  static void assertFinalKpisEqualTheBatchRun(JsonNode done, List<String> files, long seed) {
    for (int i = 0; i < files.size(); i++) {
      CliRun run = CliRun.of("run", files.get(i), "--replications", "1", "--seed", String.valueOf(seed), "--json");
      assertEquals(0, run.exitCode(), run.err());
      JsonNode summary = run.json();
      JsonNode shown = done.at("/centers/" + i + "/final");
      assertFalse(shown.isMissingNode() || shown.isNull(), "final KPIs of " + files.get(i));
      int compared = 0;
      for (Map.Entry<String, JsonNode> channel : iterable(shown.get("channels"))) {
        for (Map.Entry<String, JsonNode> kpi : iterable(channel.getValue())) {
          JsonNode batch = summary.at("/channels/" + channel.getKey() + "/" + kpi.getKey() + "/mean");
          assertEquals(batch.isNull() ? null : batch.asDouble(), kpi.getValue().isNull() ? null : kpi.getValue().asDouble(),
              files.get(i) + " " + channel.getKey() + "." + kpi.getKey());
          compared++;
        }
      }
      for (Map.Entry<String, JsonNode> group : iterable(shown.get("groups"))) {
        assertEquals(summary.at("/groups/" + group.getKey() + "/occupancy/mean").asDouble(),
            group.getValue().get("occupancy").asDouble(), files.get(i) + " " + group.getKey() + ".occupancy");
        compared++;
      }
      assertTrue(compared >= 7, "KPIs compared: " + compared);
    }
  }

  private static Iterable<Map.Entry<String, JsonNode>> iterable(JsonNode node) {
    return node::fields;
  }

  /** Reads the event stream until the run is done; returns that snapshot. */
  static JsonNode untilDone(RunningShow show) throws Exception {
    try (BufferedReader events = open(show)) {
      String line;
      while ((line = events.readLine()) != null) {
        if (line.startsWith("data: ")) {
          JsonNode snapshot = JSON.readTree(line.substring("data: ".length()));
          if ("done".equals(snapshot.get("state").asText()) && !snapshot.get("report").isNull()) {
            return snapshot;
          }
        }
      }
    }
    throw new AssertionError("the event stream ended before the run did");
  }

  /** The first {@code n} snapshots of the event stream. */
  private static List<JsonNode> events(RunningShow show, int n) throws Exception {
    List<JsonNode> snapshots = new ArrayList<>();
    try (BufferedReader events = open(show)) {
      String line;
      while (snapshots.size() < n && (line = events.readLine()) != null) {
        if (line.startsWith("data: ")) {
          snapshots.add(JSON.readTree(line.substring("data: ".length())));
        } else {
          assertTrue(line.isEmpty() || line.startsWith(":"), "not an event-stream line: " + line);
        }
      }
    }
    assertEquals(n, snapshots.size());
    return snapshots;
  }

  private static BufferedReader open(RunningShow show) throws Exception {
    HttpResponse<InputStream> response = RunningShow.HTTP.send(
        HttpRequest.newBuilder(show.uri.resolve("/events")).timeout(Duration.ofSeconds(30)).build(),
        HttpResponse.BodyHandlers.ofInputStream());
    assertEquals(200, response.statusCode());
    assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"));
    return new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8));
  }

  /** The server listens on loopback only: the machine's other addresses refuse the port. */
  private static void assertNotReachableOnOtherAddresses(int port) throws IOException {
    for (InetAddress address : InetAddress.getAllByName(InetAddress.getLocalHost().getHostName())) {
      if (address.isLoopbackAddress()) {
        continue;
      }
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress(address, port), 500);
        throw new AssertionError("ccsim show answers on " + address + ":" + port);
      } catch (IOException expected) {
        // refused: good
      }
    }
    assertNotEquals(0, port);
  }
}
