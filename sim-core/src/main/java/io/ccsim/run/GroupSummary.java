package io.ccsim.run;

import io.ccsim.stats.Estimate;
import java.util.Map;

/**
 * Per-group KPIs over replications; field names are {@code summary.json} keys.
 *
 * @param occupancy capacity in use / capacity over the window (equals {@code slotOccupancy}; for agents
 *     who hold one contact at a time it is the classic occupancy)
 * @param slotOccupancy the same figure under the glossary's name for concurrent work
 * @param busyShare share of logged-in time with at least one item in hand
 * @param concurrency mean items held while busy (observed concurrency)
 * @param concurrencyDistribution share of busy time spent holding exactly 1, 2, ... items
 * @param interruptions deferred items paused by live contacts, per replication
 * @param overtimeSeconds agent time worked past the end of shifts to finish items in hand, per replication
 */
public record GroupSummary(
    int agents,
    Estimate occupancy,
    Estimate slotOccupancy,
    Estimate busyShare,
    Estimate concurrency,
    Map<String, Estimate> concurrencyDistribution,
    Estimate interruptions,
    Estimate overtimeSeconds) {
  private static final Estimate UNDEFINED = new Estimate(Double.NaN, Double.NaN);

  /** Occupancy only, the Foundation's shape. */
  public GroupSummary(int agents, Estimate occupancy) {
    this(agents, occupancy, occupancy, UNDEFINED, UNDEFINED, Map.of(), UNDEFINED, UNDEFINED);
  }
}
