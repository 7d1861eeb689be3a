package io.ccsim.run;

/**
 * The pure job of a run: replication index to that replication's outcome. Each replication draws from
 * its own random streams, derived from (scenario seed, replication index), and shares no state with
 * another, so jobs may run in any order, on any thread or machine, and give the same outcome.
 */
@FunctionalInterface
public interface ReplicationJob {
  ReplicationOutcome run(int replication);
}
