package io.ccsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Opens the run, comparison and load reports in a real browser (Debian's headless chromium through
 * chromedriver): every chart must render, the console must stay free of errors, nothing may be fetched
 * from the network, the headline panel must open the page, and the comparison must print. Saves the
 * headline panels, screenshots and the PDF under target/browser/.
 *
 * <p>Runs with {@code -Pbrowser} (as .ci/run does after installing chromium and chromium-driver);
 * excluded from a plain build. Compares scenarios/omni-vs-multi/*.yaml when that folder exists, else
 * scenarios/compare-demo/*.yaml.
 */
@Tag("browser")
class ReportBrowserTest {
  private static final Path OUT = HeadlessChromium.OUT;

  private static HeadlessChromium browser;
  private static ChromeDriver driver;

  @BeforeAll
  static void startBrowser() throws IOException {
    browser = HeadlessChromium.start(1280, 1600);
    driver = browser.driver;
  }

  @AfterAll
  static void stopBrowser() throws IOException {
    if (browser != null) {
      browser.close();
    }
  }

  private static List<String> scenarios() throws IOException {
    Path omni = Path.of("..", "scenarios", "omni-vs-multi");
    Path folder = Files.isDirectory(omni) ? omni : Path.of("..", "scenarios", "compare-demo");
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(p -> p.toString().endsWith(".yaml")).map(Path::toString).sorted().toList();
    }
  }

  /**
   * Opens a report and checks it: every chart rendered, nothing fetched, no console errors, a headline
   * panel at the top. Saves the headline as NAME-headline.png.
   */
  private static void open(Path report, String name) throws IOException {
    driver.get(report.resolve("report.html").toAbsolutePath().toUri().toString());
    JavascriptExecutor js = driver;
    new WebDriverWait(driver, Duration.ofSeconds(30)).until(d ->
        "complete".equals(js.executeScript("return document.readyState"))
            && Boolean.TRUE.equals(js.executeScript(
                "return Array.from(document.images).every(i => i.complete)")));

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> images = (List<Map<String, Object>>) js.executeScript(
        "return Array.from(document.images).map(i => ({alt: i.alt, w: i.naturalWidth, h: i.naturalHeight}))");
    long charts;
    try (Stream<Path> files = Files.list(report.resolve("charts"))) {
      charts = files.filter(p -> p.toString().endsWith(".svg")).count();
    }
    assertEquals(charts, images.size(), "one image per chart: " + images);
    for (Map<String, Object> image : images) {
      assertTrue(((Number) image.get("w")).longValue() > 0 && ((Number) image.get("h")).longValue() > 0,
          "chart did not render: " + image);
    }
    Number resources = (Number) js.executeScript("return performance.getEntriesByType('resource').length");
    assertEquals(0, resources.intValue(), "the report fetched something");

    List<String> errors = new ArrayList<>();
    for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
      if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
        errors.add(entry.getMessage());
      }
    }
    assertEquals(List.of(), errors, "console errors");

    WebElement headline = driver.findElement(By.id("headline"));
    Number top = (Number) js.executeScript("return arguments[0].getBoundingClientRect().top", headline);
    assertTrue(top.doubleValue() < 400, "the headline is at the top of the page: " + top);
    assertTrue(headline.getText().contains("At a glance"), headline.getText());
    Files.write(OUT.resolve(name + "-headline.png"), headline.getScreenshotAs(OutputType.BYTES));
  }

  @Test
  void runReport_opensWithItsHeadline() throws IOException {
    Path report = OUT.resolve("run-report");
    CliRun run = CliRun.of("run", Path.of("..", "scenarios", "email-blending.yaml").toString(), "--report",
        report.toString(), "--quiet");
    assertEquals(0, run.exitCode(), run.err());
    open(report, "run-report");
    assertTrue(driver.findElement(By.id("headline")).getText().matches("(?s).*phone: .* answered within .*target.*"),
        driver.findElement(By.id("headline")).getText());
  }

  @Test
  void loadReport_opensWithItsHeadline() throws IOException {
    Path report = OUT.resolve("load-report");
    Path sent = Files.createTempFile("ccsim-browser-", ".jsonl");
    CliRun run = CliRun.of("load", Path.of("..", "scenarios", "email-blending.yaml").toString(), "--speed", "36000",
        "--max-contacts", "3000", "--max-rate", "5000/s", "--target", "jsonl:" + sent, "--report", report.toString(),
        "--abort-if", "p99 > 500ms", "--abort-if", "errors > 1%");
    Files.deleteIfExists(sent);
    assertEquals(0, run.exitCode(), run.err());
    open(report, "load-report");
    assertTrue(driver.findElement(By.id("headline")).getText().contains("p99 > 500ms: observed"),
        driver.findElement(By.id("headline")).getText());
    Number overflow = (Number) ((JavascriptExecutor) driver).executeScript(
        "const t = document.querySelector('#figures table');"
            + " return t.scrollWidth - t.parentElement.clientWidth");
    assertTrue(overflow.intValue() <= 0, "the figures table fits a 1280 px window: " + overflow + " px too wide");
  }

  @Test
  void compareReport_rendersEveryChart_withoutConsoleErrorsOrNetwork_andPrints() throws IOException {
    Path report = OUT.resolve("compare-report");
    List<String> args = new ArrayList<>(List.of("compare"));
    args.addAll(scenarios());
    args.addAll(List.of("--report", report.toString(), "--quiet"));
    CliRun run = CliRun.of(args.toArray(String[]::new));
    assertEquals(0, run.exitCode(), run.err());
    open(report, "compare-report");
    JavascriptExecutor js = driver;
    long charts;
    try (Stream<Path> files = Files.list(report.resolve("charts"))) {
      charts = files.filter(p -> p.toString().endsWith(".svg")).count();
    }
    assertTrue(charts >= 5, "charts written: " + charts);

    js.executeScript("window.scrollTo(0, 0)");
    Files.write(OUT.resolve("compare-report.png"), driver.getScreenshotAs(OutputType.BYTES));
    js.executeScript("document.getElementById('charts').scrollIntoView()");
    Files.write(OUT.resolve("compare-report-charts.png"), driver.getScreenshotAs(OutputType.BYTES));
    js.executeScript("document.getElementById('side-by-side').scrollIntoView()");
    Files.write(OUT.resolve("compare-report-tables.png"), driver.getScreenshotAs(OutputType.BYTES));

    byte[] pdf = Base64.getDecoder().decode(driver.print(new PrintOptions()).getContent());
    assertTrue(pdf.length > 10_000 && new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1).equals("%PDF-"),
        "the page prints");
    Files.write(OUT.resolve("compare-report.pdf"), pdf);
  }
}
