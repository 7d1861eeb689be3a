package io.ccsim.run;

import java.util.function.Consumer;

/**
 * Where a run's replications are computed: {@link LocalExecutor} (a pool of threads) by default. However
 * they are spread, the outcomes reach {@code inOrder} in replication order 0, 1, 2, ..., one at a time,
 * so the run merges them as they come and the figures do not depend on the executor.
 */
public interface ReplicationExecutor {
  /**
   * Runs replications 0 .. {@code replications} - 1 of {@code job}, telling {@code progress} as each
   * finishes. A failing replication fails the run with its exception (the lowest-index failure).
   */
  void run(ReplicationJob job, int replications, ProgressListener progress, Consumer<ReplicationOutcome> inOrder);
}
