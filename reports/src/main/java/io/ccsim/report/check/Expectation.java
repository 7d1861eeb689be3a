package io.ccsim.report.check;

import io.ccsim.kpi.Scope;
import io.ccsim.report.KpiPath;
import io.ccsim.report.TextTable;
import io.ccsim.run.Summary;
import io.ccsim.stats.Estimate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One expectation of {@code ccsim check}, such as {@code phone.serviceLevel >= 0.80}: a KPI path, an
 * operator and a number (a plain number, or a percentage such as {@code 80%}). It holds when the KPI's
 * mean over replications satisfies the comparison; an undefined KPI never does.
 */
public record Expectation(String text, KpiPath kpi, Operator operator, double value) {
  /** What an expectation may look like; parse errors say this. */
  public static final String FORMS = "CHANNEL.KPI OP NUMBER or groups.GROUP.occupancy OP NUMBER, with OP one of"
      + " >=, <=, >, <, == and NUMBER such as 0.80 or 80% (e.g. \"phone.serviceLevel >= 0.80\")";

  private static final Pattern SHAPE = Pattern.compile("\\s*([^\\s<>=]+)\\s*(>=|<=|==|>|<)\\s*(\\S+)\\s*");
  private static final Pattern NUMBER =
      Pattern.compile("[-+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][-+]?[0-9]+)?(%)?");

  /** Parses an expectation; the message of a bad one names it and says what is allowed. */
  public static Expectation parse(String text) {
    Matcher m = SHAPE.matcher(text == null ? "" : text);
    if (!m.matches()) {
      throw new IllegalArgumentException("'" + text + "' is not an expectation; allowed: " + FORMS);
    }
    KpiPath path;
    try {
      path = KpiPath.parse(m.group(1));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("'" + text + "': " + e.getMessage(), e);
    }
    Matcher number = NUMBER.matcher(m.group(3));
    if (!number.matches()) {
      throw new IllegalArgumentException("'" + text + "': '" + m.group(3) + "' is not a number; allowed: " + FORMS);
    }
    String digits = number.group(4) == null ? m.group(3) : m.group(3).substring(0, m.group(3).length() - 1);
    double value = Double.parseDouble(digits) / (number.group(4) == null ? 1 : 100);
    return new Expectation(text.trim(), path, Operator.of(m.group(2)), value);
  }

  /** The canonical name, e.g. {@code phone.serviceLevel >= 0.8}, used as the JUnit test case name. */
  public String name() {
    return kpi + " " + operator.symbol() + " " + SummaryNumber.plain(value);
  }

  /**
   * Checks the expectation against a run's summary.
   *
   * @throws IllegalArgumentException when the run has no such channel or group
   */
  public CheckOutcome evaluate(Summary summary) {
    Estimate estimate = kpi.estimate(summary).orElseThrow(() -> new IllegalArgumentException(
        "'" + text + "': the scenario has no " + (kpi.scope() == Scope.GROUP ? "group" : "channel")
            + " '" + kpi.subject() + "'; it has " + (kpi.scope() == Scope.GROUP
            ? "groups " + String.join(", ", summary.groups().keySet())
            : "channels " + String.join(", ", summary.channels().keySet()))));
    boolean holds = operator.holds(estimate.mean(), value);
    String actual = TextTable.format(estimate, kpi.kpi().format());
    String detail = Double.isNaN(estimate.mean())
        ? kpi + " is undefined in this run (n/a)"
        : String.format(Locale.ROOT, "%s = %s (mean ± 95%% CI), expected %s %s", kpi, actual, operator.symbol(),
            SummaryNumber.plain(value));
    return new CheckOutcome("expectations", name(), holds ? CheckOutcome.Status.PASSED : CheckOutcome.Status.FAILED,
        detail);
  }
}
