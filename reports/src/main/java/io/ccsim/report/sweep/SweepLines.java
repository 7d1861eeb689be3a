package io.ccsim.report.sweep;

import io.ccsim.report.KpiPath;
import io.ccsim.report.chart.SweepLine;
import io.ccsim.stats.Estimate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns sweep points into chart lines: the first parameter on the horizontal axis, one line for each
 * combination of the other parameters' values (named like {@code arrivals.phone.rate=200/h}).
 */
public final class SweepLines {
  private SweepLines() {}

  public static List<SweepLine> of(List<String> parameters, List<SweepPoint> points, KpiPath kpi) {
    Map<String, List<SweepPoint>> byRest = new LinkedHashMap<>();
    for (SweepPoint p : points) {
      List<String> rest = new ArrayList<>();
      for (int i = 1; i < parameters.size(); i++) {
        rest.add(parameters.get(i) + "=" + p.values().get(i));
      }
      byRest.computeIfAbsent(rest.isEmpty() ? kpi.label() : String.join(", ", rest), k -> new ArrayList<>()).add(p);
    }
    List<SweepLine> lines = new ArrayList<>();
    for (Map.Entry<String, List<SweepPoint>> e : byRest.entrySet()) {
      List<SweepPoint> line = new ArrayList<>(e.getValue());
      line.sort((a, b) -> Double.compare(a.numbers()[0], b.numbers()[0]));
      double[] x = new double[line.size()];
      double[] mean = new double[line.size()];
      double[] ci = new double[line.size()];
      for (int i = 0; i < line.size(); i++) {
        x[i] = line.get(i).numbers()[0];
        Estimate estimate = kpi.estimate(line.get(i).summary()).orElse(new Estimate(Double.NaN, Double.NaN));
        mean[i] = estimate.mean();
        ci[i] = estimate.ci95();
      }
      lines.add(new SweepLine(e.getKey(), x, mean, ci));
    }
    return lines;
  }
}
