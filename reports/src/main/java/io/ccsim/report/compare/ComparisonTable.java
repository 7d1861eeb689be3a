package io.ccsim.report.compare;

import io.ccsim.kpi.Format;
import io.ccsim.kpi.Kpi;
import io.ccsim.kpi.Scope;
import io.ccsim.model.Quantities;
import io.ccsim.report.TextTable;
import io.ccsim.stats.Estimate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The comparison as text: one block per channel and group, the runs side by side, then the differences. */
public final class ComparisonTable {
  /** The mark of a difference whose 95% interval excludes 0. */
  public static final String SIGNIFICANT = "*";

  private ComparisonTable() {}

  public static String render(Comparison comparison) {
    List<ComparedRun> runs = comparison.runs();
    ComparedRun first = runs.get(0);
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT,
        "Comparison of %d scenarios with common random numbers: seed %d, %d replications each, warm-up %s, horizon %s%n",
        runs.size(), first.run().scenario().seed(), first.run().replicationCount(),
        Quantities.formatDuration(first.run().scenario().warmupSeconds()),
        Quantities.formatDuration(first.run().scenario().horizonSeconds())));
    for (ComparedRun r : runs) {
      out.append("  ").append(r.letter()).append(" = ").append(r.label());
      if (r.source() != null && !r.source().isEmpty()) {
        out.append(" (").append(r.source()).append(')');
      }
      out.append('\n');
    }
    out.append("Figures are mean ± 95% CI half-width; differences are paired per replication (")
        .append(differenceNames(runs)).append("), ").append(SIGNIFICANT)
        .append(" marks a difference whose 95% interval excludes 0.\n");
    for (String subject : comparison.subjects()) {
      out.append('\n');
      List<List<String>> table = new ArrayList<>();
      List<String> header = new ArrayList<>(List.of(subject));
      runs.forEach(r -> header.add(r.letter()));
      runs.subList(1, runs.size()).forEach(r -> header.add(r.letter() + " - " + first.letter()));
      table.add(header);
      for (ComparisonRow row : comparison.rows(subject)) {
        Format format = row.kpi().format();
        List<String> cells = new ArrayList<>(List.of(label(row.kpi())));
        for (Estimate e : row.estimates()) {
          cells.add(e == null ? "-" : TextTable.format(e, format));
        }
        for (Estimate d : row.differences()) {
          cells.add(d == null ? "-" : TextTable.formatDifference(d, format)
              + (ComparisonRow.significant(d) ? " " + SIGNIFICANT : "  "));
        }
        table.add(cells);
      }
      TextTable.appendAligned(out, table);
    }
    return out.toString();
  }

  static String differenceNames(List<ComparedRun> runs) {
    List<String> names = new ArrayList<>();
    for (ComparedRun r : runs.subList(1, runs.size())) {
      names.add(r.letter() + " - " + runs.get(0).letter());
    }
    return String.join(", ", names);
  }

  /**
   * The row label of a KPI: a channel KPI's table label; group and journey rows have always been named
   * by their summary.json key, and the compare text is a contract.
   */
  public static String label(Kpi kpi) {
    return kpi.scope() == Scope.CHANNEL ? kpi.label() : kpi.key();
  }
}
