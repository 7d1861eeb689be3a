package io.ccsim.cli;

import io.ccsim.model.Scenario;
import io.ccsim.model.Quantities;
import io.ccsim.run.Engine;
import io.ccsim.run.ProgressListener;
import io.ccsim.size.RunSize;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * What the commands that simulate do before and around the simulation: fewer threads when the heap
 * holds fewer replications at once (results do not depend on the thread count), a warning when the
 * estimated work is huge, and the {@code --max-wall} cap.
 */
final class RunGuard {
  /** Contacts per second per thread, measured with {@code ccsim bench} (README): kernel and general engine. */
  private static final double KERNEL_CONTACTS_PER_SECOND = 4e6;
  private static final double GENERAL_CONTACTS_PER_SECOND = 1e6;
  /** A run estimated to take longer than this is announced on stderr. */
  private static final double ANNOUNCE_SECONDS = 60;

  private RunGuard() {}

  /** {@code requested} threads, or fewer so that the replications running at once fit in the heap. */
  static int threads(Scenario scenario, Engine engine, int requested) {
    return RunSize.of(scenario).threadsThatFit(engine, Runtime.getRuntime().maxMemory(), requested);
  }

  /** Says up front, on stderr, that a run will take long, and how to cap it. */
  static void announce(PrintWriter err, Scenario scenario, Engine engine, int threads, Double maxWallSeconds) {
    announce(err, RunSize.of(scenario).contactsPerRun(), engine, Math.min(threads, scenario.replications()),
        maxWallSeconds);
  }

  /** As above for {@code contacts} in all, simulated on {@code parallel} threads at once. */
  static void announce(PrintWriter err, double contacts, Engine engine, int parallel, Double maxWallSeconds) {
    double perSecond = (engine == Engine.SINGLE_SKILL ? KERNEL_CONTACTS_PER_SECOND : GENERAL_CONTACTS_PER_SECOND)
        * Math.max(1, parallel);
    double seconds = contacts / perSecond;
    if (seconds < ANNOUNCE_SECONDS) {
      return;
    }
    err.println(String.format(Locale.ROOT, "ccsim: this run simulates about %s contacts, roughly %s at the measured"
        + " speed; %s", RunSize.count(contacts), RunSize.roughDuration(seconds),
        maxWallSeconds == null ? "--max-wall DURATION caps the wall time" : "--max-wall "
            + Quantities.formatDuration(maxWallSeconds) + " caps it"));
    err.flush();
  }

  /**
   * Runs {@code work} (given a listener that counts finished replications) and returns its result, or
   * stops after {@code maxWallSeconds} of wall time (null: no cap) with a {@link RunFailedException}:
   * nothing is written, since outputs are written only after the work returns.
   */
  static <T> T withinWall(Double maxWallSeconds, long replications, ProgressListener progress,
      Function<ProgressListener, T> work) {
    AtomicLong done = new AtomicLong();
    ProgressListener counting = (finished, total) -> {
      done.incrementAndGet();
      progress.replicationDone(finished, total);
    };
    if (maxWallSeconds == null) {
      return work.apply(counting);
    }
    FutureTask<T> task = new FutureTask<>(() -> work.apply(counting));
    Thread worker = new Thread(task, "ccsim-run");
    worker.setDaemon(true);
    worker.start();
    try {
      return task.get((long) Math.ceil(maxWallSeconds * 1e3), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      task.cancel(true);
      throw new RunFailedException(String.format(Locale.ROOT, "stopped by --max-wall %s: %d of %d replications"
          + " had finished; no results were written", Quantities.formatDuration(maxWallSeconds), done.get(),
          replications));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RunFailedException("interrupted");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    }
  }
}
