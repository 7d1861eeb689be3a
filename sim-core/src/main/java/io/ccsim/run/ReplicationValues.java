package io.ccsim.run;

import io.ccsim.kpi.Kpi;
import io.ccsim.model.Scenario;
import io.ccsim.stats.ChannelTally;
import org.HdrHistogram.Histogram;

/**
 * What a run keeps of its replications once each is merged: the per-replication KPI values (what
 * confidence intervals and paired comparisons read) as primitive rows, the wait histograms added up per
 * channel, the concurrency shares per group, and the event and contact counts. No tally is kept, so a
 * run of 100,000 replications holds a few hundred bytes per replication.
 */
public final class ReplicationValues {
  private final ValueLayout layout;
  private final ValueRows values;
  private final Histogram[] waits;
  private final ConcurrencyShares[] concurrency;
  private ValueRows intervalValues;
  private int intervals;
  private long firedEvents;
  private long simulatedContacts;

  ReplicationValues(Scenario scenario) {
    layout = ValueLayout.of(scenario);
    values = new ValueRows(layout.width());
    waits = new Histogram[layout.channels()];
    for (int c = 0; c < waits.length; c++) {
      waits[c] = new Histogram(ChannelTally.SIGNIFICANT_DIGITS);
    }
    concurrency = new ConcurrencyShares[layout.groups()];
    for (int g = 0; g < concurrency.length; g++) {
      concurrency[g] = new ConcurrencyShares();
    }
  }

  /** Merges the next replication's outcome (the caller keeps replication order). */
  void add(ReplicationOutcome outcome) {
    values.add(outcome.values());
    for (int c = 0; c < waits.length; c++) {
      waits[c].add(outcome.waitMillis()[c]);
    }
    for (int g = 0; g < concurrency.length; g++) {
      concurrency[g].add(outcome.levelShares()[g], outcome.levelTails()[g], outcome.maxLevels()[g]);
    }
    if (intervalValues == null) {
      intervals = outcome.intervals();
      intervalValues = new ValueRows(outcome.intervalValues().length);
    } else if (outcome.intervals() != intervals) {
      throw new IllegalStateException("replication " + outcome.replication() + " reports " + outcome.intervals()
          + " intervals, the first " + intervals);
    }
    intervalValues.add(outcome.intervalValues());
    firedEvents += outcome.firedEvents();
    simulatedContacts += outcome.simulatedContacts();
  }

  /** Replications merged. */
  public int count() {
    return values.rows();
  }

  /** {@code kpi} of channel or group {@code index} (any index for journey KPIs), per replication in order. */
  public double[] perReplication(Kpi kpi, int index) {
    return values.column(layout.of(kpi, index));
  }

  /** The busy agents of every group added up, per replication in order. */
  public double[] busyAgents() {
    return values.column(layout.busyAgents());
  }

  /** Callers who entered channel {@code index}'s VRU, per replication in order (zeros without a VRU). */
  public double[] vruArrivals(int index) {
    return values.column(layout.vruArrivals(index));
  }

  /** Callers who left channel {@code index} in its VRU, per replication in order. */
  public double[] vruDropOuts(int index) {
    return values.column(layout.vruArrivals(index) + 1);
  }

  /** The waits of channel {@code index} in milliseconds, merged over the replications (a copy). */
  public Histogram waitMillis(int index) {
    return waits[index].copy();
  }

  /** As {@link #waitMillis}, without the copy, for the summary. */
  Histogram mergedWaits(int index) {
    return waits[index];
  }

  ConcurrencyShares concurrency(int group) {
    return concurrency[group];
  }

  int intervals() {
    return intervals;
  }

  double[] intervalColumn(int index) {
    return intervalValues.column(index);
  }

  /** Events fired over all replications. */
  public long firedEvents() {
    return firedEvents;
  }

  /** Contacts simulated over all replications, counted or not. */
  public long simulatedContacts() {
    return simulatedContacts;
  }
}
