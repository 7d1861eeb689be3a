package io.ccsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.ccsim.config.ScenarioLoader;
import io.ccsim.model.AgentGroup;
import io.ccsim.model.Scenario;
import io.ccsim.model.Shift;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StaffCommandTest {
  private static final String DAY = "../scenarios/retail-bank-day.yaml";
  private static final String QUEUE = "../scenarios/single-queue.yaml";

  @Test
  void threads_oneOrTwo_printTheSameJson() {
    CliRun one = CliRun.of("staff", DAY, "--replications", "4", "--threads", "1", "--json");
    CliRun two = CliRun.of("staff", DAY, "--replications", "4", "--threads", "2", "--json");
    assertEquals(0, one.exitCode(), one.err());
    assertEquals(one.out(), two.out());
    JsonNode json = one.json();
    assertEquals("08:00", json.get("intervals").get(0).get("start").asText());
    assertTrue(json.get("intervals").get(0).get("groups").has("early"));
    assertTrue(json.get("agentHours").isNumber() && json.get("cost").isNumber());
    assertTrue(json.get("targetsMet").isBoolean());
  }

  @Test
  void capBelowTheNeed_exitsOne_withOneLineOnStderr_andPrintsTheBestFound() {
    CliRun run = CliRun.of("staff", QUEUE, "--replications", "3", "--max-agents", "phone-team=10", "--json");
    assertEquals(1, run.exitCode(), run.err());
    assertEquals(1, run.errLines().length, run.err());
    assertTrue(run.err().contains("--max-agents"), run.err());
    JsonNode json = run.json();
    assertEquals(10, json.get("intervals").get(0).get("groups").get("phone-team").asInt());
    assertEquals(false, json.get("targetsMet").asBoolean());
  }

  @ParameterizedTest
  @ValueSource(strings = {"--cost=nobody=3", "--cost=phone-team=0", "--cost=phone-team=-2", "--cost=phone-team",
      "--max-agents=phone-team=0", "--max-agents=nobody=4", "--max-agents=phone-team=2.5", "--replications=0",
      "--threads=0", "--per=week"})
  void badOption_exitsTwo_withOneLine(String option) {
    CliRun run = CliRun.of("staff", QUEUE, option);
    assertEquals(2, run.exitCode(), run.err());
    if (!option.startsWith("--per")) {
      assertEquals(1, run.errLines().length, run.err());
    }
    assertTrue(run.err().contains(option.substring(0, option.indexOf('='))), run.err());
  }

  @Test
  void out_writesTheFiles_andStaffedYamlRunsWithTheStaffingFound(@TempDir Path dir) throws IOException {
    CliRun run = CliRun.of("staff", DAY, "--replications", "4", "--out", dir.toString(), "--quiet");
    assertEquals(0, run.exitCode(), run.err());
    JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(dir.resolve("staffing.json").toFile());
    byte[] png = Files.readAllBytes(dir.resolve("staffing.png"));
    assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, java.util.Arrays.copyOf(png, 4));
    String csv = Files.readString(dir.resolve("staffing.csv"), StandardCharsets.UTF_8);
    assertTrue(csv.startsWith("interval_start,interval_end,early,late,total,erlang_agents,offered_load_erlangs\n"), csv);
    Path staffed = dir.resolve("staffed.yaml");
    Scenario scenario = ScenarioLoader.load(staffed);
    for (JsonNode interval : json.get("intervals")) {
      double t = io.ccsim.model.TimeOfDay.parseSeconds(interval.get("start").asText()) + 1;
      for (AgentGroup group : scenario.groups()) {
        int onDuty = 0;
        for (Shift s : group.shifts()) {
          onDuty += s.startSeconds() <= t && t < s.endSeconds() ? s.count() : 0;
        }
        assertEquals(interval.get("groups").get(group.name()).asInt(), onDuty, group.name() + " at " + interval);
      }
    }
    CliRun replay = CliRun.of("run", staffed.toString(), "--replications", "2", "--quiet");
    assertEquals(0, replay.exitCode(), replay.err());
    assertTrue(replay.out().contains("(staffed)"), replay.out());
  }

  @Test
  void chatConcurrency_moreChatsPerAgent_needFewerAgents(@TempDir Path dir) throws IOException {
    String text = Files.readString(Path.of("../scenarios/chat-concurrency.yaml"), StandardCharsets.UTF_8);
    String[] slowdowns = {"", "[1.0]", "[1.0, 1.2]", "", "[1.0, 1.2, 1.45, 1.8]"};
    int previous = Integer.MAX_VALUE;
    for (int chats : new int[] {1, 2, 4}) {
      Path file = dir.resolve("chat-" + chats + ".yaml");
      Files.writeString(file, text.replace("perChannel: { chat: 4 }", "perChannel: { chat: " + chats + " }")
          .replace("slowdown: { chat: [1.0, 1.2, 1.45, 1.8] }", "slowdown: { chat: " + slowdowns[chats] + " }"));
      CliRun run = CliRun.of("staff", file.toString(), "--replications", "5", "--json");
      assertEquals(0, run.exitCode(), run.err());
      int agents = run.json().get("intervals").get(0).get("groups").get("chat-team").asInt();
      assertTrue(agents < previous, chats + " chats per agent: " + agents + " agents, not fewer than " + previous);
      previous = agents;
    }
  }

  @Test
  void perDay_judgesEachChannelOverTheDay() {
    CliRun run = CliRun.of("staff", DAY, "--per", "day", "--replications", "4", "--json");
    assertEquals(0, run.exitCode(), run.err());
    JsonNode json = run.json();
    assertEquals("day", json.get("per").asText());
    JsonNode targets = json.get("verification").get("targets");
    assertEquals(3, targets.size(), targets.toString());
    for (JsonNode t : targets) {
      assertTrue(t.get("interval").isNull(), t.toString());
    }
  }
}
