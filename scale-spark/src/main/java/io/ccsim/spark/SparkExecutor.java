package io.ccsim.spark;

import io.ccsim.run.ProgressListener;
import io.ccsim.run.ReplicationExecutor;
import io.ccsim.run.ReplicationJob;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaFutureAction;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;

/**
 * Runs replications on Apache Spark. Every (run, replication) pair of a call is one element of a Spark
 * job, in chunks of a few per core: the driver merges a chunk's outcomes in order while the next chunk
 * runs, so it holds two chunks at most, however many replications there are. The runs' jobs must be
 * {@link Serializable} (the command line's are: the scenario file's text and its overrides).
 */
public final class SparkExecutor implements ReplicationExecutor {
  /** Elements per core in one chunk: enough to amortize a Spark job's start, few enough to hold. */
  static final int ELEMENTS_PER_CORE = 32;
  /** Spark tasks (partitions) per core in one chunk, so that a slow task does not idle the others. */
  static final int TASKS_PER_CORE = 2;

  private final JavaSparkContext spark;
  private final boolean owned;

  private SparkExecutor(JavaSparkContext spark, boolean owned) {
    this.spark = spark;
    this.owned = owned;
  }

  /**
   * Starts Spark at {@code master}; null takes the master spark-submit configured (the spark.master
   * property), else runs local[all cores] in this JVM.
   */
  public static SparkExecutor connect(String master) {
    SparkConf conf = new SparkConf().setAppName("ccsim");
    if (master != null) {
      conf.setMaster(master);
    } else if (!conf.contains("spark.master")) {
      conf.setMaster("local[" + Runtime.getRuntime().availableProcessors() + "]");
    }
    conf.setIfMissing("spark.ui.enabled", "false");
    if (conf.get("spark.master").startsWith("local")) {
      // Everything runs in this JVM: the driver's ports need not, and should not, listen beyond loopback
      // (by default Spark binds to the host's first non-loopback address).
      conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
      conf.setIfMissing("spark.driver.host", "127.0.0.1");
    }
    JavaSparkContext spark = new JavaSparkContext(conf);
    spark.setLogLevel("WARN");
    return new SparkExecutor(spark, true);
  }

  /** Runs on a context the caller made and stops (tests, notebooks). */
  public static SparkExecutor on(JavaSparkContext spark) {
    return new SparkExecutor(spark, false);
  }

  @Override
  public void run(List<RunJob> runs, ProgressListener progress) {
    List<ReplicationJob> jobs = new ArrayList<>();
    List<Long> tasks = new ArrayList<>();
    for (int i = 0; i < runs.size(); i++) {
      if (!(runs.get(i).job() instanceof Serializable)) {
        throw new IllegalArgumentException("a job sent to Spark must be Serializable: " + runs.get(i).job());
      }
      jobs.add(runs.get(i).job());
      for (int r = 0; r < runs.get(i).replications(); r++) {
        tasks.add(ReplicationTask.pack(i, r));
      }
    }
    if (tasks.isEmpty()) {
      return;
    }
    Broadcast<List<ReplicationJob>> shared = spark.broadcast(jobs);
    int cores = cores();
    int chunk = cores * ELEMENTS_PER_CORE;
    ReplicationTask task = new ReplicationTask(shared);
    int done = 0;
    JavaFutureAction<List<TaskResult>> next = null;
    boolean finished = false;
    try {
      next = submit(tasks, 0, chunk, cores, task);
      for (int from = 0; from < tasks.size(); from += chunk) {
        JavaFutureAction<List<TaskResult>> current = next;
        next = from + chunk < tasks.size() ? submit(tasks, from + chunk, chunk, cores, task) : null;
        for (TaskResult result : current.get()) {
          if (result.failure() != null) {
            throw result.failure();
          }
          int run = (int) (result.task() >>> 32);
          runs.get(run).inOrder().accept(result.outcome());
          progress.replicationDone(++done, tasks.size());
        }
      }
      finished = true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while Spark ran replications", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("the Spark job failed: " + e.getCause().getMessage(), e.getCause());
    } finally {
      if (finished) {
        shared.destroy();
      } else {
        // Tasks of a cancelled chunk may still be starting: they must still find the jobs on the driver.
        if (next != null) {
          next.cancel(true);
        }
        shared.unpersist(false);
      }
    }
  }

  private JavaFutureAction<List<TaskResult>> submit(List<Long> tasks, int from, int chunk, int cores,
      ReplicationTask task) {
    List<Long> part = new ArrayList<>(tasks.subList(from, Math.min(tasks.size(), from + chunk)));
    int slices = Math.min(part.size(), cores * TASKS_PER_CORE);
    return spark.parallelize(part, slices).map(task).collectAsync();
  }

  /** The cores Spark runs tasks on at once (its default parallelism). */
  public int cores() {
    return Math.max(1, spark.defaultParallelism());
  }

  @Override
  public void close() {
    if (owned) {
      spark.stop();
    }
  }
}
