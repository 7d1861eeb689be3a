package io.ccsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.ccsim.report.SummaryJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandTest {
  private static final String SCENARIO = """
      name: Two channels
      seed: 7
      replications: 6
      warmup: 30m
      horizon: 8h
      channels:
        phone:
          serviceLevel: { threshold: 20s, target: 0.80 }
          handleTime: { distribution: exponential, mean: 180s }
          patience: { distribution: exponential, mean: 300s }
        chat:
          serviceLevel: { threshold: 60s, target: 0.80, definition: answered-of-answered }
          handleTime: { distribution: lognormal, mean: 400s, cv: 0.8 }
      arrivals:
        - channel: phone
          rate: 200/h
        - channel: chat
          rate: 40/h
      agents:
        - group: phone-team
          count: 12
          skills: [phone]
        - group: blended
          count: 6
          skills: [chat, phone]
      """;

  @TempDir Path dir;

  private Path scenario() throws IOException {
    Path file = dir.resolve("two-channels.yaml");
    Files.writeString(file, SCENARIO);
    return file;
  }

  @Test
  void run_printsTableWithEveryChannelAndTheServiceLevelDefinition() throws IOException {
    CliRunner r = CliRunner.run("run", scenario().toString());
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().contains("Two channels"), r.out());
    assertTrue(r.out().contains("phone") && r.out().contains("chat"), r.out());
    assertTrue(r.out().contains("service level of phone: answered-of-offered (answered within T / offered), T = 20s"), r.out());
    assertTrue(r.out().contains("service level of chat: answered-of-answered (answered within T / answered), T = 1m"), r.out());
    assertTrue(r.out().contains("phone-team") && r.out().contains("blended"), r.out());
  }

  @Test
  void json_printsTheSummaryContract() throws IOException {
    CliRunner r = CliRunner.run("run", scenario().toString(), "--json", "--replications", "3");
    assertEquals(0, r.exitCode(), r.err());
    JsonNode root = SummaryJson.parse(r.out());
    for (String key : new String[] {"scenario", "seed", "replications", "warmupSeconds", "horizonSeconds",
        "channels", "groups"}) {
      assertTrue(root.has(key), key);
    }
    assertEquals(3, root.get("replications").asInt());
    JsonNode phone = root.get("channels").get("phone");
    for (String key : new String[] {"offered", "answered", "abandoned", "blocked", "serviceLevel", "asaSeconds",
        "meanWaitSeconds", "probWait", "abandonRate", "blockRate", "waitP50Seconds", "waitP90Seconds",
        "waitP99Seconds"}) {
      assertTrue(phone.get(key).has("mean") && phone.get(key).has("ci95"), key);
    }
    assertEquals("answered-of-offered", phone.get("serviceLevelDefinition").asText());
    assertTrue(root.get("groups").get("blended").get("occupancy").get("mean").asDouble() > 0);
    double offered = phone.get("offered").get("mean").asDouble();
    double accounted = phone.get("answered").get("mean").asDouble() + phone.get("abandoned").get("mean").asDouble()
        + phone.get("blocked").get("mean").asDouble();
    assertEquals(offered, accounted, 1e-9);
  }

  @Test
  void out_isByteIdenticalForOneAndTwoThreads() throws IOException {
    Path file = scenario();
    assertEquals(0, CliRunner.run("run", file.toString(), "--threads", "1", "--out", dir.resolve("t1").toString()).exitCode());
    assertEquals(0, CliRunner.run("run", file.toString(), "--threads", "2", "--out", dir.resolve("t2").toString()).exitCode());
    for (String name : new String[] {"summary.json", "channels.csv", "groups.csv"}) {
      assertArrayEquals(Files.readAllBytes(dir.resolve("t1").resolve(name)),
          Files.readAllBytes(dir.resolve("t2").resolve(name)), name);
    }
  }

  @Test
  void differentSeed_givesDifferentResults() throws IOException {
    Path file = scenario();
    String a = CliRunner.run("run", file.toString(), "--json", "--seed", "1").out();
    String b = CliRunner.run("run", file.toString(), "--json", "--seed", "2").out();
    assertFalse(a.equals(b));
  }

  @Test
  void missingFile_exits2WithOneLineAndWritesNothing() {
    Path out = dir.resolve("never");
    CliRunner r = CliRunner.run("run", dir.resolve("nope.yaml").toString(), "--out", out.toString());
    assertEquals(2, r.exitCode());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertTrue(r.err().contains("nope.yaml"), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
    assertFalse(Files.exists(out));
  }

  @Test
  void badScenario_exits2WithLocationAndNoStackTraceUnlessDebug() throws IOException {
    Path file = dir.resolve("bad.yaml");
    Files.writeString(file, SCENARIO.replace("count: 12", "count: -3"));
    CliRunner r = CliRunner.run("run", file.toString());
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("bad.yaml:"), r.err());
    assertTrue(r.err().contains("count"), r.err());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    CliRunner debug = CliRunner.run("run", file.toString(), "--debug");
    assertEquals(2, debug.exitCode());
    assertTrue(debug.err().contains("\tat "), debug.err());
  }

  @Test
  void badOptions_exit2() throws IOException {
    Path file = scenario();
    assertEquals(2, CliRunner.run("run", file.toString(), "--replications", "0").exitCode());
    assertEquals(2, CliRunner.run("run", file.toString(), "--threads", "0").exitCode());
    assertEquals(2, CliRunner.run("run", file.toString(), "--no-such-flag").exitCode());
    assertEquals(2, CliRunner.run("run").exitCode());
    assertEquals(2, CliRunner.run().exitCode());
  }

  @Test
  void validate_reportsOkPerFile_andExit2OnFirstBadFile() throws IOException {
    Path good = scenario();
    CliRunner ok = CliRunner.run("validate", good.toString());
    assertEquals(0, ok.exitCode(), ok.err());
    assertTrue(ok.out().contains("ok"), ok.out());
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(bad, SCENARIO.replace("skills: [phone]", "skills: [fax]"));
    CliRunner r = CliRunner.run("validate", bad.toString());
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("fax"), r.err());
  }

  @Test
  void reservationAboveHeadCount_validateAndRunExit2WithOneLocatedLine() throws IOException {
    // chat is a skill of blended only (6 agents); lines 26-27 follow the agents.
    Path bad = dir.resolve("reserved.yaml");
    Files.writeString(bad, SCENARIO + "routing:\n  reservations: [{channel: chat, minIdleAgents: 7}]\n");
    String expected = "ccsim: " + bad + ":27:49: routing.reservations[0].minIdleAgents: '7' is more than the 6 agents"
        + " skilled for chat: no chat would ever be served; allowed: at most 6 (group blended)";
    Path out = dir.resolve("never");
    for (CliRunner r : new CliRunner[] {CliRunner.run("validate", bad.toString()),
        CliRunner.run("run", bad.toString(), "--out", out.toString())}) {
      assertEquals(2, r.exitCode(), r.err());
      assertEquals(expected, r.err().strip(), r.err());
      assertFalse(r.err().contains("\tat "), r.err());
    }
    assertFalse(Files.exists(out));
  }

  @Test
  void exampleScenarios_validate() throws IOException {
    try (var files = Files.list(Path.of("..", "scenarios"))) {
      String[] args = files.filter(p -> p.toString().endsWith(".yaml")).map(Path::toString).sorted()
          .toArray(String[]::new);
      assertTrue(args.length > 0);
      String[] command = new String[args.length + 1];
      command[0] = "validate";
      System.arraycopy(args, 0, command, 1, args.length);
      CliRunner r = CliRunner.run(command);
      assertEquals(0, r.exitCode(), r.err());
    }
  }
}
