package io.ccsim.report;

import io.ccsim.model.Quantities;
import io.ccsim.model.ServiceLevelDefinition;
import io.ccsim.run.ChannelSummary;
import io.ccsim.run.GroupSummary;
import io.ccsim.run.Summary;
import io.ccsim.stats.Estimate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The readable result of a run: one column per channel, each figure with its 95% confidence half-width. */
public final class TextTable {
  private TextTable() {}

  public static String render(Summary summary) {
    StringBuilder out = new StringBuilder();
    out.append(summary.scenario()).append('\n');
    out.append(String.format(Locale.ROOT,
        "%d replications, seed %d, warm-up %s, horizon %s; figures are mean ± 95%% CI half-width per replication%n",
        summary.replications(), summary.seed(), Quantities.formatDuration(summary.warmupSeconds()),
        Quantities.formatDuration(summary.horizonSeconds())));
    out.append('\n');
    List<String> header = new ArrayList<>(List.of("channel"));
    header.addAll(summary.channels().keySet());
    List<List<String>> rows = new ArrayList<>();
    rows.add(header);
    for (Kpi kpi : Kpi.all()) {
      List<String> row = new ArrayList<>(List.of(kpi.label()));
      for (ChannelSummary c : summary.channels().values()) {
        row.add(format(kpi.of(c), kpi.format()));
      }
      rows.add(row);
    }
    appendAligned(out, rows);
    out.append('\n');
    for (Map.Entry<String, ChannelSummary> e : summary.channels().entrySet()) {
      ChannelSummary c = e.getValue();
      out.append(String.format(Locale.ROOT, "service level of %s: %s (%s), T = %s, target %s%n", e.getKey(),
          c.serviceLevelDefinition(), ServiceLevelDefinition.fromKey(c.serviceLevelDefinition()).formula(), Quantities.formatDuration(c.serviceLevelThresholdSeconds()),
          percent(c.serviceLevelTarget())));
      if (c.unfinished().mean() > 0) {
        out.append(String.format(Locale.ROOT,
            "warning: %s had %.1f contacts per replication still waiting when the run's drain limit ended it%n",
            e.getKey(), c.unfinished().mean()));
      }
    }
    out.append('\n');
    List<List<String>> groupRows = new ArrayList<>();
    groupRows.add(List.of("group", "agents", "occupancy"));
    for (Map.Entry<String, GroupSummary> e : summary.groups().entrySet()) {
      groupRows.add(List.of(e.getKey(), Integer.toString(e.getValue().agents()),
          format(e.getValue().occupancy(), Kpi.Format.PERCENT)));
    }
    appendAligned(out, groupRows);
    return out.toString();
  }

  static String format(Estimate e, Kpi.Format format) {
    if (Double.isNaN(e.mean())) {
      return "n/a";
    }
    String ci = Double.isNaN(e.ci95()) ? "" : " ± " + number(e.ci95(), format);
    return number(e.mean(), format) + ci;
  }

  private static String number(double value, Kpi.Format format) {
    return switch (format) {
      case COUNT -> String.format(Locale.ROOT, "%.1f", value);
      case PERCENT -> String.format(Locale.ROOT, "%.2f%%", value * 100);
      case SECONDS -> String.format(Locale.ROOT, "%.2f", value);
    };
  }

  private static String percent(double share) {
    return String.format(Locale.ROOT, "%.0f%%", share * 100);
  }

  private static void appendAligned(StringBuilder out, List<List<String>> rows) {
    int columns = rows.get(0).size();
    int[] widths = new int[columns];
    for (List<String> row : rows) {
      for (int i = 0; i < columns; i++) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    for (List<String> row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < columns; i++) {
        String cell = row.get(i);
        if (i == 0) {
          line.append(cell).append(" ".repeat(widths[i] - cell.length()));
        } else {
          line.append("  ").append(" ".repeat(widths[i] - cell.length())).append(cell);
        }
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
  }
}
