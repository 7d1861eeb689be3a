package io.ccsim.fit;

import io.ccsim.kpi.Kpi;
import io.ccsim.model.Channel;
import io.ccsim.run.IntervalSummary;
import io.ccsim.run.ReplicationKpis;
import io.ccsim.run.RunResult;
import io.ccsim.stats.Estimate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * Simulated against recorded KPIs, with the same definitions: abandonment = abandoned / offered, service
 * level = answered within T / offered (T of the scenario's first channel), ASA = wait of answered /
 * answered, all channels together. Recorded figures pool the selected days (total abandoned / total
 * offered); simulated ones pool the replications the same way, with a 95% half-width by the delta method
 * (Student t), so that busy days weigh by their volume in both. Per interval, the simulated figure is the
 * ratio of the means over replications.
 */
public final class Validation {
  private Validation() {}

  /** The comparison as text; the run's scenario must report intervals of the selection's length. */
  public static String text(RunResult run, RecordedKpis recorded, Selection selection) {
    IntervalSummary intervals = run.summary().intervals();
    if (intervals == null || Math.abs(intervals.intervalSeconds() - selection.intervalSeconds()) > 1e-9) {
      throw new IllegalArgumentException("--against needs a scenario with interval: "
          + ScenarioYaml.seconds(selection.intervalSeconds()) + " (the log's comparison interval), as ccsim fit writes");
    }
    List<Channel> channels = run.scenario().channels();
    double threshold = channels.get(0).serviceLevel().thresholdSeconds();
    for (Channel c : channels) {
      if (c.serviceLevel().definition() != io.ccsim.model.ServiceLevelDefinition.ANSWERED_OF_OFFERED
          || c.serviceLevel().thresholdSeconds() != threshold) {
        throw new IllegalArgumentException("--against needs every channel's service level as answered-of-offered "
            + "with one threshold; channel " + c.name() + " differs");
      }
    }
    if (Math.abs(threshold - recorded.thresholdSeconds()) > 1e-9) {
      throw new IllegalArgumentException("the scenario's service-level threshold is " + threshold
          + " s, the comparison's " + recorded.thresholdSeconds() + " s");
    }
    int reps = run.replicationCount();
    double[] off = new double[reps];
    double[] ab = new double[reps];
    double[] within = new double[reps];
    double[] ans = new double[reps];
    double[] wait = new double[reps];
    for (Channel c : channels) {
      double[] o = ReplicationKpis.perReplication(run, Kpi.OFFERED, c.name());
      double[] a = ReplicationKpis.perReplication(run, Kpi.ABANDONED, c.name());
      double[] n = ReplicationKpis.perReplication(run, Kpi.ANSWERED, c.name());
      double[] sl = ReplicationKpis.perReplication(run, Kpi.SERVICE_LEVEL, c.name());
      double[] asa = ReplicationKpis.perReplication(run, Kpi.ASA_SECONDS, c.name());
      for (int r = 0; r < reps; r++) {
        off[r] += o[r];
        ab[r] += a[r];
        ans[r] += n[r];
        within[r] += o[r] > 0 ? sl[r] * o[r] : 0;
        wait[r] += n[r] > 0 ? asa[r] * n[r] : 0;
      }
    }
    Kpis rec = recorded.total();
    int days = selection.days().size();
    int simDays = simulatedDays(run);
    StringBuilder t = new StringBuilder();
    t.append(f("Simulated (%s, %d replications) against recorded (%s)%n", run.scenario().name(), reps,
        selection.describe()));
    t.append(f("Definitions: abandonment = abandoned / offered; service level = answered within %.0f s / offered; "
        + "ASA = wait of answered / answered; all channels together%n%n", threshold));
    t.append(f("%-22s %12s %20s %12s%n", "KPI (per day)", "recorded", "simulated", "difference"));
    t.append(f("%-22s %12.1f %20s %+12.1f%n", "offered", (double) rec.offered() / days,
        ci(new double[] {mean(off) / simDays, halfWidth(off) / simDays}, 1, "%.1f"),
        mean(off) / simDays - (double) rec.offered() / days));
    double[] abandon = ratio(ab, off);
    double[] level = ratio(within, off);
    double[] speed = ratio(wait, ans);
    t.append(f("%-22s %11.2f%% %20s %+10.2f pt%n", "abandonment", 100 * rec.abandonRate(), ci(abandon, 100, "%.2f%%"),
        100 * (abandon[0] - rec.abandonRate())));
    t.append(f("%-22s %11.2f%% %20s %+10.2f pt%n", "service level", 100 * rec.serviceLevel(), ci(level, 100, "%.2f%%"),
        100 * (level[0] - rec.serviceLevel())));
    t.append(f("%-22s %12.1f %20s %+11.1f%%%n", "ASA (s)", rec.asaSeconds(), ci(speed, 1, "%.1f"),
        100 * (speed[0] / rec.asaSeconds() - 1)));
    t.append(simDays == 1 ? f("%nPer interval (recorded: over the %d days; simulated: the mean weekday)%n", days)
        : f("%nPer interval (recorded: over the %d days; simulated: over the run's %d days)%n", days, simDays));
    t.append(f("%-6s %9s %9s %9s %9s %9s %9s %9s %9s%n", "start", "off rec", "off sim", "aband rec", "aband sim",
        "SL rec", "SL sim", "ASA rec", "ASA sim"));
    for (double[] row : perInterval(run, recorded, selection)) {
      t.append(f("%-6s %9.1f %9.1f %8.2f%% %8.2f%% %8.2f%% %8.2f%% %9.1f %9.1f%n", Selection.clock(row[0]), row[1],
          row[2], 100 * row[3], 100 * row[4], 100 * row[5], 100 * row[6], row[7], row[8]));
    }
    if (byDate(run, selection)) {
      t.append(f("%nPer day (day d of the run replays the d-th date; simulated: the mean over replications)%n"));
      t.append(f("%-10s %9s %9s %9s %9s %9s %9s %9s %9s%n", "day", "off rec", "off sim", "aband rec", "aband sim",
          "SL rec", "SL sim", "ASA rec", "ASA sim"));
      for (double[] row : perDay(run, recorded, selection)) {
        t.append(f("%-10s %9.0f %9.1f %8.2f%% %8.2f%% %8.2f%% %8.2f%% %9.1f %9.1f%n",
            java.time.LocalDate.ofEpochDay((long) row[0]), row[1], row[2], 100 * row[3], 100 * row[4], 100 * row[5],
            100 * row[6], row[7], row[8]));
      }
      return t.toString();
    }
    t.append(f("%nPer day (recorded; the simulated mean weekday: abandonment %.2f%%, service level %.2f%%, "
        + "ASA %.1f s)%n", 100 * abandon[0], 100 * level[0], speed[0]));
    t.append(f("%-10s %8s %9s %9s %9s%n", "day", "offered", "abandon", "SL", "ASA (s)"));
    recorded.perDay().forEach((day, k) -> t.append(f("%-10s %8d %8.2f%% %8.2f%% %9.1f%n",
        java.time.LocalDate.ofEpochDay(day), k.offered(), 100 * k.abandonRate(), 100 * k.serviceLevel(),
        k.asaSeconds())));
    return t.toString();
  }

  /** The whole days the run covers after its warm-up (1 for a fitted mean day). */
  static int simulatedDays(RunResult run) {
    return Math.max(1, (int) Math.round((run.scenario().horizonSeconds() - run.scenario().warmupSeconds()) / 86_400));
  }

  /**
   * Whether the run replays the selection's dates: as many days as dates, and arrivals given day by day in a
   * cycle of that length ({@code ccsim fit --by-date}).
   */
  public static boolean byDate(RunResult run, Selection selection) {
    int days = simulatedDays(run);
    return days > 1 && days == selection.days().size() && run.scenario().arrivals().stream()
        .anyMatch(a -> a.profileByDay().size() == days);
  }

  /**
   * Per date of a replay ({@link #byDate}): the date (epoch day), offered (recorded, simulated), abandonment,
   * service level and ASA (each recorded, simulated), all channels together, from the run's intervals.
   */
  public static List<double[]> perDay(RunResult run, RecordedKpis recorded, Selection selection) {
    List<Integer> dates = selection.dayList();
    List<double[]> rows = new java.util.ArrayList<>();
    for (int d = 0; d < dates.size(); d++) {
      double[] sim = new double[5];
      for (int j = 0; j < selection.intervals(); j++) {
        add(sim, run, d * 86_400 + selection.windowStartSeconds() + j * selection.intervalSeconds());
      }
      Kpis r = recorded.perDay().get(dates.get(d));
      rows.add(new double[] {dates.get(d), r == null ? 0 : r.offered(), sim[0], r == null ? Double.NaN
          : r.abandonRate(), sim[1] / sim[0], r == null ? Double.NaN : r.serviceLevel(), sim[2] / sim[0],
          r == null ? Double.NaN : r.asaSeconds(), sim[4] / sim[3]});
    }
    return rows;
  }

  /**
   * Adds the interval starting at {@code t} (seconds from the run's start), all channels, to {offered,
   * abandoned, answered within T, answered, total wait of answered}; nothing when the run has no such interval.
   */
  private static void add(double[] sums, RunResult run, double t) {
    IntervalSummary intervals = run.summary().intervals();
    int i = (int) Math.round((t - intervals.startSeconds().get(0)) / intervals.intervalSeconds());
    if (i < 0 || i >= intervals.startSeconds().size()) {
      return;
    }
    for (Channel c : run.scenario().channels()) {
      Map<String, List<Estimate>> k = intervals.channels().get(c.name());
      double oc = k.get("offered").get(i).mean();
      double nc = k.get("answered").get(i).mean();
      sums[0] += oc;
      sums[1] += k.get("abandoned").get(i).mean();
      sums[2] += oc > 0 ? nan0(k.get("serviceLevel").get(i).mean()) * oc : 0;
      sums[3] += nc;
      sums[4] += nc > 0 ? nan0(k.get("asaSeconds").get(i).mean()) * nc : 0;
    }
  }

  /**
   * Per interval of the selection: start, offered per day (recorded, simulated), abandonment, service level
   * and ASA (each recorded, simulated), all channels together.
   */
  public static List<double[]> perInterval(RunResult run, RecordedKpis recorded, Selection selection) {
    int days = selection.days().size();
    int simDays = simulatedDays(run);
    List<double[]> rows = new java.util.ArrayList<>();
    for (int j = 0; j < selection.intervals(); j++) {
      double start = selection.windowStartSeconds() + j * selection.intervalSeconds();
      double[] sim = new double[5];
      for (int d = 0; d < simDays; d++) {
        add(sim, run, d * 86_400 + start);
      }
      Kpis r = recorded.perInterval().get(j);
      rows.add(new double[] {start, (double) r.offered() / days, sim[0] / simDays, r.abandonRate(), sim[1] / sim[0],
          r.serviceLevel(), sim[2] / sim[0], r.asaSeconds(), sim[4] / sim[3]});
    }
    return rows;
  }

  private static double nan0(double v) {
    return Double.isNaN(v) ? 0 : v;
  }

  static double mean(double[] v) {
    double s = 0;
    for (double x : v) {
      s += x;
    }
    return s / v.length;
  }

  static double halfWidth(double[] v) {
    if (v.length < 2) {
      return Double.NaN;
    }
    double m = mean(v);
    double ss = 0;
    for (double x : v) {
      ss += (x - m) * (x - m);
    }
    return new TDistribution(v.length - 1).inverseCumulativeProbability(0.975) * Math.sqrt(ss / (v.length - 1) / v.length);
  }

  /** {sum a / sum b, its 95% half-width}: the pooled ratio over replications, by the delta method. */
  static double[] ratio(double[] a, double[] b) {
    int n = a.length;
    double r = mean(a) / mean(b);
    if (n < 2) {
      return new double[] {r, Double.NaN};
    }
    double ss = 0;
    for (int i = 0; i < n; i++) {
      ss += (a[i] - r * b[i]) * (a[i] - r * b[i]);
    }
    double se = Math.sqrt(ss / (n - 1) / n) / mean(b);
    return new double[] {r, new TDistribution(n - 1).inverseCumulativeProbability(0.975) * se};
  }

  private static String ci(double[] estimate, double scale, String format) {
    return f(format, scale * estimate[0]) + " ± " + f(format, scale * estimate[1]);
  }

  private static String f(String format, Object... args) {
    return String.format(Locale.ROOT, format, args);
  }
}
