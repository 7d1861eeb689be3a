package io.ccsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccsim.kpi.Format;
import io.ccsim.kpi.Kpi;
import io.ccsim.report.CsvHeader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every CSV file ccsim writes, written by its command, against docs/reports.md's "CSV files": each column is
 * documented for its file, follows the snake_case scheme (with {@code --csv-header snake} where the file
 * keeps summary.json's names by default), and each KPI named in a header has its spelling and unit there.
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class CsvHeadersTest {
  private static final Path DOC = Path.of("..", "docs", "reports.md");
  private static final String DAY = "../scenarios/retail-bank-day.yaml";
  private static final String QUEUE = "../scenarios/single-queue.yaml";
  /** A name ccsim chose, once the names from the scenario and the command line are taken out. */
  private static final Pattern SCHEME = Pattern.compile("[a-z][a-z0-9]*([._][a-z0-9]+)*");
  private static final Pattern STATISTIC = Pattern.compile("(.+)_(mean|ci95|significant)");

  @TempDir static Path dir;

  /** Header per file label of the docs' table, for the default spelling and for snake. */
  private static final Map<String, String> json = new LinkedHashMap<>();
  private static final Map<String, String> snake = new LinkedHashMap<>();
  /** Channels, groups and sweep paths of the scenarios used, longest first (phone-team before phone). */
  private static final List<String> USER_NAMES = List.of("groups.phone-team.count", "arrivals.phone.rate", "phone-team",
      "phone", "chat", "email");

  @BeforeAll
  static void writeEveryCsv() throws IOException {
    for (CsvHeader header : CsvHeader.values()) {
      Map<String, String> into = header == CsvHeader.JSON ? json : snake;
      Path run = dir.resolve("run-" + header);
      ok("run", DAY, "--replications", "2", "--out", run.toString(), "--csv-header", header.toString(), "-q");
      into.put("`channels.csv`", firstLine(run.resolve("channels.csv")));
      into.put("`groups.csv`", firstLine(run.resolve("groups.csv")));
      into.put("`intervals.csv` (run)", firstLine(run.resolve("intervals.csv")));
      Path sweep = dir.resolve("sweep-" + header);
      ok("sweep", QUEUE, "--set", "arrivals.phone.rate=180/h,200/h", "--set", "groups.phone-team.count=14",
          "--replications", "2", "--out", sweep.toString(), "--csv-header", header.toString(), "-q");
      into.put("`sweep.csv`", firstLine(sweep.resolve("sweep.csv")));
    }
    Path compare = dir.resolve("compare");
    ok("compare", "../scenarios/compare-demo/pooled.yaml", "../scenarios/compare-demo/siloed.yaml",
        "--replications", "2", "--report", compare.toString(), "-q");
    Path staff = dir.resolve("staff");
    ok("staff", QUEUE, "--replications", "3", "--out", staff.toString(), "--quiet");
    Path scenario = ArrivalsCommandTest.scenario(dir);
    Path arrivals = dir.resolve("arrivals.csv");
    ok("arrivals", scenario.toString(), "--out", arrivals.toString());
    Path load = dir.resolve("load");
    ok("load", scenario.toString(), "--speed", "7200", "--target", "jsonl:" + dir.resolve("sent.jsonl"), "--report",
        load.toString(), "--interval", "200ms", "--max-rate", "5000/s");
    for (Map<String, String> into : List.of(json, snake)) {
      into.put("`comparison.csv`", firstLine(compare.resolve("comparison.csv")));
      into.put("`staffing.csv`", firstLine(staff.resolve("staffing.csv")));
      into.put("arrivals CSV", firstLine(arrivals));
      into.put("`intervals.csv` (load)", firstLine(load.resolve("intervals.csv")));
    }
  }

  private static void ok(String... args) {
    CliRun run = CliRun.of(args);
    assertEquals(0, run.exitCode(), String.join(" ", args) + ": " + run.err());
  }

  private static String firstLine(Path csv) throws IOException {
    return Files.readAllLines(csv).get(0);
  }

  @Test
  void snakeHeaders_areTheDefaultHeadersRespelled_columnForColumn() {
    for (String file : json.keySet()) {
      List<String> plain = List.of(json.get(file).split(","));
      List<String> respelled = new ArrayList<>();
      for (String column : plain) {
        respelled.add(respell(column));
      }
      assertEquals(String.join(",", respelled), snake.get(file), file);
    }
    assertTrue(json.get("`channels.csv`").contains(",asaSeconds_mean,"), "the default keeps the contract");
    assertTrue(snake.get("`channels.csv`").contains(",asa_seconds_mean,"), "snake follows the scheme");
  }

  @Test
  void everyColumn_withSnakeHeaders_followsTheScheme() {
    for (Map.Entry<String, String> file : snake.entrySet()) {
      for (String column : file.getValue().split(",")) {
        String chosen = withoutUserNames(column);
        assertTrue(SCHEME.matcher(chosen).matches(), file.getKey() + ": " + column + " (" + chosen + ")");
      }
    }
    assertFalse(SCHEME.matcher(withoutUserNames("asaSeconds_mean")).matches(), "the check can fail");
  }

  @Test
  void everyColumn_isDocumentedForItsFile() throws IOException {
    Map<String, Set<String>> documented = documentedColumns();
    Map<String, String> kpis = documentedKpis();
    for (Map<String, String> headers : List.of(json, snake)) {
      for (Map.Entry<String, String> file : headers.entrySet()) {
        Set<String> allowed = documented.getOrDefault(file.getKey(), Set.of());
        assertFalse(allowed.isEmpty(), file.getKey() + " has no rows in " + DOC);
        for (String column : file.getValue().split(",")) {
          String template = template(file.getKey(), column, kpis);
          assertTrue(allowed.contains(template), file.getKey() + ": " + column + " as " + template
              + " is not among " + allowed);
        }
      }
    }
  }

  @Test
  void everyKpiInAHeader_hasItsSnakeNameAndUnitInTheDocs() throws IOException {
    Map<String, String> kpis = documentedKpis();
    Map<String, String> units = documentedUnits();
    Set<String> seen = new TreeSet<>();
    for (String header : json.values()) {
      for (String column : header.split(",")) {
        Matcher m = STATISTIC.matcher(column);
        if (m.matches()) {
          String base = m.group(1);
          seen.add(base.substring(base.lastIndexOf('.') + 1));
        }
      }
    }
    seen.removeIf(k -> k.length() == 1 || k.endsWith("minus_A")); // comparison letters, not KPIs
    for (String key : seen) {
      assertEquals(CsvHeader.snake(key), kpis.get(key), key + " in the docs' KPI table");
      String unit = units.get(key);
      if (key.endsWith("Seconds")) {
        assertEquals("seconds", unit, key);
      }
      for (io.ccsim.kpi.Scope scope : io.ccsim.kpi.Scope.values()) {
        Kpi.byKey(scope, key).filter(k -> k.format() == Format.PERCENT)
            .ifPresent(k -> assertEquals("fraction", unit, key));
      }
    }
    assertTrue(seen.containsAll(List.of("serviceLevel", "occupancy", "queueLength", "waitP90Seconds")), seen.toString());
  }

  /** One column in the snake scheme, as {@code --csv-header snake} writes it: user names are not respelled. */
  private static String respell(String column) {
    for (String name : USER_NAMES) {
      if (column.equals(name) || column.equals(name + "_per_hour")) {
        return column;
      }
    }
    Matcher m = STATISTIC.matcher(column);
    String base = m.matches() ? m.group(1) : column;
    String suffix = m.matches() ? column.substring(base.length()) : "";
    int dot = base.lastIndexOf('.');
    if (m.matches() && base.matches("[A-Z](_minus_A)?")) {
      return column;
    }
    return base.substring(0, dot + 1) + CsvHeader.snake(base.substring(dot + 1)) + suffix;
  }

  private static String withoutUserNames(String column) {
    String out = column;
    for (String name : USER_NAMES) {
      out = out.replace(name, "x");
    }
    return out.replaceAll("^[A-Z](?=_)", "x").replace("_minus_A_", "_minus_x_");
  }

  /** The column as the docs write it: KPI, CHANNEL, GROUP, PATH and LETTER for what varies. */
  private static String template(String file, String column, Map<String, String> kpis) {
    for (String path : List.of("arrivals.phone.rate", "groups.phone-team.count")) {
      if (column.equals(path)) {
        return "PATH";
      }
      if (column.equals(path + "_per_hour")) {
        return "PATH_per_hour";
      }
    }
    if (file.equals("`staffing.csv`") && column.equals("phone-team")) {
      return "GROUP";
    }
    Matcher m = STATISTIC.matcher(column);
    if (!m.matches()) {
      return column;
    }
    String base = m.group(1);
    String suffix = column.substring(base.length());
    if (base.matches("[A-Z]")) {
      return "LETTER" + suffix;
    }
    if (base.matches("[A-Z]_minus_A")) {
      return "LETTER_minus_A" + suffix;
    }
    int dot = base.lastIndexOf('.');
    String key = base.substring(dot + 1);
    String kpi = kpis.containsKey(key) || kpis.containsValue(key) ? "KPI" : key;
    String subject = dot < 0 ? "" : base.startsWith("groups.") ? "groups.GROUP." : "CHANNEL.";
    return subject + kpi + suffix;
  }

  /** The docs' table of files and columns: file label to every column name in backticks of its rows. */
  private static Map<String, Set<String>> documentedColumns() throws IOException {
    Map<String, Set<String>> columns = new HashMap<>();
    for (String[] row : tableRows("| file | column | holds |")) {
      Matcher ticks = Pattern.compile("`([^`]+)`").matcher(row[1]);
      while (ticks.find()) {
        columns.computeIfAbsent(row[0], k -> new TreeSet<>()).add(ticks.group(1));
      }
    }
    return columns;
  }

  private static Map<String, String> documentedKpis() throws IOException {
    Map<String, String> kpis = new HashMap<>();
    for (String[] row : tableRows("| KPI (json) | snake | unit | in |")) {
      kpis.put(row[0].replace("`", ""), row[1].replace("`", ""));
    }
    return kpis;
  }

  private static Map<String, String> documentedUnits() throws IOException {
    Map<String, String> units = new HashMap<>();
    for (String[] row : tableRows("| KPI (json) | snake | unit | in |")) {
      units.put(row[0].replace("`", ""), row[2]);
    }
    return units;
  }

  /** The cells of the table under {@code header} in docs/reports.md, trimmed, without the separator row. */
  private static List<String[]> tableRows(String header) throws IOException {
    List<String> lines = Files.readAllLines(DOC);
    int start = lines.indexOf(header);
    assertTrue(start >= 0, DOC + " has no table " + header);
    List<String[]> rows = new ArrayList<>();
    for (int i = start + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
      String line = lines.get(i);
      String[] cells = line.substring(1, line.length() - 1).split("\\|");
      for (int c = 0; c < cells.length; c++) {
        cells[c] = cells[c].trim();
      }
      rows.add(cells);
    }
    return rows;
  }
}
