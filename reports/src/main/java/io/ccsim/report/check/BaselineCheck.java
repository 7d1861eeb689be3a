package io.ccsim.report.check;

import com.fasterxml.jackson.databind.JsonNode;
import io.ccsim.kpi.Direction;
import io.ccsim.kpi.Format;
import io.ccsim.kpi.Kpi;
import io.ccsim.kpi.Scope;
import io.ccsim.report.KpiPath;
import io.ccsim.report.TextTable;
import io.ccsim.run.Summary;
import io.ccsim.stats.Estimate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * Compares a run with a baseline {@code summary.json} so that a CI gate fails on real regressions and
 * not on noise. For each channel and group KPI that has a direction in the catalogue ({@link Kpi#direction})
 * and is defined in both:
 *
 * <ul>
 *   <li>worsening {@code w} = how much worse the current mean is (baseline − current for service level,
 *       current − baseline for waits and rates); allowance {@code m} = max-regression × |baseline mean|;
 *   <li>standard errors from the intervals: {@code se = ci95 / t(0.975, n − 1)} for each run, with n
 *       the run's replications; {@code se_w = sqrt(se_b² + se_c²)}, Welch–Satterthwaite degrees of
 *       freedom {@code df};
 *   <li>a <b>regression</b> when {@code w > m} and {@code w / se_w > t(1 − 0.05 / k, df)}, a one-sided
 *       Welch test with a Bonferroni correction over the k KPIs compared, so that a run no worse than
 *       its baseline trips the gate by chance at most 5% of the time however many KPIs are checked.
 * </ul>
 *
 * A KPI without an interval (a single replication) is skipped: it cannot be tested.
 */
public final class BaselineCheck {
  /** The chance, over all KPIs of one check, that noise alone reports a regression. */
  public static final double FAMILY_ERROR_RATE = 0.05;

  private BaselineCheck() {}

  /**
   * @param maxRegression the allowed relative worsening, e.g. 0.02 for 2%
   */
  public static List<CheckOutcome> compare(Summary current, JsonNode baseline, double maxRegression) {
    if (!(maxRegression >= 0) || Double.isInfinite(maxRegression)) {
      throw new IllegalArgumentException("max regression must be >= 0, got " + maxRegression);
    }
    int baselineReplications = baseline.path("replications").asInt(0);
    List<Pair> pairs = new ArrayList<>();
    for (String channel : current.channels().keySet()) {
      addPairs(pairs, Scope.CHANNEL, channel, current, baseline);
    }
    for (String group : current.groups().keySet()) {
      addPairs(pairs, Scope.GROUP, group, current, baseline);
    }
    List<CheckOutcome> outcomes = new ArrayList<>();
    int k = Math.max(1, pairs.size());
    for (Pair p : pairs) {
      outcomes.add(test(p, baselineReplications, current.replications(), maxRegression, k));
    }
    return outcomes;
  }

  /** The KPIs of one channel or group that have a direction and are defined in both runs. */
  private static void addPairs(List<Pair> pairs, Scope scope, String subject, Summary current, JsonNode baseline) {
    for (Kpi kpi : Kpi.of(scope)) {
      if (kpi.direction() == Direction.NONE) {
        continue;
      }
      KpiPath path = new KpiPath(kpi, subject);
      Optional<Estimate> before = path.estimate(baseline);
      Estimate now = path.estimate(current).orElseThrow();
      if (before.isPresent() && !Double.isNaN(before.get().mean()) && !Double.isNaN(now.mean())) {
        pairs.add(new Pair(path, before.get(), now));
      }
    }
  }

  private record Pair(KpiPath path, Estimate baseline, Estimate current) {}

  private static CheckOutcome test(Pair p, int nBaseline, int nCurrent, double maxRegression, int k) {
    Format format = p.path().kpi().format();
    String name = p.path() + " not worse than baseline by more than " + percent(maxRegression);
    String figures = String.format(Locale.ROOT, "%s = %s vs baseline %s", p.path(),
        TextTable.format(p.current(), format), TextTable.format(p.baseline(), format));
    double w = p.path().kpi().direction().worsening(p.baseline().mean(), p.current().mean());
    double allowance = maxRegression * Math.abs(p.baseline().mean());
    String change = w == 0 ? "unchanged"
        : Math.abs(p.baseline().mean()) > 0
        ? String.format(Locale.ROOT, "%.2f%% %s", 100 * Math.abs(w) / Math.abs(p.baseline().mean()), w > 0 ? "worse" : "better")
        : (w > 0 ? "worse" : "better");
    if (nBaseline < 2 || nCurrent < 2 || Double.isNaN(p.baseline().ci95()) || Double.isNaN(p.current().ci95())) {
      return new CheckOutcome("baseline", name, CheckOutcome.Status.SKIPPED,
          figures + "; not tested: each run needs at least 2 replications for a confidence interval");
    }
    double seBaseline = p.baseline().ci95() / tQuantile(0.975, nBaseline - 1);
    double seCurrent = p.current().ci95() / tQuantile(0.975, nCurrent - 1);
    double se = Math.sqrt(seBaseline * seBaseline + seCurrent * seCurrent);
    double level = 1 - FAMILY_ERROR_RATE / k;
    boolean significant;
    String test;
    if (se == 0) {
      significant = w > 0;
      test = "no spread in either run";
    } else {
      double df = Math.pow(se, 4) / (Math.pow(seBaseline, 4) / (nBaseline - 1) + Math.pow(seCurrent, 4) / (nCurrent - 1));
      double t = w / se;
      double critical = tQuantile(level, df);
      significant = t > critical;
      test = String.format(Locale.ROOT, "t = %.2f, critical %.2f", t, critical);
    }
    boolean regression = w > allowance && significant;
    String verdict = regression ? "significant regression"
        : w > allowance ? "worse beyond the allowance but not significant" : "within the allowance";
    return new CheckOutcome("baseline", name, regression ? CheckOutcome.Status.FAILED : CheckOutcome.Status.PASSED,
        figures + ": " + change + ", " + verdict + " (" + test + ")");
  }

  private static double tQuantile(double p, double degreesOfFreedom) {
    return new TDistribution(null, degreesOfFreedom).inverseCumulativeProbability(p);
  }

  static String percent(double share) {
    return SummaryNumber.plain(share * 100) + "%";
  }
}
