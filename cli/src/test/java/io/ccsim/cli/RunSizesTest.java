package io.ccsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue #17's observed sizes through the command line: one line and exit 2, or a run within limits. */
class RunSizesTest {
  @TempDir Path dir;

  private Path scenario(String from, String to) throws IOException {
    String base = Files.readString(Path.of(TestScenarios.path("well-staffed.yaml")));
    assertTrue(base.contains(from), from);
    return Files.writeString(dir.resolve("s.yaml"), base.replace(from, to));
  }

  private static void assertOneLine(CliRun r, int code, String gist) {
    assertEquals(code, r.exitCode(), r.err());
    assertEquals(1, r.errLines().length, r.err());
    assertTrue(r.err().contains(gist), r.err());
    assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
  }

  @Test
  void hundredMillionAgents_isRefusedOnEveryEngine_byTheLimit() throws IOException {
    Path file = scenario("count: 15", "count: 100000000");
    for (String engine : List.of("auto", "general", "single-skill")) {
      assertOneLine(CliRun.of("run", file.toString(), "--engine", engine), 2,
          "agents[0].count: 100000000 is more than the limit of 10000000 agents per group");
    }
    assertOneLine(CliRun.of("validate", file.toString()), 2, "limit of 10000000");
  }

  @Test
  void noPatienceOverload_isRefusedBeforeRunning() throws IOException {
    Path file = scenario("    patience: { distribution: exponential, mean: 300s }\n", "")
        .resolveSibling("s.yaml");
    Files.writeString(file, Files.readString(file).replace("rate: 200/h", "rate: 5000000/h"));
    assertOneLine(CliRun.of("run", file.toString()), 2, "arrivals[0].rate: ");
    assertOneLine(CliRun.of("validate", file.toString()), 2, "contacts at once (no patience");
  }

  @Test
  void hugeHorizon_isRefused_andALongOneIsAnnounced() throws IOException {
    assertOneLine(CliRun.of("validate", scenario("horizon: 21h", "horizon: 100000000h").toString()), 2,
        "horizon: '100000000h' is longer than the limit of 3650d");
  }

  @Test
  void sweepPointsThatDoNotFit_areRefusedBeforeRunning() throws IOException {
    Path file = scenario("    patience: { distribution: exponential, mean: 300s }\n", "");
    assertOneLine(CliRun.of("sweep", file.toString(), "--set", "arrivals.phone.rate=200,5000000/h", "--out",
        dir.resolve("sweep").toString()), 2, "--set: at arrivals.phone.rate=5000000/h one replication needs about");
    assertFalse(Files.exists(dir.resolve("sweep")));
  }

  /** In a process of its own, so that the stopped simulation ends with it. */
  @Test
  void maxWall_stopsAHugeRun_withExit1_andWritesNothing() throws Exception {
    Path file = scenario("rate: 200/h", "rate: 100000/s").resolveSibling("s.yaml");
    Files.writeString(file, Files.readString(file).replace("horizon: 21h", "horizon: 3000d").replace("warmup: 1h\n", "")
        .replace("mean: 300s }", "mean: 300s }\n    queueCapacity: 50"));
    Path out = dir.resolve("out");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
        Main.class.getName(), "run", file.toString(), "--max-wall", "2s", "--replications", "1", "--out",
        out.toString()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "ended");
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(1, p.exitValue(), err);
    List<String> lines = err.lines().toList();
    assertEquals(2, lines.size(), err);
    assertTrue(lines.get(0).startsWith("ccsim: this run simulates about 2.6e+13 contacts"), err);
    assertEquals("ccsim: stopped by --max-wall 2s: 0 of 1 replications had finished; no results were written",
        lines.get(1));
    assertFalse(Files.exists(out));
    assertEquals(List.of("s.yaml"), List.of(dir.toFile().list()), "nothing staged beside the output" + File.separator);
  }
}
