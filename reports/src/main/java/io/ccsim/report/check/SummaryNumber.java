package io.ccsim.report.check;

import io.ccsim.report.Kpi;
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

  /** How a KPI is shown in tables. */
  static Kpi.Format format(KpiPath path) {
    if (path.kind() == KpiPath.Kind.GROUP) {
      return Kpi.Format.PERCENT;
    }
    return Kpi.byKey(path.kpi()).map(Kpi::format).orElse(Kpi.Format.COUNT);
  }
}
