package io.ccsim.run;

import io.ccsim.center.ReplicationResult;
import io.ccsim.kpi.Kpi;
import io.ccsim.kpi.Scope;
import io.ccsim.model.Scenario;
import io.ccsim.stats.GroupTally;
import java.io.Serializable;
import org.HdrHistogram.Histogram;

/**
 * What a run keeps of one replication, and all it keeps: the KPI values that confidence intervals and
 * paired comparisons read, the per-interval values, the concurrency shares, each channel's wait histogram
 * (added into the run's and then dropped) and two counts. A few hundred bytes plus the histograms,
 * against the tens of kilobytes of a {@link ReplicationResult}'s tallies. It is the result of the pure job
 * (scenario, seed, replication index), so it is serializable: another process may compute it.
 *
 * @param replication the replication's index
 * @param values the KPI values, placed as {@link ValueLayout} says
 * @param intervals reporting intervals (0 when the scenario reports none)
 * @param intervalValues the per-interval values, placed as {@link IntervalSummaryBuilder} says
 * @param levelShares per group, the share of busy time at concurrency levels 1 .. max(1, maxLevel)
 * @param levelTails per group, the share at every level above those (0, or NaN when never busy)
 * @param maxLevels per group, the highest concurrency level with time spent at it
 * @param waitMillis per channel, the waits in milliseconds
 * @param firedEvents events the engine fired
 * @param simulatedContacts contacts that arrived, counted or not
 */
public record ReplicationOutcome(
    int replication,
    double[] values,
    int intervals,
    double[] intervalValues,
    double[][] levelShares,
    double[] levelTails,
    int[] maxLevels,
    Histogram[] waitMillis,
    long firedEvents,
    long simulatedContacts) implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Keeps what the run needs of {@code result}, replication {@code replication} of {@code scenario}. */
  public static ReplicationOutcome of(Scenario scenario, int replication, ReplicationResult result) {
    ValueLayout layout = ValueLayout.of(scenario);
    double[] values = new double[layout.width()];
    for (int c = 0; c < layout.channels(); c++) {
      for (Kpi kpi : Kpi.of(Scope.CHANNEL)) {
        values[layout.of(kpi, c)] = kpi.perReplication(scenario, result, c);
      }
    }
    for (int g = 0; g < layout.groups(); g++) {
      for (Kpi kpi : Kpi.of(Scope.GROUP)) {
        values[layout.of(kpi, g)] = kpi.perReplication(scenario, result, g);
      }
    }
    if (layout.journeys()) {
      for (Kpi kpi : Kpi.of(Scope.JOURNEY)) {
        values[layout.of(kpi, 0)] = kpi.perReplication(scenario, result, 0);
      }
    }
    double busy = 0;
    for (double b : result.groupBusyAgents()) {
      busy += b;
    }
    values[layout.busyAgents()] = busy;
    for (int c = 0; c < layout.channels(); c++) {
      values[layout.vruArrivals(c)] = result.channels().get(c).vruArrivals();
      values[layout.vruArrivals(c) + 1] = result.channels().get(c).vruDropOuts();
    }

    int groups = layout.groups();
    double[][] shares = new double[groups][];
    double[] tails = new double[groups];
    int[] maxLevels = new int[groups];
    for (int g = 0; g < groups; g++) {
      GroupTally tally = result.groups().get(g);
      maxLevels[g] = tally.maxLevel();
      // Above max(1, maxLevel) no time is spent, so every higher level has the same share: the tail.
      int shown = Math.max(1, maxLevels[g]);
      shares[g] = new double[shown];
      for (int level = 1; level <= shown; level++) {
        shares[g][level - 1] = tally.concurrencyShare(level, result.endSeconds());
      }
      tails[g] = tally.concurrencyShare(shown + 1, result.endSeconds());
    }
    Histogram[] waits = new Histogram[layout.channels()];
    for (int c = 0; c < waits.length; c++) {
      waits[c] = result.channels().get(c).waitMillis();
    }
    int intervals = IntervalSummaryBuilder.intervals(scenario, result);
    return new ReplicationOutcome(replication, values, intervals,
        IntervalSummaryBuilder.values(scenario, result, intervals), shares, tails, maxLevels, waits,
        result.firedEvents(), result.simulatedContacts());
  }
}
