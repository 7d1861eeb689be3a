package io.ccsim.run;

import io.ccsim.arrivals.ScheduledContact;
import io.ccsim.center.ReplicationResult;
import io.ccsim.model.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a scenario's replications on a pool of threads. Each replication has its own random streams
 * derived from (seed, replication index) and results are combined in index order, so the summary is
 * byte-identical for any thread count.
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
    if (progress == null) {
      progress = ProgressListener.NONE;
    }
    Engine resolved = (engine == null ? Engine.AUTO : engine).resolve(scenario, trace);
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, got " + threads);
    }
    int total = scenario.replications();
    List<ReplicationResult> results = new ArrayList<>(total);
    if (threads == 1 || total == 1) {
      for (int r = 0; r < total; r++) {
        results.add(resolved.run(scenario, r, trace));
        progress.replicationDone(r + 1, total);
      }
    } else {
      runParallel(scenario, Math.min(threads, total), progress, results, trace, resolved);
    }
    return new RunResult(scenario, List.copyOf(results), SummaryBuilder.build(scenario, results));
  }

  /**
   * The run made of replications already simulated, in index order (as `ccsim show` does one step at a
   * time): the same result and summary as {@link #run} gives for them.
   */
  public static RunResult of(Scenario scenario, List<ReplicationResult> results) {
    return new RunResult(scenario, List.copyOf(results), SummaryBuilder.build(scenario, results));
  }

  /** All available processors. */
  public static int defaultThreads() {
    return Runtime.getRuntime().availableProcessors();
  }

  private static void runParallel(
      Scenario scenario, int threads, ProgressListener progress, List<ReplicationResult> results,
      List<ScheduledContact> trace, Engine engine) {
    int total = scenario.replications();
    ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
      Thread thread = new Thread(runnable, "ccsim-replication");
      thread.setDaemon(true);
      return thread;
    });
    try {
      AtomicInteger done = new AtomicInteger();
      List<Future<ReplicationResult>> futures = new ArrayList<>(total);
      for (int r = 0; r < total; r++) {
        int replication = r;
        futures.add(pool.submit(() -> {
          ReplicationResult result = engine.run(scenario, replication, trace);
          progress.replicationDone(done.incrementAndGet(), total);
          return result;
        }));
      }
      for (Future<ReplicationResult> future : futures) {
        results.add(future.get());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running replications", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(cause);
    } finally {
      pool.shutdownNow();
    }
  }
}
