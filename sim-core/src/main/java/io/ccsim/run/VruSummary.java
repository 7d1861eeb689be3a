package io.ccsim.run;

import io.ccsim.stats.Estimate;

/**
 * One channel's VRU stage over replications: the shape of {@code vru.<channel>} in {@code summary.json}.
 * Counts are per replication over the measurement window, by the time of entry into the VRU.
 *
 * @param arrivals arrivals that entered the VRU
 * @param dropOuts those that left in the VRU (never offered to the queue; not abandonment)
 * @param dropOutShare drop-outs / arrivals: the share lost in the VRU
 */
public record VruSummary(Estimate arrivals, Estimate dropOuts, Estimate dropOutShare) {}
