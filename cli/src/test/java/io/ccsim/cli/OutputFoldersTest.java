package io.ccsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Output places are checked before anything is simulated: exit 2, one line naming the option, nothing
 * printed on stdout (the run never started), and the place untouched.
 */
class OutputFoldersTest {
  @TempDir Path dir;

  private final String scenario = TestScenarios.path("well-staffed.yaml");

  private Path aFile() throws IOException {
    return Files.writeString(dir.resolve("results"), "not a folder");
  }

  private static void assertRefused(CliRun r, String option) {
    assertEquals(2, r.exitCode(), r.err());
    assertEquals(1, r.errLines().length, r.err());
    assertTrue(r.err().startsWith("ccsim: " + option + ": "), r.err());
    assertEquals("", r.out(), "nothing ran");
  }

  @Test
  void runOut_onAnExistingFile_isRefusedBeforeSimulating() throws IOException {
    Path file = aFile();
    CliRun r = CliRun.of("run", scenario, "--out", file.toString());
    assertRefused(r, "--out");
    assertTrue(r.err().contains("is an existing file"), r.err());
    assertEquals("not a folder", Files.readString(file));
  }

  @Test
  void runReport_underAFile_isRefusedBeforeSimulating() throws IOException {
    CliRun r = CliRun.of("run", scenario, "--report", aFile().resolve("report").toString());
    assertRefused(r, "--report");
    assertTrue(r.err().contains("which is a file"), r.err());
  }

  @Test
  void compareSweepCheckAndLoad_checkTheirOutputsFirst() throws IOException {
    Path file = aFile();
    assertRefused(CliRun.of("compare", scenario, TestScenarios.path("understaffed.yaml"), "--report",
        file.toString()), "--report");
    assertRefused(CliRun.of("sweep", scenario, "--set", "groups.phone-team.count=14..15", "--out",
        file.resolve("sweep").toString()), "--out");
    assertRefused(CliRun.of("check", scenario, "--expect", "phone.serviceLevel >= 0.5", "--junit",
        file.resolve("check.xml").toString()), "--junit");
    assertRefused(CliRun.of("load", scenario, "--speed", "3600", "--target", "jsonl:" + dir.resolve("events.jsonl"),
        "--report", file.toString()), "--report");
    assertFalse(Files.exists(dir.resolve("events.jsonl")), "nothing was sent");
  }

  @Test
  void reusedFolder_keepsOnlyThisRunsFiles() throws IOException {
    Path out = dir.resolve("out");
    Path withIntervals = Files.writeString(dir.resolve("intervals.yaml"),
        Files.readString(Path.of(scenario)).replace("horizon: 21h", "horizon: 21h\ninterval: 1h"));
    assertEquals(0, CliRun.of("run", withIntervals.toString(), "--replications", "2", "--out", out.toString())
        .exitCode());
    assertTrue(Files.exists(out.resolve("intervals.csv")));
    Files.writeString(out.resolve("notes.txt"), "mine");
    CliRun second = CliRun.of("run", scenario, "--replications", "2", "--out", out.toString());
    assertEquals(0, second.exitCode(), second.err());
    assertFalse(Files.exists(out.resolve("intervals.csv")), "the earlier run's intervals.csv is removed");
    assertTrue(Files.exists(out.resolve("summary.json")));
    assertEquals("mine", Files.readString(out.resolve("notes.txt")), "files ccsim did not write are kept");
  }
}
