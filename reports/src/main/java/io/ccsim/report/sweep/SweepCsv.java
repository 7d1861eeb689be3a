package io.ccsim.report.sweep;

import io.ccsim.kpi.Kpi;
import io.ccsim.kpi.Scope;
import io.ccsim.kpi.View;
import io.ccsim.report.KpiPath;
import io.ccsim.report.SummaryCsv;
import io.ccsim.run.Summary;
import io.ccsim.stats.Estimate;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code sweep.csv}: one row per grid point, in grid order (the first parameter varies slowest). The
 * columns are the swept parameters (named by their paths), then for each channel and KPI shown in sweeps
 * {@code CHANNEL.KPI_mean} and {@code CHANNEL.KPI_ci95}, then likewise {@code groups.GROUP.KPI_mean} and
 * {@code _ci95} (occupancy). Undefined values are empty cells.
 */
public final class SweepCsv {
  private SweepCsv() {}

  public static String render(List<String> parameters, List<SweepPoint> points) {
    if (points.isEmpty()) {
      throw new IllegalArgumentException("a sweep needs at least one point");
    }
    List<KpiPath> columns = columns(points.get(0).summary());
    StringBuilder out = new StringBuilder(String.join(",", parameters));
    for (KpiPath column : columns) {
      out.append(',').append(column).append("_mean,").append(column).append("_ci95");
    }
    out.append('\n');
    for (SweepPoint point : points) {
      out.append(String.join(",", point.values()));
      for (KpiPath column : columns) {
        Estimate e = column.estimate(point.summary()).orElseThrow();
        out.append(',').append(SummaryCsv.cell(e.mean())).append(',').append(SummaryCsv.cell(e.ci95()));
      }
      out.append('\n');
    }
    return out.toString();
  }

  /** Every channel's sweep KPIs, then every group's; every point has the same channels and groups. */
  private static List<KpiPath> columns(Summary first) {
    List<KpiPath> columns = new ArrayList<>();
    for (String channel : first.channels().keySet()) {
      Kpi.shownIn(Scope.CHANNEL, View.SWEEP).forEach(kpi -> columns.add(new KpiPath(kpi, channel)));
    }
    for (String group : first.groups().keySet()) {
      Kpi.shownIn(Scope.GROUP, View.SWEEP).forEach(kpi -> columns.add(new KpiPath(kpi, group)));
    }
    return columns;
  }
}
