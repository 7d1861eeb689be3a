package io.ccsim.report;

import io.ccsim.run.ChannelSummary;
import io.ccsim.run.GroupSummary;
import io.ccsim.run.Summary;
import io.ccsim.stats.Estimate;
import java.util.Locale;
import java.util.Map;

/**
 * Writes the summary as CSV for spreadsheets: {@code channels.csv} (one row per channel, a
 * {@code _mean} and a {@code _ci95} column per KPI, named after the summary.json keys) and
 * {@code groups.csv}. Undefined values are empty cells.
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
    StringBuilder out = new StringBuilder("group,agents,occupancy_mean,occupancy_ci95\n");
    for (Map.Entry<String, GroupSummary> e : summary.groups().entrySet()) {
      Estimate occupancy = e.getValue().occupancy();
      out.append(e.getKey()).append(',').append(e.getValue().agents()).append(',')
          .append(cell(occupancy.mean())).append(',').append(cell(occupancy.ci95())).append('\n');
    }
    return out.toString();
  }

  /** Shortest round-trip text of a double; empty when undefined. */
  static String cell(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return "";
    }
    return String.format(Locale.ROOT, "%s", value);
  }
}
