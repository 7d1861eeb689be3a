package io.ccsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The text table of {@code ccsim run} shows durations in the unit a person reads, as report.html does: a
 * deferred channel's waits in hours once they reach an hour, any duration in minutes once it reaches
 * 1,000 s, seconds otherwise;
 * and each figure, read back in seconds, is summary.json's.
 */
class RunTextUnitsTest {
  private static final Pattern CELL = Pattern.compile("(-?[0-9.]+) ± ([0-9.]+) (s|min|h)");

  @TempDir Path dir;

  @Test
  void retailBankDay_emailWaitsInHours_phoneInSeconds_handleTimeNeverInHours() {
    String[] run = {"run", "../scenarios/retail-bank-day.yaml", "--replications", "3", "-q"};
    CliRun text = CliRun.of(run);
    assertEquals(0, text.exitCode(), text.err());
    JsonNode channels = CliRun.of(concat(run, "--json")).json().get("channels");
    assertCell(text.out(), "ASA", 2, "h", channels.get("email").get("asaSeconds"));
    assertCell(text.out(), "wait p99", 2, "h", channels.get("email").get("waitP99Seconds"));
    assertCell(text.out(), "ASA", 0, "s", channels.get("phone").get("asaSeconds"));
    assertCell(text.out(), "handle time, AHT", 2, "s", channels.get("email").get("ahtSeconds"));
    assertTrue(!text.out().contains("(s) "), "no row label carries (s) any more:\n" + text.out());
  }

  @Test
  void liveChannel_waitingThousandsOfSeconds_readsInMinutes() throws IOException {
    Path file = dir.resolve("overloaded.yaml");
    Files.writeString(file, """
        name: Overloaded phone line
        seed: 3
        replications: 3
        horizon: 8h
        channels:
          phone:
            serviceLevel: { threshold: 20s, target: 0.80 }
            handleTime: { distribution: exponential, mean: 300s }
        arrivals:
          - channel: phone
            rate: 150/h
        agents:
          - group: team
            count: 10
            skills: [phone]
        """);
    String[] run = {"run", file.toString(), "-q"};
    CliRun text = CliRun.of(run);
    assertEquals(0, text.exitCode(), text.err());
    JsonNode asa = CliRun.of(concat(run, "--json")).json().get("channels").get("phone").get("asaSeconds");
    assertTrue(asa.get("mean").asDouble() >= 1000, "the scenario must overload the line: " + asa);
    assertCell(text.out(), "ASA", 0, "min", asa);
  }

  @Test
  void deferredChannel_answeredWithinMinutes_readsInSecondsNotFractionsOfAnHour() {
    // Blended email is answered within minutes: 0.06 h would say little.
    String[] run = {"run", "../scenarios/email-blending.yaml", "--replications", "3", "-q"};
    CliRun text = CliRun.of(run);
    assertEquals(0, text.exitCode(), text.err());
    JsonNode asa = CliRun.of(concat(run, "--json")).json().get("channels").get("email").get("asaSeconds");
    assertTrue(asa.get("mean").asDouble() < 1000, "email must be answered within minutes: " + asa);
    assertCell(text.out(), "ASA", 1, "s", asa);
  }

  /** The {@code column}-th figure of the row {@code label}: in {@code unit}, and equal to the JSON's seconds. */
  private static void assertCell(String table, String label, int column, String unit, JsonNode json) {
    String row = table.lines().filter(l -> l.startsWith(label + "  ")).findFirst()
        .orElseThrow(() -> new AssertionError("no row " + label + " in\n" + table));
    Matcher m = CELL.matcher(row);
    for (int i = 0; i <= column; i++) {
      assertTrue(m.find(), row);
    }
    assertEquals(unit, m.group(3), row);
    double perUnit = switch (unit) {
      case "h" -> 3600;
      case "min" -> 60;
      default -> 1;
    };
    // Three significant figures: the shown figure is within 0.5% of the JSON's (or its last digit).
    double shown = Double.parseDouble(m.group(1)) * perUnit;
    double mean = json.get("mean").asDouble();
    assertEquals(mean, shown, Math.max(0.005 * Math.abs(mean), 0.01 * perUnit), row);
    double ci = Double.parseDouble(m.group(2)) * perUnit;
    assertEquals(json.get("ci95").asDouble(), ci, Math.max(0.005 * json.get("ci95").asDouble(), 0.01 * perUnit), row);
  }

  private static String[] concat(String[] head, String... tail) {
    String[] all = java.util.Arrays.copyOf(head, head.length + tail.length);
    System.arraycopy(tail, 0, all, head.length, tail.length);
    return all;
  }
}
