package io.ccsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccsim.config.ScenarioLoader;
import io.ccsim.model.Scenario;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepCommandTest {
  private static final String SCENARIO = TestScenarios.path("well-staffed.yaml");

  @TempDir Path dir;

  @Test
  void rateWithAUnit_keepsItsColumnAsGiven_andEveryOtherCellIsANumber() throws IOException {
    CliRun run = CliRun.of("sweep", SCENARIO, "--set", "arrivals.phone.rate=180..200:10/h", "--replications", "2",
        "--out", dir.toString());
    assertEquals(0, run.exitCode(), run.err());
    List<String> rows = Files.readAllLines(dir.resolve("sweep.csv"));
    String[] header = rows.get(0).split(",", -1);
    assertEquals("arrivals.phone.rate", header[0], "the contract's column stays first");
    assertEquals("arrivals.phone.rate_per_hour", header[header.length - 1], "the number, unit in the name, last");
    double[] perHour = {180, 190, 200};
    for (int r = 1; r < rows.size(); r++) {
      String[] cells = rows.get(r).split(",", -1);
      assertEquals(header.length, cells.length, rows.get(r));
      assertEquals((int) perHour[r - 1] + "/h", cells[0], "as given");
      assertEquals(perHour[r - 1], Double.parseDouble(cells[cells.length - 1]), 0, "190/h is 190 per hour, exactly");
      for (int c = 1; c < cells.length; c++) {
        assertTrue(cells[c].isEmpty() || cells[c].matches("-?[0-9]+(\\.[0-9]+)?(E-?[0-9]+)?"),
            header[c] + " holds '" + cells[c] + "', not a plain number");
      }
    }
  }

  @Test
  void grid3x5_writes15RowsAndAChart_identicalForAnyThreadCount() throws IOException {
    Path one = dir.resolve("one");
    Path two = dir.resolve("two");
    String[] real = {"sweep", SCENARIO, "--set", "arrivals.phone.rate=180..220:20/h",
        "--set", "groups.phone-team.count=12..16", "--replications", "3"};
    CliRun run = CliRun.of(concat(real, "--out", one.toString(), "--threads", "1"));
    assertEquals(0, run.exitCode(), run.err());
    List<String> rows = Files.readAllLines(one.resolve("sweep.csv"));
    assertEquals(16, rows.size(), "header and 15 rows");
    assertTrue(rows.get(0).startsWith("arrivals.phone.rate,groups.phone-team.count,phone.offered_mean,phone.offered_ci95,"),
        rows.get(0));
    assertTrue(rows.get(0).endsWith(",groups.phone-team.occupancy_mean,groups.phone-team.occupancy_ci95"
        + ",arrivals.phone.rate_per_hour"), rows.get(0));
    assertTrue(rows.get(1).startsWith("180/h,12,"), rows.get(1));
    assertTrue(rows.get(15).startsWith("220/h,16,"), rows.get(15));
    assertTrue(Files.size(one.resolve("sweep-phone.serviceLevel.png")) > 1000);
    assertTrue(Files.readString(one.resolve("sweep-phone.serviceLevel.svg")).contains("</svg>"));
    assertTrue(run.out().contains("(15 rows)"), run.out());
    CliRun parallel = CliRun.of(concat(real, "--out", two.toString(), "--threads", "2"));
    assertEquals(0, parallel.exitCode(), parallel.err());
    assertArrayEquals(Files.readAllBytes(one.resolve("sweep.csv")), Files.readAllBytes(two.resolve("sweep.csv")));
    assertArrayEquals(Files.readAllBytes(one.resolve("sweep-phone.serviceLevel.png")),
        Files.readAllBytes(two.resolve("sweep-phone.serviceLevel.png")));
  }

  @Test
  void moreAgents_raiseServiceLevel_andKpiSelectsTheChart() throws IOException {
    CliRun run = CliRun.of("sweep", SCENARIO, "--set", "groups.phone-team.count=11,13,15", "--replications", "3",
        "--kpi", "phone.asaSeconds", "--out", dir.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(Files.exists(dir.resolve("sweep-phone.asaSeconds.png")));
    assertTrue(run.out().lines().anyMatch(l -> l.matches("11\\s+[0-9.]+ ± [0-9.]+ (s|min)")), "ASA with its unit:\n" + run.out());
    List<String> rows = Files.readAllLines(dir.resolve("sweep.csv"));
    List<String> header = List.of(rows.get(0).split(","));
    int sl = header.indexOf("phone.serviceLevel_mean");
    double at11 = Double.parseDouble(rows.get(1).split(",")[sl]);
    double at15 = Double.parseDouble(rows.get(3).split(",")[sl]);
    assertTrue(at15 > at11 + 0.1, at11 + " -> " + at15);
  }

  @Test
  void parameter_valuesAndPaths() throws IOException {
    Scenario scenario = ScenarioLoader.load(Path.of(SCENARIO));
    SweepParameter step = SweepParameter.parse("groups.phone-team.count=10..20:5", scenario);
    assertEquals(List.of("10", "15", "20"), step.texts());
    SweepParameter rate = SweepParameter.parse("arrivals.phone.rate=0.05,0.06", scenario);
    assertEquals(0.06, rate.values()[1], 1e-12);
    assertEquals(List.of("0.05", "0.06"), rate.texts());
    SweepParameter perHour = SweepParameter.parse("arrivals.phone.rate=180..200:10/h", scenario);
    assertEquals(List.of("180/h", "190/h", "200/h"), perHour.texts());
    assertEquals(200 / 3600.0, perHour.values()[2], 1e-12);
    assertEquals(200 / 3600.0, perHour.apply(scenario, 2).arrivals().get(0).ratePerSecond(), 1e-12);
    SweepParameter list = SweepParameter.parse("arrivals.phone.rate=180/h,200/h", scenario);
    assertEquals(List.of("180/h", "200/h"), list.texts(), "the documented list form, a unit on every item");
    assertEquals(200 / 3600.0, list.values()[1], 1e-12);
    assertEquals(List.of("180/h", "200/h"), SweepParameter.parse("arrivals.phone.rate=180,200/h", scenario).texts());
    assertThrows(BadInputException.class, () -> SweepParameter.parse("arrivals.phone.rate=180/h,3/min", scenario));
    SweepParameter capacity = SweepParameter.parse("channels.phone.queueCapacity=0,5", scenario);
    assertEquals(5, capacity.apply(scenario, 1).channels().get(0).queueCapacity());
    assertEquals(13, SweepParameter.parse("groups.phone-team.count=13", scenario).apply(scenario, 0).groups().get(0).count());
    for (String bad : List.of("groups.phone-team.count", "groups.nobody.count=1..3", "agents.x.count=1",
        "groups.phone-team.count=0..2", "groups.phone-team.count=1.5", "groups.phone-team.count=5..1",
        "groups.phone-team.count=a..b", "arrivals.fax.rate=1", "arrivals.phone.rate=0,1",
        "channels.phone.queueCapacity=-1")) {
      BadInputException e = assertThrows(BadInputException.class, () -> SweepParameter.parse(bad, scenario), bad);
      assertTrue(e.getMessage().startsWith("--set: "), e.getMessage());
    }
  }

  @Test
  void badInput_exitsTwo() {
    assertEquals(2, CliRun.of("sweep", SCENARIO, "--set", "groups.phone-team.count=oops").exitCode());
    assertEquals(2, CliRun.of("sweep", SCENARIO).exitCode());
    CliRun kpi = CliRun.of("sweep", SCENARIO, "--set", "groups.phone-team.count=12", "--kpi", "fax.serviceLevel",
        "--out", dir.toString());
    assertEquals(2, kpi.exitCode());
    assertTrue(kpi.err().startsWith("ccsim: --kpi: "), kpi.err());
    assertEquals(2, CliRun.of("sweep", SCENARIO, "--set", "groups.phone-team.count=12",
        "--set", "groups.phone-team.count=13").exitCode());
  }

  private static String[] concat(String[] a, String... b) {
    String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
