package io.ccsim.run;

/** Told when each replication finishes (from worker threads), for progress bars. */
@FunctionalInterface
public interface ProgressListener {
  ProgressListener NONE = (done, total) -> {};

  void replicationDone(int done, int total);
}
