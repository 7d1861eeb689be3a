package io.ccsim.run;

import java.util.Map;

/** The result of a run over all replications; its shape is {@code summary.json} (a documented contract). */
public record Summary(
    String scenario,
    long seed,
    int replications,
    double warmupSeconds,
    double horizonSeconds,
    Map<String, ChannelSummary> channels,
    Map<String, GroupSummary> groups) {}
