package io.ccsim.loadgen.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccsim.loadgen.IntervalRow;
import io.ccsim.report.chart.ChartImage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoadChartsTest {
  private static List<IntervalRow> rows() {
    List<IntervalRow> rows = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      rows.add(new IntervalRow(i * 10, (i + 1) * 10, "jsonl:-", "phone", 100, 100, 0, 0, 0, 0.4, 0.9, 2.1, 3, 0.1,
          0.2));
    }
    return rows;
  }

  @Test
  void acceleratedRun_drawsTheSimulatedTimeOfDay() {
    List<ChartImage> charts = LoadCharts.of(rows(), 360);
    assertEquals(List.of("latency", "throughput", "schedule-lag"), charts.stream().map(ChartImage::name).toList());
    String svg = charts.get(0).svg();
    assertTrue(svg.contains("simulated time of day (h:mm), played at 360x"), "axis label");
    assertTrue(svg.contains("2:00") && svg.contains("6:00"), "clock ticks over the simulated 6 hours");
  }

  @Test
  void realTimeRun_keepsWallSeconds() {
    String svg = LoadCharts.of(rows(), 1).get(0).svg();
    assertTrue(svg.contains("elapsed wall time (s)"));
    assertFalse(svg.contains("simulated time of day"));
  }

  @Test
  void clockTicks_atMostAboutTwelve() {
    assertEquals(1800, LoadCharts.clockTick(6 * 3600));
    assertEquals(3600, LoadCharts.clockTick(12 * 3600));
    assertEquals(60, LoadCharts.clockTick(600));
  }
}
