package io.ccsim.report;

import io.ccsim.kpi.Kpi;
import io.ccsim.kpi.KpiEstimates;
import io.ccsim.kpi.Scope;
import io.ccsim.kpi.View;
import io.ccsim.run.ChannelSummary;
import io.ccsim.run.GroupSummary;
import io.ccsim.run.Summary;
import io.ccsim.stats.Estimate;
import java.util.Locale;
import java.util.Map;

/**
 * Writes the summary as CSV for spreadsheets: {@code channels.csv} (one row per channel, a
 * {@code _mean} and a {@code _ci95} column per KPI shown in CSV, named after the summary.json keys) and
 * {@code groups.csv} (likewise for the group KPIs). Undefined values are empty cells. {@link CsvHeader}
 * chooses between summary.json's spelling of the KPI names (the default) and the snake_case scheme.
 */
public final class SummaryCsv {
  private SummaryCsv() {}

  public static String channels(Summary summary) {
    return channels(summary, CsvHeader.JSON);
  }

  public static String channels(Summary summary, CsvHeader names) {
    StringBuilder out = new StringBuilder("channel");
    header(out, Scope.CHANNEL, names);
    out.append(',').append(names.key("serviceLevelDefinition"))
        .append(',').append(names.key("serviceLevelThresholdSeconds")).append('\n');
    for (Map.Entry<String, ChannelSummary> e : summary.channels().entrySet()) {
      out.append(e.getKey());
      cells(out, e.getValue().kpis());
      out.append(',').append(e.getValue().serviceLevelDefinition())
          .append(',').append(cell(e.getValue().serviceLevelThresholdSeconds())).append('\n');
    }
    return out.toString();
  }

  public static String groups(Summary summary) {
    return groups(summary, CsvHeader.JSON);
  }

  public static String groups(Summary summary, CsvHeader names) {
    StringBuilder out = new StringBuilder("group,agents");
    header(out, Scope.GROUP, names);
    out.append('\n');
    for (Map.Entry<String, GroupSummary> e : summary.groups().entrySet()) {
      out.append(e.getKey()).append(',').append(e.getValue().agents());
      cells(out, e.getValue().kpis());
      out.append('\n');
    }
    return out.toString();
  }

  private static void header(StringBuilder out, Scope scope, CsvHeader names) {
    for (Kpi kpi : Kpi.shownIn(scope, View.CSV)) {
      String key = names.key(kpi.key());
      out.append(',').append(key).append("_mean,").append(key).append("_ci95");
    }
  }

  private static void cells(StringBuilder out, KpiEstimates estimates) {
    for (Kpi kpi : Kpi.shownIn(estimates.scope(), View.CSV)) {
      Estimate estimate = estimates.get(kpi);
      out.append(',').append(cell(estimate.mean())).append(',').append(cell(estimate.ci95()));
    }
  }

  /** Shortest round-trip text of a double; empty when undefined. */
  public static String cell(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return "";
    }
    return String.format(Locale.ROOT, "%s", value);
  }
}
