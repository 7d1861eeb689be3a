package io.ccsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real-day features from the command line: intervals.csv, and export-then-replay. */
class RealDayCommandTest {
  @TempDir Path dir;

  @Test
  void retailBankDay_writesOneIntervalRowPerIntervalAndChannel() throws IOException {
    Path out = dir.resolve("out");
    CliRunner r = CliRunner.run("run", "../scenarios/retail-bank-day.yaml", "--replications", "2", "--out",
        out.toString(), "--quiet");
    assertEquals(0, r.exitCode(), r.err());
    List<String> lines = Files.readAllLines(out.resolve("intervals.csv"));
    assertTrue(lines.get(0).startsWith("interval_start,interval_end,start_seconds,channel,offered_mean"), lines.get(0));
    assertEquals(1 + 48 * 3, lines.size());
    assertTrue(lines.get(1).startsWith("00:00,00:30,0.0,phone,"), lines.get(1));
    assertTrue(lines.get(3).startsWith("00:00,00:30,0.0,email,"), lines.get(3));
    assertTrue(lines.get(lines.size() - 1).startsWith("23:30,24:00,"), lines.get(lines.size() - 1));
    String summary = Files.readString(out.resolve("summary.json"));
    assertTrue(summary.contains("\"intervals\""), "summary.json has the intervals too");
  }

  @Test
  void exportedArrivals_replayedWithRunArrivals_giveTheSameSummary() throws IOException {
    Path scenario = Path.of("..", "scenarios", "retail-bank-day.yaml");
    Path csv = dir.resolve("arrivals.csv");
    CliRunner export = CliRunner.run("arrivals", scenario.toString(), "--out", csv.toString());
    assertEquals(0, export.exitCode(), export.err());
    CliRunner original = CliRunner.run("run", scenario.toString(), "--replications", "1", "--json", "--quiet");
    CliRunner replayed = CliRunner.run("run", scenario.toString(), "--replications", "1", "--json", "--quiet",
        "--arrivals", csv.toString());
    assertEquals(0, original.exitCode(), original.err());
    assertEquals(0, replayed.exitCode(), replayed.err());
    assertEquals(original.out(), replayed.out());
  }

  @Test
  void badArrivalsFile_exits2WithFileAndLine() throws IOException {
    Path csv = dir.resolve("bad.csv");
    Files.writeString(csv, "arrival_seconds,channel,handle_seconds,patience_seconds,customer_id\n10,fax,,,\n");
    CliRunner r = CliRunner.run("run", "../scenarios/single-queue.yaml", "--arrivals", csv.toString(), "--quiet");
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("bad.csv:2"), r.err());
    assertEquals(1, r.err().strip().lines().count(), r.err());
  }
}
