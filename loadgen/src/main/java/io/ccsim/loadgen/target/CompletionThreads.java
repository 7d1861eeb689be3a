package io.ccsim.loadgen.target;

import java.util.concurrent.ForkJoinPool;

/**
 * Keeps java.net.http from starting a thread per response. {@code HttpClient.sendAsync} completes its
 * future on CompletableFuture's default executor, which is the common ForkJoinPool only when that pool has
 * at least 2 threads; its default is one thread fewer than the cores, so on a machine with 1 or 2 cores
 * every response starts, runs and ends a thread of its own (at 5,000 requests/s on 2 cores that alone
 * held the HTTP target to about 2,700/s). The pool's size can only be chosen before the pool is first
 * used, so a program calls {@link #requestCommonPool} first thing (the {@code ccsim} command does).
 */
public final class CompletionThreads {
  /** The system property that sizes the common ForkJoinPool. */
  public static final String PARALLELISM_PROPERTY = "java.util.concurrent.ForkJoinPool.common.parallelism";
  /** CompletableFuture uses the common pool from this many threads on. */
  static final int MIN_COMMON_POOL_THREADS = 2;

  private CompletionThreads() {}

  /**
   * Asks for a common pool of at least {@value #MIN_COMMON_POOL_THREADS} threads, unless the user set its
   * size; has no effect once the pool exists (see {@link #threadPerTask}).
   */
  public static void requestCommonPool() {
    if (System.getProperty(PARALLELISM_PROPERTY) == null) {
      int cores = Runtime.getRuntime().availableProcessors();
      System.setProperty(PARALLELISM_PROPERTY, Integer.toString(parallelismFor(cores)));
    }
  }

  /** The common pool size asked for on {@code cores} cores: the JDK's own choice, but at least 2. */
  static int parallelismFor(int cores) {
    return Math.max(MIN_COMMON_POOL_THREADS, cores - 1);
  }

  /** Whether completions still run on a new thread each (the common pool was made with fewer threads). */
  public static boolean threadPerTask() {
    return ForkJoinPool.getCommonPoolParallelism() < MIN_COMMON_POOL_THREADS;
  }
}
