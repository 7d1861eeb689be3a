package io.ccsim.kpi;

import io.ccsim.center.ReplicationResult;
import io.ccsim.model.Scenario;
import io.ccsim.stats.Estimate;
import org.HdrHistogram.Histogram;

/**
 * How a KPI is computed for one replication from that replication's tallies, and how the replications
 * combine into the run's estimate. {@code index} is the channel's or group's position in the scenario
 * (ignored for journeys).
 */
public sealed interface Computation {
  /** The KPI in one replication; NaN when it is not defined there (nothing answered, say). */
  double perReplication(Scenario scenario, ReplicationResult replication, int index);

  /**
   * The run's estimate from the KPI's value in each replication (in replication order) and, for a wait
   * percentile, the channel's waits merged over the replications (null for other KPIs).
   */
  Estimate estimate(double[] perReplication, Histogram mergedWaitMillis);

  /** One replication's value of a KPI. */
  @FunctionalInterface
  interface Measure {
    double of(Scenario scenario, ReplicationResult replication, int index);
  }

  /** Mean ± 95% CI half-width of the per-replication values: every KPI but the wait percentiles. */
  record MeanOverReplications(Measure measure) implements Computation {
    @Override
    public double perReplication(Scenario scenario, ReplicationResult replication, int index) {
      return measure.of(scenario, replication, index);
    }

    @Override
    public Estimate estimate(double[] perReplication, Histogram mergedWaitMillis) {
      return Estimate.of(perReplication);
    }
  }

  /**
   * A percentile of a channel's queue waits (answered and abandoned contacts). The point estimate reads
   * the histogram merged over replications, which is more precise than a mean of per-replication
   * percentiles; the ci95 comes from the spread of the per-replication percentiles.
   */
  record MergedWaitPercentile(double percent) implements Computation {
    public MergedWaitPercentile {
      if (!(percent > 0 && percent <= 100)) {
        throw new IllegalArgumentException("a percentile must be in (0, 100], got " + percent);
      }
    }

    @Override
    public double perReplication(Scenario scenario, ReplicationResult replication, int index) {
      Histogram h = replication.channels().get(index).waitMillis();
      return h.getTotalCount() == 0 ? Double.NaN : h.getValueAtPercentile(percent) / 1000.0;
    }

    @Override
    public Estimate estimate(double[] perReplication, Histogram mergedWaitMillis) {
      if (mergedWaitMillis.getTotalCount() == 0) {
        return new Estimate(Double.NaN, Double.NaN);
      }
      return Estimate.around(mergedWaitMillis.getValueAtPercentile(percent) / 1000.0, perReplication);
    }
  }
}
