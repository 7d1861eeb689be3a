package io.ccsim.run;

import io.ccsim.model.Scenario;

/**
 * A finished run: the scenario as run, what it kept of each replication (KPI values, merged wait
 * histograms; no tallies), and the summary.
 */
public record RunResult(Scenario scenario, ReplicationValues values, Summary summary) {
  /** Replications run. */
  public int replicationCount() {
    return values.count();
  }

  /** Events fired over all replications. */
  public long firedEvents() {
    return values.firedEvents();
  }

  /** Contacts simulated over all replications, counted or not. */
  public long simulatedContacts() {
    return values.simulatedContacts();
  }
}
