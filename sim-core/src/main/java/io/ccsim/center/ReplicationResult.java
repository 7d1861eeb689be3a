package io.ccsim.center;

import io.ccsim.stats.ChannelTally;
import io.ccsim.stats.GroupTally;
import io.ccsim.stats.IntervalTally;
import io.ccsim.stats.JourneyTally;
import java.util.List;

/**
 * What one replication measured.
 *
 * @param channels per-channel tallies, in the scenario's channel order
 * @param groupBusyAgents per group, the time-average capacity in use over [warmup, horizon), in whole
 *     agents (occupancy = this / agents)
 * @param groups per-group tallies (slot occupancy, busy share, concurrency, interruptions)
 * @param journeys journey figures (issues, repeats, channel switches, resolution)
 * @param intervals per-channel interval tallies, in channel order; empty when intervals are not reported
 * @param endSeconds when the replication ended (time-weighted figures are read up to here)
 * @param firedEvents events the engine fired (for the events/s benchmark figure)
 * @param simulatedContacts contacts that arrived, counted or not (for the contacts/s figure)
 */
public record ReplicationResult(
    List<ChannelTally> channels,
    double[] groupBusyAgents,
    List<GroupTally> groups,
    JourneyTally journeys,
    List<IntervalTally> intervals,
    double endSeconds,
    long firedEvents,
    long simulatedContacts) {}
