package io.ccsim.run;

import io.ccsim.stats.Estimate;

/**
 * Per-channel KPIs over replications; field names are the keys of {@code summary.json} (a contract).
 *
 * <p>Counts are per replication (over the measurement window). {@code serviceLevel} uses
 * {@code serviceLevelDefinition}. {@code probWait} counts every contact not served at once (queued or
 * blocked). {@code meanWaitSeconds} averages over all offered contacts, abandoners' time in queue
 * included and blocked contacts as zero. Wait percentiles are of answered and abandoned contacts'
 * waits, from the HdrHistogram merged over replications; their ci95 comes from the spread of the
 * per-replication percentiles.
 *
 * <p>{@code ahtSeconds} is mean handle time of counted contacts handled to the end of wrap-up (work
 * slowed by concurrency, hold while interrupted, wrap-up; not queue wait), {@code holdSeconds} the mean
 * hold part of it, and {@code backlogAtEnd} the contacts waiting at the horizon (deferred work left over).
 * {@code serviceLevelClock} is {@code calendar}, or {@code business} when the threshold counts only the
 * channel's open hours.
 */
public record ChannelSummary(
    Estimate offered,
    Estimate answered,
    Estimate abandoned,
    Estimate blocked,
    Estimate serviceLevel,
    Estimate asaSeconds,
    Estimate meanWaitSeconds,
    Estimate probWait,
    Estimate abandonRate,
    Estimate blockRate,
    Estimate waitP50Seconds,
    Estimate waitP90Seconds,
    Estimate waitP99Seconds,
    String serviceLevelDefinition,
    double serviceLevelThresholdSeconds,
    double serviceLevelTarget,
    Estimate unfinished,
    String kind,
    Estimate ahtSeconds,
    Estimate holdSeconds,
    Estimate backlogAtEnd,
    String serviceLevelClock) {
  private static final Estimate UNDEFINED = new Estimate(Double.NaN, Double.NaN);

  /** The Foundation's KPIs only (a live channel; handle-time figures undefined). */
  public ChannelSummary(Estimate offered, Estimate answered, Estimate abandoned, Estimate blocked,
      Estimate serviceLevel, Estimate asaSeconds, Estimate meanWaitSeconds, Estimate probWait,
      Estimate abandonRate, Estimate blockRate, Estimate waitP50Seconds, Estimate waitP90Seconds,
      Estimate waitP99Seconds, String serviceLevelDefinition, double serviceLevelThresholdSeconds,
      double serviceLevelTarget, Estimate unfinished) {
    this(offered, answered, abandoned, blocked, serviceLevel, asaSeconds, meanWaitSeconds, probWait, abandonRate,
        blockRate, waitP50Seconds, waitP90Seconds, waitP99Seconds, serviceLevelDefinition,
        serviceLevelThresholdSeconds, serviceLevelTarget, unfinished, "live", UNDEFINED, UNDEFINED, UNDEFINED,
        "calendar");
  }
}
