package io.ccsim.spark;

import io.ccsim.run.ReplicationOutcome;
import java.io.Serializable;

/**
 * What one Spark task element sends back: the replication's outcome, or the exception it failed with.
 * Failures come back as values rather than failed tasks, because a replication fails the same way
 * every time (bad input, not a lost machine): Spark would only retry it, and the driver rethrows the
 * exception itself, so the message is the one a local run prints.
 *
 * @param task the task's position in the job's order (runs, then replications)
 */
record TaskResult(long task, ReplicationOutcome outcome, RuntimeException failure) implements Serializable {
  private static final long serialVersionUID = 1L;
}
