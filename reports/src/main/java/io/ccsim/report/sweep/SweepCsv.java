package io.ccsim.report.sweep;

import io.ccsim.report.Kpi;
import io.ccsim.report.SummaryCsv;
import io.ccsim.run.ChannelSummary;
import io.ccsim.run.GroupSummary;
import io.ccsim.run.Summary;
import io.ccsim.stats.Estimate;
import java.util.List;
import java.util.Map;

/**
 * {@code sweep.csv}: one row per grid point, in grid order (the first parameter varies slowest). The
 * columns are the swept parameters (named by their paths), then for each channel and KPI
 * {@code CHANNEL.KPI_mean} and {@code CHANNEL.KPI_ci95}, then {@code groups.GROUP.occupancy_mean} and
 * {@code _ci95}. Undefined values are empty cells.
 */
public final class SweepCsv {
  private SweepCsv() {}

  public static String render(List<String> parameters, List<SweepPoint> points) {
    if (points.isEmpty()) {
      throw new IllegalArgumentException("a sweep needs at least one point");
    }
    Summary first = points.get(0).summary();
    StringBuilder out = new StringBuilder(String.join(",", parameters));
    for (String channel : first.channels().keySet()) {
      for (Kpi kpi : Kpi.all()) {
        out.append(',').append(channel).append('.').append(kpi.key()).append("_mean,")
            .append(channel).append('.').append(kpi.key()).append("_ci95");
      }
    }
    for (String group : first.groups().keySet()) {
      out.append(",groups.").append(group).append(".occupancy_mean,groups.").append(group).append(".occupancy_ci95");
    }
    out.append('\n');
    for (SweepPoint point : points) {
      out.append(String.join(",", point.values()));
      for (Map.Entry<String, ChannelSummary> c : point.summary().channels().entrySet()) {
        for (Kpi kpi : Kpi.all()) {
          cells(out, kpi.of(c.getValue()));
        }
      }
      for (GroupSummary g : point.summary().groups().values()) {
        cells(out, g.occupancy());
      }
      out.append('\n');
    }
    return out.toString();
  }

  private static void cells(StringBuilder out, Estimate e) {
    out.append(',').append(SummaryCsv.cell(e.mean())).append(',').append(SummaryCsv.cell(e.ci95()));
  }
}
