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
    Estimate unfinished) {}
