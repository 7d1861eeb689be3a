package io.ccsim.report;

import io.ccsim.kpi.Format;
import io.ccsim.kpi.Kpi;
import io.ccsim.kpi.Scope;
import io.ccsim.kpi.View;
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
    // Durations carry their unit in each cell, as in report.html: an email's ASA reads 4.85 h, not 17470 s.
    for (Kpi kpi : Kpi.shownIn(Scope.CHANNEL, View.TEXT)) {
      List<String> row = new ArrayList<>(List.of(Units.labelWithoutSeconds(kpi)));
      for (ChannelSummary c : summary.channels().values()) {
        row.add(Units.figure(c.get(kpi), kpi, "deferred".equals(c.kind())));
      }
      rows.add(row);
    }
    appendAligned(out, rows);
    out.append('\n');
    for (Map.Entry<String, ChannelSummary> e : summary.channels().entrySet()) {
      ChannelSummary c = e.getValue();
      out.append(String.format(Locale.ROOT, "service level of %s: %s (%s), T = %s%s, target %s%n", e.getKey(),
          c.serviceLevelDefinition(), ServiceLevelDefinition.fromKey(c.serviceLevelDefinition()).formula(),
          Quantities.formatDuration(c.serviceLevelThresholdSeconds()),
          c.serviceLevelClock().equals("business") ? " in business hours" : "", percent(c.serviceLevelTarget())));
      if (summary.vru() != null && summary.vru().containsKey(e.getKey())) {
        var v = summary.vru().get(e.getKey());
        out.append(String.format(Locale.ROOT, "VRU of %s: %s arrivals, %s left in the VRU (%s), not offered to the "
            + "queue and not abandonment%n", e.getKey(), format(v.arrivals(), Format.COUNT),
            format(v.dropOuts(), Format.COUNT), format(v.dropOutShare(), Format.PERCENT)));
      }
      if (c.get(Kpi.UNFINISHED).mean() > 0) {
        out.append(String.format(Locale.ROOT,
            "warning: %s had %.1f contacts per replication still waiting when the run's drain limit ended it%n",
            e.getKey(), c.get(Kpi.UNFINISHED).mean()));
      }
    }
    out.append('\n');
    List<Kpi> groupKpis = Kpi.shownIn(Scope.GROUP, View.TEXT);
    List<List<String>> groupRows = new ArrayList<>();
    List<String> groupHeader = new ArrayList<>(List.of("group", "agents"));
    groupKpis.forEach(kpi -> groupHeader.add(kpi.label()));
    groupRows.add(groupHeader);
    for (Map.Entry<String, GroupSummary> e : summary.groups().entrySet()) {
      List<String> row = new ArrayList<>(List.of(e.getKey(), Integer.toString(e.getValue().agents())));
      groupKpis.forEach(kpi -> row.add(format(e.getValue().get(kpi), kpi.format())));
      groupRows.add(row);
    }
    appendAligned(out, groupRows);
    out.append("occupancy: capacity in use / capacity; busy share: time with at least one item; ")
        .append("concurrency: items held while busy\n");
    if (summary.journeys() != null) {
      out.append('\n');
      List<List<String>> journeyRows = new ArrayList<>();
      journeyRows.add(List.of("journeys (issues that started in the window)", ""));
      for (Kpi kpi : Kpi.shownIn(Scope.JOURNEY, View.TEXT)) {
        journeyRows.add(List.of(Units.labelWithoutSeconds(kpi), Units.figure(summary.journeys().get(kpi), kpi, false)));
      }
      appendAligned(out, journeyRows);
    }
    return out.toString();
  }

  /** "85.00% ± 2.00%", "12.34 ± 0.56", or "n/a" when undefined. */
  public static String format(Estimate e, Format format) {
    if (Double.isNaN(e.mean())) {
      return "n/a";
    }
    String ci = Double.isNaN(e.ci95()) ? "" : " ± " + number(e.ci95(), format);
    return number(e.mean(), format) + ci;
  }

  /** A difference with its sign: "+7.89% ± 0.80%", "-1.20 ± 0.30", or "n/a". */
  public static String formatDifference(Estimate e, Format format) {
    if (Double.isNaN(e.mean())) {
      return "n/a";
    }
    String ci = Double.isNaN(e.ci95()) ? "" : " ± " + number(e.ci95(), format);
    String mean = number(e.mean(), format);
    return (mean.startsWith("-") ? mean : "+" + mean) + ci;
  }

  /** One number in a KPI's format, without a confidence interval. */
  public static String number(double value, Format format) {
    return switch (format) {
      case COUNT -> String.format(Locale.ROOT, "%.1f", value);
      case PERCENT -> String.format(Locale.ROOT, "%.2f%%", value * 100);
      case SECONDS, DECIMAL -> String.format(Locale.ROOT, "%.2f", value);
    };
  }

  private static String percent(double share) {
    return String.format(Locale.ROOT, "%.0f%%", share * 100);
  }

  /** Appends rows as columns: the first left-aligned, the others right-aligned. */
  public static void appendAligned(StringBuilder out, List<List<String>> rows) {
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
