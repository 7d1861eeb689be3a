package io.ccsim.run;

import io.ccsim.stats.Estimate;

/** Per-group KPIs over replications; field names are {@code summary.json} keys. */
public record GroupSummary(int agents, Estimate occupancy) {}
