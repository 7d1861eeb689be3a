package io.ccsim.run;

import io.ccsim.center.ReplicationResult;
import io.ccsim.model.Scenario;
import java.util.List;

/** A finished run: the scenario as run, each replication's raw result (in order), and the summary. */
public record RunResult(Scenario scenario, List<ReplicationResult> replications, Summary summary) {
  /** Events fired over all replications. */
  public long firedEvents() {
    return replications.stream().mapToLong(ReplicationResult::firedEvents).sum();
  }

  /** Contacts simulated over all replications, counted or not. */
  public long simulatedContacts() {
    return replications.stream().mapToLong(ReplicationResult::simulatedContacts).sum();
  }
}
