package io.ccsim.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccsim.kpi.Kpi;
import io.ccsim.kpi.Scope;
import io.ccsim.kpi.View;
import io.ccsim.model.Scenario;
import io.ccsim.run.ChannelSummary;
import io.ccsim.run.ReplicationRunner;
import io.ccsim.run.RunResult;
import io.ccsim.run.Summary;
import io.ccsim.stats.Estimate;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * docs/library.md's example, run as written: the doc's {@code ```java} block must be exactly the
 * lines between the markers below, so the page cannot drift from code that compiles and runs.
 */
class LibraryExampleTest {
  private static final Path SOURCE = Path.of("src", "test", "java", "io", "ccsim", "config", "LibraryExampleTest.java");
  private static final Path DOC = Path.of("..", "docs", "library.md");

  @Test
  void example_loadsRunsAndReadsTheSummaryThroughTheKpiCatalogue() {
    Path file = Path.of("..", "scenarios", "single-queue.yaml");
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);
    // library.md example: start
    Scenario scenario = ScenarioLoader.load(file);                 // a ScenarioException says what is wrong
    Scenario quick = scenario.withRun(scenario.seed(), 5);           // same seed, 5 replications
    RunResult run = ReplicationRunner.run(quick, 2, null);           // 2 threads; null: no progress reports
    Summary summary = run.summary();                                 // what summary.json holds
    for (Map.Entry<String, ChannelSummary> channel : summary.channels().entrySet()) {
      for (Kpi kpi : Kpi.shownIn(Scope.CHANNEL, View.REPORT)) {      // every KPI a report shows, in order
        Estimate e = channel.getValue().get(kpi);                    // mean and 95% CI half-width
        out.printf(Locale.ROOT, "%s %s: %.4f ± %.4f%n", channel.getKey(), kpi.label(), e.mean(), e.ci95());
      }
    }
    Estimate phone = summary.estimate(Kpi.SERVICE_LEVEL, "phone").orElseThrow();
    boolean met = phone.mean() >= summary.channels().get("phone").serviceLevelTarget();
    // library.md example: end
    String text = printed.toString(StandardCharsets.UTF_8);
    assertTrue(text.startsWith("phone offered: "), text);
    assertTrue(text.contains("phone service level: "), text);
    assertEquals(5, run.replicationCount());
    assertTrue(phone.mean() > 0 && phone.mean() <= 1 && phone.ci95() > 0, phone.toString());
    assertEquals(met, phone.mean() >= 0.8);
  }

  @Test
  void docExample_isTheTestedCode() throws IOException {
    String source = Files.readString(SOURCE);
    String start = "// library.md example: start\n";
    String end = "    // library.md example: end";
    String tested = source.substring(source.indexOf(start) + start.length(), source.indexOf(end))
        .lines().map(l -> l.startsWith("    ") ? l.substring(4) : l).reduce("", (a, b) -> a + b + "\n");
    String doc = Files.readString(DOC);
    String block = doc.substring(doc.indexOf("```java\n") + "```java\n".length());
    block = block.substring(0, block.indexOf("```"));
    assertEquals(tested, block, "docs/library.md's example differs from LibraryExampleTest's");
  }
}
