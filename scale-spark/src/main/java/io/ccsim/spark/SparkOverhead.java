package io.ccsim.spark;

import io.ccsim.run.BenchmarkModels;
import io.ccsim.run.Engine;
import io.ccsim.run.LocalExecutor;
import io.ccsim.run.ProgressListener;
import io.ccsim.run.ReplicationExecutor;
import io.ccsim.run.ReplicationExecutor.RunJob;
import io.ccsim.run.ReplicationJob;
import io.ccsim.run.ReplicationOutcome;
import io.ccsim.run.ReplicationRunner;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Measures what Spark adds (docs/spark.md): the time to start and stop a Spark context, and the time
 * per replication a job of POINTS runs of REPLICATIONS each takes on Spark against local threads, for
 * a small M/M/c of about CONTACTS contacts per replication (1 for almost no work: Spark's overhead).
 *
 * <p>{@code spark-submit --class io.ccsim.spark.SparkOverhead ccsim-spark.jar 200 20 1 local[2]} (a
 * fourth argument sets the master; the local runs use as many threads as the master's cores).
 */
public final class SparkOverhead {
  private SparkOverhead() {}

  /** Replications of M/M/5 at utilization 0.8 with about {@code contacts} contacts; the seed differs per point. */
  private record Point(int point, long contacts) implements ReplicationJob, Serializable {
    private static final long serialVersionUID = 1L;

    @Override
    public ReplicationOutcome run(int replication) {
      var scenario = BenchmarkModels.mmc(5, 0.8, 180, BenchmarkModels.horizonForContacts(contacts, 5, 0.8, 180));
      return ReplicationRunner.job(scenario.withRun(point, 1), null, Engine.AUTO).run(replication);
    }
  }

  public static void main(String[] args) {
    if (args.length < 3 || args.length > 4) {
      System.err.println("usage: SparkOverhead POINTS REPLICATIONS CONTACTS [MASTER]   (for example 200 20 1 local[2])");
      System.exit(2);
    }
    int points = Integer.parseInt(args[0]);
    int replications = Integer.parseInt(args[1]);
    long contacts = Long.parseLong(args[2]);
    String master = args.length > 3 ? args[3] : null;

    long start = System.nanoTime();
    SparkExecutor spark = SparkExecutor.connect(master);
    double startSeconds = seconds(start);
    int cores = spark.cores();
    time(spark, points, replications, contacts); // warm-up: class loading, JIT
    double sparkSeconds = time(spark, points, replications, contacts);
    long stop = System.nanoTime();
    spark.close();
    double stopSeconds = seconds(stop);
    LocalExecutor local = new LocalExecutor(cores);
    time(local, points, replications, contacts);
    double localSeconds = time(local, points, replications, contacts);
    double oneThreadSeconds = time(new LocalExecutor(1), points, replications, contacts);
    int elements = points * replications;
    System.out.printf(Locale.ROOT, "points %d  replications %d  contacts/replication %d  cores %d%n"
            + "spark start %.2f s  stop %.2f s%n"
            + "job: spark %.3f s  local %d threads %.3f s  local 1 thread %.3f s%n"
            + "per replication: spark %.3f ms  local %.3f ms  spark - local %.3f ms%n",
        points, replications, contacts, cores, startSeconds, stopSeconds, sparkSeconds, cores, localSeconds,
        oneThreadSeconds, 1e3 * sparkSeconds / elements, 1e3 * localSeconds / elements,
        1e3 * (sparkSeconds - localSeconds) / elements);
  }

  private static double time(ReplicationExecutor executor, int points, int replications, long contacts) {
    List<RunJob> runs = new ArrayList<>();
    long[] merged = {0};
    for (int p = 0; p < points; p++) {
      runs.add(new RunJob(new Point(p, contacts), replications, outcome -> merged[0]++));
    }
    long start = System.nanoTime();
    executor.run(runs, ProgressListener.NONE);
    if (merged[0] != (long) points * replications) {
      throw new IllegalStateException("merged " + merged[0] + " outcomes");
    }
    return seconds(start);
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }
}
