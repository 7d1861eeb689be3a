package io.ccsim.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccsim.model.Scenario;
import io.ccsim.run.Engine;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sizes of issue #17: what validate refuses, with one short line at the value, and what it accepts. */
class ScenarioSizesTest {
  private static final long HEAP_512M = 512L << 20;

  /** A single-queue scenario without a queue limit; {@code %s} are the rate, count, patience line and horizon. */
  private static String scenario(String rate, String count, String patience, String horizon) {
    return String.join("\n",
        "name: sizes",
        "replications: 2",
        "horizon: " + horizon,
        "channels:",
        "  phone:",
        "    handleTime: { distribution: exponential, mean: 180s }",
        patience,
        "arrivals:",
        "  - channel: phone",
        "    rate: " + rate,
        "agents:",
        "  - group: team",
        "    count: " + count,
        "    skills: [phone]",
        "");
  }

  private static final String PATIENCE = "    patience: { distribution: exponential, mean: 300s }";
  private static final String NO_PATIENCE = "    priority: 0";

  private static ScenarioException refused(String content, Engine engine) {
    return assertThrows(ScenarioException.class,
        () -> ScenarioLoader.load("big.yaml", content, engine, HEAP_512M));
  }

  private static void assertShort(ScenarioException e) {
    String m = e.getMessage();
    assertFalse(m.contains("\n"), m);
    assertTrue(m.length() <= 230, () -> m.length() + " characters: " + m);
    for (String internal : new String[] {"Jackson", "jackson", "StreamReadConstraints", "java.", "Exception", "`"}) {
      assertFalse(m.contains(internal), () -> "quotes '" + internal + "': " + m);
    }
  }

  @Test
  void hugeRateWithoutQueueLimit_isRefusedAtTheRate_namingTheHeap() {
    ScenarioException e = refused(scenario("2147483647/h", "14", PATIENCE, "100h"), Engine.AUTO);
    assertEquals("arrivals[0].rate", e.path(), e.getMessage());
    assertEquals(10, e.line());
    assertTrue(e.getMessage().contains("heap 512 MiB"), e.getMessage());
    assertShort(e);
  }

  @Test
  void fiveMillionPerHourWithoutPatience_isRefused_becauseTheQueueGrows() {
    ScenarioException e = refused(scenario("5000000/h", "14", NO_PATIENCE, "100h"), Engine.AUTO);
    assertEquals("arrivals[0].rate", e.path(), e.getMessage());
    assertTrue(e.getMessage().contains("no patience"), e.getMessage());
    assertShort(e);
  }

  @Test
  void rateAboveTheLimit_isRefusedAtTheRate() {
    ScenarioException e = Failures.load("big.yaml", scenario("2000000/s", "14", PATIENCE, "1h"));
    assertEquals("arrivals[0].rate", e.path());
    assertTrue(e.getMessage().contains("limit of 1000000/s"), e.getMessage());
    assertShort(e);
  }

  @Test
  void hundredMillionAgents_isAboveTheLimitPerGroup() {
    ScenarioException e = Failures.load("big.yaml", scenario("200/h", "100000000", PATIENCE, "1h"));
    Failures.assertError(e, "agents[0].count", 13, 12, "more than the limit of 10000000 agents per group");
    assertShort(e);
  }

  @Test
  void nineMillionAgents_fitTheKernel_butAreRefusedForTheGeneralEngine() {
    String content = scenario("200/h", "9000000", PATIENCE, "1h");
    Scenario auto = ScenarioLoader.load("big.yaml", content, Engine.AUTO, HEAP_512M);
    assertEquals(9_000_000, auto.groups().get(0).count());
    ScenarioException e = refused(content, Engine.GENERAL);
    Failures.assertError(e, "agents[0].count", 13, 12, "the general engine needs");
    assertShort(e);
  }

  @Test
  void horizonOfHundredMillionHours_isAboveTheLimit() {
    ScenarioException e = Failures.load("big.yaml", scenario("200/h", "14", PATIENCE, "100000000h"));
    Failures.assertError(e, "horizon", 3, 10, "'100000000h' is longer than the limit of 3650d");
    assertShort(e);
  }

  @Test
  void initialBacklogOfTwoBillion_isAboveTheLimit() {
    String content = String.join("\n", "horizon: 10h", "channels:",
        "  email: { kind: deferred, handleTime: { distribution: exponential, mean: 180s } }", "arrivals:",
        "  - { channel: email, rate: 10/h, initialBacklog: 2000000000 }", "agents:",
        "  - { group: g, count: 2, skills: [email] }", "");
    ScenarioException e = Failures.load("big.yaml", content);
    Failures.assertError(e, "arrivals[0].initialBacklog", 5, 51, "limit of 10000000");
    assertShort(e);
  }

