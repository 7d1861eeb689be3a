package io.ccsim.report.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccsim.kpi.Kpi;
import io.ccsim.report.KpiPath;
import io.ccsim.report.Runs;
import io.ccsim.report.chart.SweepLine;
import io.ccsim.run.Summary;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SweepTest {
  @Test
  void csvRowsAndChartLines_followTheGrid() {
    List<SweepPoint> points = new ArrayList<>();
    for (int agents : new int[] {11, 13}) {
      for (String seed : new String[] {"1", "2", "3"}) {
        Summary s = Runs.run(Runs.scenario("s", false, agents, Long.parseLong(seed), 2)).summary();
        points.add(new SweepPoint(List.of(Integer.toString(agents), seed), new double[] {agents, Double.parseDouble(seed)}, s));
      }
    }
    List<String> params = List.of("groups.phone-team.count", "seed");
    String[] csv = SweepCsv.render(params, points).split("\n");
    assertEquals(7, csv.length);
    assertTrue(csv[0].startsWith("groups.phone-team.count,seed,phone.offered_mean,phone.offered_ci95,"), csv[0]);
    assertTrue(csv[0].contains(",chat.serviceLevel_mean,chat.serviceLevel_ci95,"), csv[0]);
    assertTrue(csv[0].endsWith(",groups.chat-team.occupancy_mean,groups.chat-team.occupancy_ci95"), csv[0]);
    assertTrue(csv[4].startsWith("13,1,"), csv[4]);
    assertEquals(csv[0].split(",", -1).length, csv[4].split(",", -1).length);
    List<SweepLine> lines = SweepLines.of(params, points, KpiPath.parse("phone.serviceLevel"));
    assertEquals(3, lines.size(), "one line per value of the second parameter");
    assertEquals("seed=1", lines.get(0).name());
    assertArrayEquals(new double[] {11, 13}, lines.get(0).x());
    assertEquals(points.get(3).summary().channels().get("phone").get(Kpi.SERVICE_LEVEL).mean(), lines.get(0).mean()[1]);
    List<SweepLine> single = SweepLines.of(List.of("groups.phone-team.count"), points.subList(0, 1),
        KpiPath.parse("groups.phone-team.occupancy"));
    assertEquals("phone-team occupancy", single.get(0).name());
  }
}
