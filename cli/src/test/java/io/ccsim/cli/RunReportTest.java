package io.ccsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunReportTest {
  @TempDir Path dir;

  @Test
  void report_writesHtmlChartsSummaryAndCsv_byteIdenticalForAnyThreadCount() throws IOException {
    String scenario = TestScenarios.path("siloed.yaml");
    Path one = dir.resolve("one");
    Path two = dir.resolve("two");
    CliRun run = CliRun.of("run", scenario, "--replications", "4", "--threads", "1", "--report", one.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("Siloed teams"), "the table is still printed");
    assertEquals(0, CliRun.of("run", scenario, "--replications", "4", "--threads", "2", "--report", two.toString())
        .exitCode());
    for (String name : List.of("report.html", "summary.json", "channels.csv", "groups.csv",
        "charts/wait-percentiles.png", "charts/wait-percentiles.svg", "charts/occupancy.png", "charts/occupancy.svg")) {
      assertTrue(Files.size(one.resolve(name)) > 0, name);
      assertArrayEquals(Files.readAllBytes(one.resolve(name)), Files.readAllBytes(two.resolve(name)), name);
    }
    String html = Files.readString(one.resolve("report.html"));
    assertTrue(html.contains("<section id=\"scenario\">") && html.contains("<section id=\"kpis\">"), "sections");
    assertTrue(html.contains("80% within 20s (answered within T / offered)"), "the scenario in brief");
    assertFalse(html.contains("id=\"service-level-intervals\""), "no interval data yet, so no interval section");
    assertFalse(html.contains("http://") || html.contains("https://"));
  }
}
