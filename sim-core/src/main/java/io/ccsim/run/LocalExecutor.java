package io.ccsim.run;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs replications on a pool of threads in this JVM. Replications are submitted a few at a time ahead
 * of the one to be merged next, so at most {@link #WINDOW_PER_THREAD} outcomes per thread wait for an
 * earlier one to finish: memory does not grow with the number of replications.
 */
public final class LocalExecutor implements ReplicationExecutor {
  /** Outcomes per thread that may be computed ahead of the next one to merge. */
  static final int WINDOW_PER_THREAD = 4;

  private final int threads;

  public LocalExecutor(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, got " + threads);
    }
    this.threads = threads;
  }

  @Override
  public void run(List<RunJob> runs, ProgressListener progress) {
    // Every (run, replication) in one sequence: run 0's replications, then run 1's, ...
    int sum = 0;
    for (RunJob run : runs) {
      sum = Math.addExact(sum, run.replications());
    }
    int total = sum;
    if (threads == 1 || total <= 1) {
      int finished = 0;
      for (RunJob run : runs) {
        for (int r = 0; r < run.replications(); r++) {
          run.inOrder().accept(run.job().run(r));
          progress.replicationDone(++finished, total);
        }
      }
      return;
    }
    int workers = Math.min(threads, total);
    ExecutorService pool = Executors.newFixedThreadPool(workers, runnable -> {
      Thread thread = new Thread(runnable, "ccsim-replication");
      thread.setDaemon(true);
      return thread;
    });
    try {
      AtomicInteger done = new AtomicInteger();
      Deque<Future<ReplicationOutcome>> ahead = new ArrayDeque<>();
      int submittedRun = 0;
      int submittedReplication = 0;
      int submitted = 0;
      for (int i = 0; i < runs.size(); i++) {
        for (int r = 0; r < runs.get(i).replications(); r++) {
          while (submitted < total && ahead.size() < workers * WINDOW_PER_THREAD) {
            while (submittedReplication == runs.get(submittedRun).replications()) {
              submittedRun++;
              submittedReplication = 0;
            }
            ReplicationJob job = runs.get(submittedRun).job();
            int replication = submittedReplication++;
            submitted++;
            ahead.add(pool.submit(() -> {
              ReplicationOutcome outcome = job.run(replication);
              progress.replicationDone(done.incrementAndGet(), total);
              return outcome;
            }));
          }
          runs.get(i).inOrder().accept(ahead.poll().get());
        }
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
