package io.ccsim.center;

import io.ccsim.stats.ChannelTally;
import java.util.List;

/**
 * What one replication measured.
 *
 * @param channels per-channel tallies, in the scenario's channel order
 * @param groupBusyAgents per group, the time-average number of busy agents over [warmup, horizon)
 * @param firedEvents events the engine fired (for the events/s benchmark figure)
 * @param simulatedContacts contacts that arrived, counted or not (for the contacts/s figure)
 */
public record ReplicationResult(
    List<ChannelTally> channels, double[] groupBusyAgents, long firedEvents, long simulatedContacts) {}
