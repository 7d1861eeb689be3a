package io.ccsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Opens `ccsim show` of the multi- vs omni-channel pair in a real browser (Debian's headless chromium
 * through chromedriver, as {@link ReportBrowserTest}): both panes animate (snapshots arrive, clocks and
 * counts move), Pause stops the clock, Step fires the next event, and at the end the KPIs the page shows
 * are those of `ccsim run FILE --replications 1 --seed S` and the report link opens. Saves a screenshot
 * of the running page as target/browser/show.png (docs/images/show.png is a copy).
 */
@Tag("browser")
class ShowBrowserTest {
  private static final Path OUT = HeadlessChromium.OUT;

  private static HeadlessChromium browser;
  private static ChromeDriver driver;

  @BeforeAll
  static void startBrowser() throws IOException {
    browser = HeadlessChromium.start(1400, 1300);
    driver = browser.driver;
  }

  @AfterAll
  static void stopBrowser() throws IOException {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  @Timeout(120)
  void showPage_animatesBothPanes_pausesAndSteps_andEndsWithTheBatchRunsKpis() throws Exception {
    try (RunningShow show = new RunningShow(ShowCommandTest.MULTI, ShowCommandTest.OMNI, "--speed", "1200")) {
      driver.get(show.uri.toString());
      JavascriptExecutor js = driver;
      WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));

      // Both panes animate: snapshots keep arriving and each pane's clock and arrivals move on.
      wait.until(d -> number(js, "return window.ccsimShow.snapshots") >= 3
          && driver.findElements(By.cssSelector("section.pane")).size() == 2);
      double[] arrived = {pane("A", "arrived"), pane("B", "arrived")};
      double[] now = {pane("A", "now"), pane("B", "now")};
      double snapshots = number(js, "return window.ccsimShow.snapshots");
      wait.until(d -> number(js, "return window.ccsimShow.snapshots") > snapshots + 5
          && pane("A", "arrived") > arrived[0] && pane("B", "arrived") > arrived[1]
          && pane("A", "now") > now[0] && pane("B", "now") > now[1]);
      assertEquals(2, driver.findElements(By.cssSelector("section.pane canvas.chart")).size());

      // Into the measured part, so the screenshot has running KPIs, queues and busy agents.
      driver.findElement(By.id("faster")).click();
      driver.findElement(By.id("faster")).click();
      wait.until(d -> pane("A", "now") > 6 * 3600);
      driver.findElement(By.id("pause")).click();
      wait.until(d -> "paused".equals(driver.findElement(By.id("state")).getText().toLowerCase()));
      assertEquals("Resume", driver.findElement(By.id("pause")).getText());
      // Best effort for the screenshot: a moment when a call has paused someone's email on the right.
      for (int i = 0; i < 20 && pausedItems(js, 1) == 0; i++) {
        driver.findElement(By.id("pause")).click();
        wait.until(d -> "running".equals(driver.findElement(By.id("state")).getText().toLowerCase()));
        Thread.sleep(100);
        driver.findElement(By.id("pause")).click();
        wait.until(d -> "paused".equals(driver.findElement(By.id("state")).getText().toLowerCase()));
      }
      double pausedAt = pane("A", "now");
      double events = pane("A", "events") + pane("B", "events");
      Thread.sleep(500);
      assertEquals(pausedAt, pane("A", "now"), "the clock stands while paused");
      assertTrue(!driver.findElements(By.cssSelector("#pane-A td.running[data-kpi='phone.serviceLevel']")).isEmpty());
      Files.write(OUT.resolve("show.png"), driver.getScreenshotAs(OutputType.BYTES));

      // Step: the next event fires (in either center), still paused.
      driver.findElement(By.id("step")).click();
      wait.until(d -> pane("A", "events") + pane("B", "events") > events);
      assertTrue(pane("A", "events") + pane("B", "events") <= events + 4, "one step is one moment");
      assertEquals("paused", driver.findElement(By.id("state")).getText().toLowerCase());

      // Resume fast to the end: final KPIs as the batch run's, and the report link opens.
      for (int i = 0; i < 9; i++) {
        driver.findElement(By.id("faster")).click();
      }
      driver.findElement(By.id("pause")).click();
      new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> driver.findElement(By.id("report")).isDisplayed());
      JsonNode done = new ObjectMapper().readTree((String) js.executeScript("return JSON.stringify(window.ccsimShow.last)"));
      assertEquals("done", done.get("state").asText());
      ShowCommandTest.assertFinalKpisEqualTheBatchRun(done, List.of(ShowCommandTest.MULTI, ShowCommandTest.OMNI),
          done.get("seed").asLong());
      assertDrawnFinalKpisEqualTheBatchRun(done.get("seed").asLong());
      Files.write(OUT.resolve("show-done.png"), driver.getScreenshotAs(OutputType.BYTES));

      String report = driver.findElement(By.id("report")).getAttribute("href");
      assertTrue(report.startsWith(show.uri.toString()), report);
      driver.get(report);
      wait.until(d -> "complete".equals(js.executeScript("return document.readyState")));
      assertTrue(driver.getPageSource().contains("Omni-channel"), "the comparison report");

      List<String> errors = new ArrayList<>();
      for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
        if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
          errors.add(entry.getMessage());
        }
      }
      assertEquals(List.of(), errors, "console errors");
    }
  }

  /** The numbers in the final KPI cells (data-value) equal `ccsim run`'s, for both panes. */
  private static void assertDrawnFinalKpisEqualTheBatchRun(long seed) {
    String[] files = {ShowCommandTest.MULTI, ShowCommandTest.OMNI};
    for (int i = 0; i < 2; i++) {
      JsonNode summary = CliRun.of("run", files[i], "--replications", "1", "--seed", String.valueOf(seed), "--json").json();
      List<WebElement> cells = driver.findElements(By.cssSelector("#pane-" + (char) ('A' + i) + " td.final[data-kpi]"));
      assertTrue(cells.size() >= 10, "final KPI cells: " + cells.size());
      for (WebElement cell : cells) {
        String[] key = cell.getAttribute("data-kpi").split("\\.");
        JsonNode batch = key[0].equals("groups") ? summary.at("/groups/" + key[1] + "/" + key[2] + "/mean")
            : summary.at("/channels/" + key[0] + "/" + key[1] + "/mean");
        String value = cell.getAttribute("data-value");
        if (batch.isNull()) {
          assertEquals("", value, String.join(".", key));
        } else {
          assertEquals(batch.asDouble(), Double.parseDouble(value), String.join(".", key));
        }
      }
    }
  }

  private static double pane(String letter, String field) {
    return Double.parseDouble(driver.findElement(By.id("pane-" + letter)).getAttribute("data-" + field));
  }

  /** Items paused by a call in pane {@code center}'s first group, in the page's last snapshot. */
  private static double pausedItems(JavascriptExecutor js, int center) {
    return number(js, "return window.ccsimShow.last.centers[" + center + "].groups[0].agents"
        + ".filter(a => a.items.some(it => it.state === 'paused')).length");
  }

  private static double number(JavascriptExecutor js, String script) {
    Object value = js.executeScript(script);
    return value == null ? Double.NaN : ((Number) value).doubleValue();
  }

}
