package io.ccsim.run;

import io.ccsim.model.Scenario;

/**
 * A run being merged: each replication's outcome is folded in as it arrives, in replication order (so
 * the figures are byte-identical however many threads or machines computed them), and then dropped.
 */
public final class RunAggregate {
  private final Scenario scenario;
  private final ReplicationValues values;

  public RunAggregate(Scenario scenario) {
    this.scenario = scenario;
    this.values = new ReplicationValues(scenario);
  }

  /** Folds in the next replication; outcomes must come in index order 0, 1, 2, .... */
  public void add(ReplicationOutcome outcome) {
    if (outcome.replication() != values.count()) {
      throw new IllegalStateException("replication " + outcome.replication() + " arrived where replication "
          + values.count() + " is next: outcomes must be merged in index order");
    }
    values.add(outcome);
  }

  /** Replications merged so far. */
  public int count() {
    return values.count();
  }

  /** The finished run: the scenario, what it kept per replication, and the summary. */
  public RunResult finish() {
    return new RunResult(scenario, values, SummaryBuilder.build(scenario, values));
  }
}
