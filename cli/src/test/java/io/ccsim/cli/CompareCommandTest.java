package io.ccsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccsim.report.SummaryJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareCommandTest {
  private static final String SILOED = TestScenarios.path("siloed.yaml");
  private static final String POOLED = TestScenarios.path("pooled.yaml");

  @TempDir Path dir;

  @Test
  void siloedVsPooled_sameDemand_pooledIsSignificantlyBetterOnChat() {
    CliRun run = CliRun.of("compare", SILOED, POOLED, "--threads", "2");
    assertEquals(0, run.exitCode(), run.err());
    String out = run.out();
    assertTrue(out.contains("A = Siloed teams (" + SILOED + ")"), out);
    assertTrue(out.contains("B = Pooled team"), out);
    assertTrue(out.contains("seed 2024, 10 replications each"), out);
    // Common random numbers: same-named channels see the very same arrivals, so offered is identical.
    Matcher offered = Pattern.compile("offered\\s+(\\S+ ± \\S+)\\s+(\\S+ ± \\S+)\\s+\\+0\\.0 ± 0\\.0\\s").matcher(out);
    assertTrue(offered.find(), out);
    assertEquals(offered.group(1), offered.group(2));
    String chat = out.substring(out.indexOf("\nchat "));
    String serviceLevel = chat.lines().filter(l -> l.startsWith("service level")).findFirst().orElseThrow();
    assertTrue(serviceLevel.endsWith("*"), serviceLevel);
    assertTrue(serviceLevel.contains("+"), serviceLevel);
    assertTrue(out.contains("all agents"), out);
  }

  @Test
  void report_writesSelfContainedHtmlChartsCsvAndSummaries() throws IOException {
    Path report = dir.resolve("report");
    CliRun run = CliRun.of("compare", SILOED, POOLED, "--replications", "4", "--report", report.toString());
    assertEquals(0, run.exitCode(), run.err());
    String html = Files.readString(report.resolve("report.html"), StandardCharsets.UTF_8);
    assertTrue(html.startsWith("<!DOCTYPE html>"));
    assertFalse(html.contains("http://") || html.contains("https://"), "no network resources");
    assertFalse(html.contains("<script"), "no scripts");
    for (String chart : List.of("compare-serviceLevel", "compare-asaSeconds", "compare-abandonRate",
        "compare-waitP90Seconds", "compare-ahtSeconds", "compare-occupancy", "compare-wait-percentiles",
        "a-wait-percentiles", "b-wait-percentiles", "a-occupancy",
        "b-occupancy")) {
      assertTrue(Files.size(report.resolve("charts/" + chart + ".png")) > 1000, chart);
      assertTrue(Files.readString(report.resolve("charts/" + chart + ".svg")).contains("</svg>"), chart);
      assertTrue(html.contains("id=\"chart-" + chart + "\""), chart);
    }
    assertEquals(11, html.split("<img src=\"data:image/svg\\+xml;base64,", -1).length - 1);
    String csv = Files.readString(report.resolve("comparison.csv"));
    assertTrue(csv.startsWith("subject,kpi,A_mean,A_ci95,B_mean,B_ci95,B_minus_A_mean,B_minus_A_ci95,B_minus_A_significant\n"),
        csv);
    assertTrue(csv.contains("\nchat,serviceLevel,"), csv);
    assertEquals("Siloed teams", SummaryJson.parse(Files.readString(report.resolve("summary-a.json")))
        .get("scenario").asText());
    assertEquals(4, SummaryJson.parse(Files.readString(report.resolve("summary-b.json"))).get("replications").asInt());
  }

  @Test
  void report_isByteIdenticalForAnyThreadCount() throws IOException {
    Path one = dir.resolve("one");
    Path two = dir.resolve("two");
    assertEquals(0, CliRun.of("compare", SILOED, POOLED, "--replications", "3", "--threads", "1",
        "--report", one.toString()).exitCode());
    assertEquals(0, CliRun.of("compare", SILOED, POOLED, "--replications", "3", "--threads", "2",
        "--report", two.toString()).exitCode());
    for (String name : List.of("report.html", "comparison.csv", "summary-a.json", "charts/compare-serviceLevel.png",
        "charts/a-wait-percentiles.svg")) {
      assertArrayEquals(Files.readAllBytes(one.resolve(name)), Files.readAllBytes(two.resolve(name)), name);
    }
  }

  @Test
  void scenarioWithItself_noSignificantDifferences() {
    CliRun run = CliRun.of("compare", SILOED, SILOED, "--replications", "3");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().lines().noneMatch(l -> l.endsWith("*")), run.out());
    // Same names: the labels fall back to file names.
    assertTrue(run.out().contains("A = siloed.yaml"), run.out());
  }

  @Test
  void badInput_exitsTwoWithOneLine() {
    CliRun one = CliRun.of("compare", SILOED);
    assertEquals(2, one.exitCode());
    CliRun missing = CliRun.of("compare", SILOED, dir.resolve("nope.yaml").toString());
    assertEquals(2, missing.exitCode());
    assertEquals(1, missing.errLines().length, missing.err());
    assertTrue(missing.err().contains("nope.yaml"), missing.err());
  }
}
