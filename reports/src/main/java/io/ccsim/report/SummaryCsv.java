package io.ccsim.report;

import io.ccsim.run.ChannelSummary;
import io.ccsim.run.GroupSummary;
import io.ccsim.run.Summary;
import io.ccsim.stats.Estimate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes the summary as CSV for spreadsheets: {@code channels.csv} (one row per channel, a
 * {@code _mean} and a {@code _ci95} column per KPI, named after the summary.json keys) and
 * {@code groups.csv} (likewise for the group KPIs). Undefined values are empty cells.
 */
public final class SummaryCsv {
  private SummaryCsv() {}

  public static String channels(Summary summary) {
    StringBuilder out = new StringBuilder("channel");
    for (Kpi kpi : Kpi.all()) {
      out.append(',').append(kpi.key()).append("_mean,").append(kpi.key()).append("_ci95");
    }
    out.append(",serviceLevelDefinition,serviceLevelThresholdSeconds\n");
    for (Map.Entry<String, ChannelSummary> e : summary.channels().entrySet()) {
      out.append(e.getKey());
      for (Kpi kpi : Kpi.all()) {
        Estimate estimate = kpi.of(e.getValue());
        out.append(',').append(cell(estimate.mean())).append(',').append(cell(estimate.ci95()));
      }
      out.append(',').append(e.getValue().serviceLevelDefinition())
          .append(',').append(cell(e.getValue().serviceLevelThresholdSeconds())).append('\n');
    }
    return out.toString();
  }

  public static String groups(Summary summary) {
    StringBuilder out = new StringBuilder("group,agents");
    for (String key : GROUP_KPIS) {
      out.append(',').append(key).append("_mean,").append(key).append("_ci95");
    }
    out.append('\n');
    for (Map.Entry<String, GroupSummary> e : summary.groups().entrySet()) {
      GroupSummary g = e.getValue();
      out.append(e.getKey()).append(',').append(g.agents());
      for (Estimate estimate : List.of(g.occupancy(), g.slotOccupancy(), g.busyShare(), g.concurrency(),
          g.interruptions(), g.overtimeSeconds())) {
        out.append(',').append(cell(estimate.mean())).append(',').append(cell(estimate.ci95()));
      }
      out.append('\n');
    }
    return out.toString();
  }

  private static final List<String> GROUP_KPIS =
      List.of("occupancy", "slotOccupancy", "busyShare", "concurrency", "interruptions", "overtimeSeconds");

  /** Shortest round-trip text of a double; empty when undefined. */
  public static String cell(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return "";
    }
    return String.format(Locale.ROOT, "%s", value);
  }
}
