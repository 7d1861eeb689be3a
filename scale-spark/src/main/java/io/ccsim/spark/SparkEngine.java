package io.ccsim.spark;

import io.ccsim.run.ClusterEngine;
import io.ccsim.run.ReplicationExecutor;

/** {@code --engine spark}: found by the command line through {@link java.util.ServiceLoader}. */
public final class SparkEngine implements ClusterEngine {
  @Override
  public String name() {
    return "spark";
  }

  @Override
  public ReplicationExecutor open(String master) {
    return SparkExecutor.connect(master);
  }
}
