package io.ccsim.report.check;

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

}
