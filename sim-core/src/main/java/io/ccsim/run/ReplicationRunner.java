package io.ccsim.run;

import io.ccsim.arrivals.ScheduledContact;
import io.ccsim.center.ReplicationResult;
import io.ccsim.model.Scenario;
import java.util.List;

/**
 * Runs a scenario's replications, on a pool of threads unless told otherwise. Each replication has its
 * own random streams derived from (seed, replication index), and outcomes are merged as they finish in
 * index order, so the summary is byte-identical for any thread count and memory does not grow with
 * the tallies of finished replications.
 */
public final class ReplicationRunner {
  private ReplicationRunner() {}

  /**
   * Runs every replication of {@code scenario} on {@code threads} threads (at least 1); {@code progress}
   * may be null (no progress reports).
   */
  public static RunResult run(Scenario scenario, int threads, ProgressListener progress) {
    return run(scenario, threads, progress, null);
  }

  /**
   * Runs every replication replaying {@code trace} (sorted by arrival time) in place of the scenario's
   * arrivals before the horizon; null runs the scenario's own arrivals.
   */
  public static RunResult run(Scenario scenario, int threads, ProgressListener progress,
      List<ScheduledContact> trace) {
    return run(scenario, threads, progress, trace, Engine.AUTO);
  }

  /** As {@link #run(Scenario, int, ProgressListener, List)}, on the chosen engine (results are the same on any). */
  public static RunResult run(Scenario scenario, int threads, ProgressListener progress,
      List<ScheduledContact> trace, Engine engine) {
    Engine resolved = (engine == null ? Engine.AUTO : engine).resolve(scenario, trace);
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, got " + threads);
    }
    return run(scenario, new LocalExecutor(threads), progress, job(scenario, trace, resolved));
  }

  /** The pure job of {@code scenario} on {@code engine}: replication index to outcome. */
  public static ReplicationJob job(Scenario scenario, List<ScheduledContact> trace, Engine engine) {
    Engine resolved = (engine == null ? Engine.AUTO : engine).resolve(scenario, trace);
    return replication -> ReplicationOutcome.of(scenario, replication, resolved.run(scenario, replication, trace));
  }

  /** Runs {@code job}'s replications of {@code scenario} on {@code executor}, merging them as they finish. */
  public static RunResult run(Scenario scenario, ReplicationExecutor executor, ProgressListener progress,
      ReplicationJob job) {
    RunAggregate aggregate = new RunAggregate(scenario);
    executor.run(job, scenario.replications(), progress == null ? ProgressListener.NONE : progress, aggregate::add);
    return aggregate.finish();
  }

  /**
   * The run made of replications already simulated, in index order (as `ccsim show` does one step at a
   * time): the same result and summary as {@link #run} gives for them.
   */
  public static RunResult of(Scenario scenario, List<ReplicationResult> results) {
    RunAggregate aggregate = new RunAggregate(scenario);
    for (int r = 0; r < results.size(); r++) {
      aggregate.add(ReplicationOutcome.of(scenario, r, results.get(r)));
    }
    return aggregate.finish();
  }

  /** All available processors. */
  public static int defaultThreads() {
    return Runtime.getRuntime().availableProcessors();
  }
}
