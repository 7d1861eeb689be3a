package io.ccsim.run;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

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
  public void run(ReplicationJob job, int replications, ProgressListener progress,
      Consumer<ReplicationOutcome> inOrder) {
    if (threads == 1 || replications <= 1) {
      for (int r = 0; r < replications; r++) {
        inOrder.accept(job.run(r));
        progress.replicationDone(r + 1, replications);
      }
      return;
    }
    int workers = Math.min(threads, replications);
    ExecutorService pool = Executors.newFixedThreadPool(workers, runnable -> {
      Thread thread = new Thread(runnable, "ccsim-replication");
      thread.setDaemon(true);
      return thread;
    });
    try {
      AtomicInteger done = new AtomicInteger();
      Deque<Future<ReplicationOutcome>> ahead = new ArrayDeque<>();
      int submitted = 0;
      for (int next = 0; next < replications; next++) {
        while (submitted < replications && ahead.size() < workers * WINDOW_PER_THREAD) {
          int replication = submitted++;
          ahead.add(pool.submit(() -> {
            ReplicationOutcome outcome = job.run(replication);
            progress.replicationDone(done.incrementAndGet(), replications);
            return outcome;
          }));
        }
        inOrder.accept(ahead.poll().get());
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
