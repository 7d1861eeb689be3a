package io.ccsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16's target: the scenario that {@code ccsim fit} estimates from the bank's January log reproduces the
 * month's recorded KPIs over the workdays (abandonment within 3 points, service level within 8, ASA within
 * 25%), read from the table {@code run --against} prints.
 */
class JanuaryFitTest {
  static final Path MONTH = Path.of("../scenarios/anonymous-bank/anonymous-bank-1999-01.tsv");

  @TempDir Path dir;

  @Test
  void fittedJanuary_runAgainstTheMonth_isWithinTheIssuesLimits() {
    Path out = dir.resolve("fitted");
    CliRun fit = CliRun.of("fit", MONTH.toString(), "--format", "anonymous-bank", "--out", out.toString());
    assertEquals(0, fit.exitCode(), fit.err());
    assertTrue(fit.out().contains("After-call time (written to every channel as wrapUp)"), fit.out());

    CliRun run = CliRun.of("run", out.resolve("scenario.yaml").toString(), "--against", MONTH.toString(),
        "--replications", "400", "--seed", "1");
    assertEquals(0, run.exitCode(), run.err());
    String table = run.out();
    assertTrue(table.contains("service level = answered within 20 s / offered"), table);
    assertEquals(10.90, recorded(table, "abandonment"), 1e-9);
    assertTrue(Math.abs(difference(table, "abandonment", "pt")) <= 3, table);
    assertTrue(Math.abs(difference(table, "service level", "pt")) <= 8, table);
    assertTrue(Math.abs(difference(table, "ASA \\(s\\)", "%")) <= 25, table);
  }

  @Test
  void byDate_replaysEachDate_andRanksTheDatesAsTheBankRecordedThem() throws java.io.IOException {
    Path out = dir.resolve("by-date");
    CliRun fit = CliRun.of("fit", MONTH.toString(), "--format", "anonymous-bank", "--by-date", "--out", out.toString());
    assertEquals(0, fit.exitCode(), fit.err());
    String yaml = java.nio.file.Files.readString(out.resolve("scenario.yaml"));
    assertTrue(yaml.contains("\ndays: 19\n") && yaml.contains("ratesByDay: [[") && yaml.contains("agentsByDay: [[")
        && !yaml.contains("busyness"), yaml.substring(0, 2000));

    Path results = dir.resolve("by-date-results");
    CliRun run = CliRun.of("run", out.resolve("scenario.yaml").toString(), "--against", MONTH.toString(),
        "--replications", "20", "--out", results.toString());
    assertEquals(0, run.exitCode(), run.err());
    for (String chart : List.of("against-days-abandonment", "against-days-service-level", "against-abandonment")) {
      assertTrue(java.nio.file.Files.size(results.resolve("charts/" + chart + ".png")) > 1000, chart);
      assertTrue(java.nio.file.Files.exists(results.resolve("charts/" + chart + ".svg")), chart);
    }
    Matcher m = Pattern.compile("(?m)^(1999-01-\\d\\d) +(\\d+) +([0-9.]+) +([0-9.]+)% +([0-9.]+)%").matcher(run.out());
    List<double[]> days = new java.util.ArrayList<>();
    while (m.find()) {
      days.add(new double[] {Double.parseDouble(m.group(2)), Double.parseDouble(m.group(3)),
          Double.parseDouble(m.group(4)), Double.parseDouble(m.group(5))});
    }
    assertEquals(19, days.size(), run.out());
    assertTrue(run.out().contains("1999-01-04      1755"), run.out());
    // Each date's volume is that date's: within 5% (the VRU's drop-out is the month's share every date).
    for (double[] d : days) {
      assertEquals(d[0], d[1], 0.05 * d[0], run.out());
    }
    // The dates the bank lost most callers on are the simulation's too.
    double r = correlation(days.stream().mapToDouble(d -> d[2]).toArray(), days.stream().mapToDouble(d -> d[3]).toArray());
    assertTrue(r > 0.8, "correlation of the dates' abandonment " + r + "\n" + run.out());
  }

  private static double correlation(double[] x, double[] y) {
    return new org.apache.commons.math3.stat.correlation.PearsonsCorrelation().correlation(x, y);
  }

  /** The recorded figure of a KPI row of the per-day table. */
  private static double recorded(String table, String kpi) {
    return Double.parseDouble(row(table, kpi).group(1));
  }

  /** The difference column of a KPI row: points or percent. */
  private static double difference(String table, String kpi, String unit) {
    Matcher m = row(table, kpi);
    assertEquals(unit, m.group(3), m.group());
    return Double.parseDouble(m.group(2));
  }

  private static Matcher row(String table, String kpi) {
    Matcher m = Pattern.compile("(?m)^" + kpi + " +([0-9.]+)%? +[0-9.]+%? ± [0-9.]+%? +([+-][0-9.]+) ?(pt|%)$")
        .matcher(table);
    assertTrue(m.find(), kpi + " not in:\n" + table);
    return m;
  }
}
