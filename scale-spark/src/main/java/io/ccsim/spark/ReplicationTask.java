package io.ccsim.spark;

import io.ccsim.run.ReplicationJob;
import java.util.List;
import org.apache.spark.api.java.function.Function;
import org.apache.spark.broadcast.Broadcast;

/**
 * The function each Spark task applies: a (run, replication) pair, packed in a long, to its result. The
 * runs' jobs travel once per executor as a broadcast, not with every task.
 */
final class ReplicationTask implements Function<Long, TaskResult> {
  private static final long serialVersionUID = 1L;

  private final Broadcast<List<ReplicationJob>> jobs;

  ReplicationTask(Broadcast<List<ReplicationJob>> jobs) {
    this.jobs = jobs;
  }

  static long pack(int run, int replication) {
    return ((long) run << 32) | replication;
  }

  @Override
  public TaskResult call(Long task) {
    int run = (int) (task >>> 32);
    int replication = (int) (task & 0xFFFF_FFFFL);
    try {
      return new TaskResult(task, jobs.value().get(run).run(replication), null);
    } catch (RuntimeException e) {
      return new TaskResult(task, null, e);
    }
  }
}
