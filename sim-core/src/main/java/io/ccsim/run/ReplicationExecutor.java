package io.ccsim.run;

import java.util.List;
import java.util.function.Consumer;

/**
 * Where replications are computed: {@link LocalExecutor} (a pool of threads) by default, or a cluster
 * (see {@link ClusterEngine}). However they are spread, each run's outcomes reach its consumer in
 * replication order 0, 1, 2, ..., one at a time, so runs merge them as they come and the figures do not
 * depend on the executor.
 */
public interface ReplicationExecutor extends AutoCloseable {
  /**
   * Runs every replication of every run in {@code runs}, telling {@code progress} as each finishes (with
   * the total over all runs). A failing replication fails the whole call with its exception: the first
   * failure in the order of the runs and then of replications, as if they had run one after another.
   */
  void run(List<RunJob> runs, ProgressListener progress);

  /** Runs replications 0 .. {@code replications} - 1 of {@code job}, handing them to {@code inOrder} in order. */
  default void run(ReplicationJob job, int replications, ProgressListener progress,
      Consumer<ReplicationOutcome> inOrder) {
    run(List.of(new RunJob(job, replications, inOrder)), progress);
  }

  /** Releases what the executor holds (a cluster connection); the local pool holds nothing between calls. */
  @Override
  default void close() {}

  /** One run: its job, how many replications, and where its outcomes go, in replication order. */
  record RunJob(ReplicationJob job, int replications, Consumer<ReplicationOutcome> inOrder) {
    public RunJob {
      if (replications < 0) {
        throw new IllegalArgumentException("replications must be >= 0, got " + replications);
      }
    }
  }
}
