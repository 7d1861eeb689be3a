package io.ccsim.report.check;

import io.ccsim.kpi.Format;
import io.ccsim.kpi.Scope;
import io.ccsim.report.KpiPath;
import java.math.BigDecimal;

/** Number formatting shared by the check's outcomes. */
final class SummaryNumber {
  private SummaryNumber() {}

  /** The shortest plain text of a number: 0.8, 12, 1.5E-7 as 0.00000015. */
  static String plain(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return Double.toString(value);
    }
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  /** How a KPI is shown in the check's outcomes. */
  static Format format(KpiPath path) {
    // Group KPIs have been shown as percentages, right for occupancy; see the catalogue for the others.
    return path.scope() == Scope.GROUP ? Format.PERCENT : path.kpi().format();
  }
}