  @Test
  void backlogThatFitsTheLimitButNotTheHeap_isRefusedAtTheBacklog() {
    String content = String.join("\n", "horizon: 10h", "channels:",
        "  email: { kind: deferred, handleTime: { distribution: exponential, mean: 180s } }", "arrivals:",
        "  - { channel: email, rate: 10/h, initialBacklog: 9000000 }", "agents:",
        "  - { group: g, count: 2, skills: [email] }", "");
    ScenarioException e = assertThrows(ScenarioException.class,
        () -> ScenarioLoader.load("big.yaml", content, Engine.AUTO, 256L << 20));
    assertEquals("arrivals[0].initialBacklog", e.path(), e.getMessage());
    assertShort(e);
  }

  @Test
  void perChannelOfIntMax_isAboveTheLimit() {
    String content = scenario("10/h", "2", PATIENCE, "1h").replace("    skills: [phone]",
        "    skills: [phone]\n    capacity: { perChannel: { phone: 2147483647 } }");
    ScenarioException e = Failures.load("big.yaml", content);
    assertEquals("agents[0].capacity.perChannel.phone", e.path(), e.getMessage());
    assertTrue(e.getMessage().contains("limit of 1000"), e.getMessage());
    assertShort(e);
  }

  @Test
  void erlangPhasesOfTwoBillion_isAboveTheLimit() {
    String content = scenario("10/h", "2", PATIENCE, "1h").replace("exponential, mean: 180s",
        "erlang, mean: 180s, phases: 2000000000");
    ScenarioException e = Failures.load("big.yaml", content);
    assertEquals("channels.phone.handleTime.phases", e.path(), e.getMessage());
    assertShort(e);
  }

  @Test
  void theShippedSizes_areAcceptedInASmallHeap() {
    Scenario s = ScenarioLoader.load("ok.yaml", scenario("200/h", "14", PATIENCE, "100h"), Engine.GENERAL, 64L << 20);
    assertEquals(14, s.groups().get(0).count());
  }

  @Test
  void deepNesting_saysTooDeeplyNested_atTheRealPlace() {
    String yaml = scenario("200/h", "14", PATIENCE, "1h") + "x: " + "[".repeat(2000) + "]".repeat(2000) + "\n";
    ScenarioException e = Failures.load("deep.yaml", yaml);
    assertTrue(e.getMessage().contains("too deeply nested (limit 32"), e.getMessage());
    assertEquals(15, e.line(), e.getMessage());
    assertShort(e);
    String json = "{\"name\": " + "[".repeat(3000) + "]".repeat(3000) + "}";
    ScenarioException j = Failures.load("deep.json", json);
    assertTrue(j.getMessage().contains("too deeply nested (limit 32"), j.getMessage());
    assertEquals("1:41", j.line() + ":" + j.column(), j.getMessage());
    assertShort(j);
  }

  @Test
  void notUtf8_saysSo_atTheLineAndColumnOfTheByte(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("latin1.yaml");
    Files.write(file, scenario("200/h", "14", PATIENCE, "1h").replace("name: sizes", "name: s\u00e9")
        .getBytes(StandardCharsets.ISO_8859_1));
    ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(file));
    assertEquals("1:8", e.line() + ":" + e.column(), e.getMessage());
    assertTrue(e.getMessage().contains("not UTF-8"), e.getMessage());
    assertShort(e);
  }

  @Test
  void nanAndOutOfRangeNumbers_sayWhatIsWrong_withoutParserWords() {
    ScenarioException nan = Failures.load("n.yaml", scenario("200/h", ".nan", PATIENCE, "1h"));
    Failures.assertError(nan, "agents[0].count", 13, 12, "'.nan' is not a number");
    assertShort(nan);
    ScenarioException range = Failures.load("n.yaml", scenario("200/h", "3000000000", PATIENCE, "1h"));
    Failures.assertError(range, "agents[0].count", 13, 12, "'3000000000' is out of range");
    assertShort(range);
    ScenarioException longNumber = Failures.load("n.yaml", scenario("200/h", "9".repeat(5000), PATIENCE, "1h"));
    Failures.assertError(longNumber, "agents[0].count", 13, 12, "is out of range");
    assertShort(longNumber);
  }

  @Test
  void aFileAboveThreeMebibytes_isRefusedNamingTheLimit(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("big.yaml");
    Files.writeString(file, scenario("200/h", "14", PATIENCE, "1h") + "#" + "x".repeat(3_200_000) + "\n");
    ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(file));
    assertTrue(e.getMessage().contains("more than the limit of 3145728 bytes"), e.getMessage());
    assertShort(e);
  }

  @Test
  void aLongValue_isShortenedInTheMessage() {
    ScenarioException e = Failures.load("long.yaml", scenario("200/h", "14", PATIENCE, "1h")
        .replace("mean: 180s", "mean: " + "x".repeat(5000)));
    assertShort(e);
  }
}
