package io.ccsim.loadgen;

import io.ccsim.loadgen.measure.Threshold;
import io.ccsim.loadgen.measure.Totals;
import java.time.Instant;
import java.util.List;

/**
 * What a load run did.
 *
 * @param perChannel each channel's figures at its target, in the scenario's channel order
 * @param overall all channels together
 * @param notSent planned contacts whose time never came (the run was stopped or aborted)
 * @param abortedBy the threshold that stopped the run early, or {@code null}
 * @param thresholds every --abort-if threshold judged on the final figures
 */
public record LoadResult(Plan plan, LoadOptions options, Outcome outcome, Instant startedAt, double wallSeconds,
    List<Totals> perChannel, Totals overall, long notSent, List<IntervalRow> intervals, Threshold abortedBy,
    List<Judged> thresholds) {
  public LoadResult {
    perChannel = List.copyOf(perChannel);
    intervals = List.copyOf(intervals);
    thresholds = List.copyOf(thresholds);
  }

  /** A threshold with the figure it saw and whether it held (which fails the run). */
  public record Judged(Threshold threshold, double observed, boolean holds) {}

  /** Whether the run failed its thresholds: one held at the end, or one stopped the run. */
  public boolean failed() {
    return abortedBy != null || thresholds.stream().anyMatch(Judged::holds);
  }
}
