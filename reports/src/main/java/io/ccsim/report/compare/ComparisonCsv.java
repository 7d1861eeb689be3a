package io.ccsim.report.compare;

import io.ccsim.report.SummaryCsv;
import io.ccsim.stats.Estimate;

/**
 * {@code comparison.csv}: one row per subject and KPI; per run {@code A_mean,A_ci95}, then per run after
 * the first {@code B_minus_A_mean,B_minus_A_ci95,B_minus_A_significant}. Undefined values are empty.
 */
public final class ComparisonCsv {
  private ComparisonCsv() {}

  public static String render(Comparison comparison) {
    var runs = comparison.runs();
    String a = runs.get(0).letter();
    StringBuilder out = new StringBuilder("subject,kpi");
    for (ComparedRun r : runs) {
      out.append(',').append(r.letter()).append("_mean,").append(r.letter()).append("_ci95");
    }
    for (ComparedRun r : runs.subList(1, runs.size())) {
      String d = r.letter() + "_minus_" + a;
      out.append(',').append(d).append("_mean,").append(d).append("_ci95,").append(d).append("_significant");
    }
    out.append('\n');
    for (ComparisonRow row : comparison.rows()) {
      out.append(quote(row.subject())).append(',').append(row.kpi().key());
      for (Estimate e : row.estimates()) {
        out.append(',').append(e == null ? "" : SummaryCsv.cell(e.mean()))
            .append(',').append(e == null ? "" : SummaryCsv.cell(e.ci95()));
      }
      for (Estimate d : row.differences()) {
        out.append(',').append(d == null ? "" : SummaryCsv.cell(d.mean()))
            .append(',').append(d == null ? "" : SummaryCsv.cell(d.ci95()))
            .append(',').append(d == null ? "" : Boolean.toString(ComparisonRow.significant(d)));
      }
      out.append('\n');
    }
    return out.toString();
  }

  private static String quote(String text) {
    return text.contains(",") || text.contains("\"") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
  }
}
