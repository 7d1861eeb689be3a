package io.ccsim.run;

/**
 * A way to run replications on a cluster, found with {@link java.util.ServiceLoader} when its module is
 * on the class path (the {@code scale-spark} module provides {@code spark}); the default build has none.
 */
public interface ClusterEngine {
  /** The name {@code --engine} takes, such as {@code spark}. */
  String name();

  /**
   * Connects to the cluster at {@code master} (null: what the cluster's submit tool configured, else
   * local threads); the caller closes the executor.
   */
  ReplicationExecutor open(String master);
}
