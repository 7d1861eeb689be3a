package io.ccsim.cli;

import io.ccsim.run.ClusterEngine;
import io.ccsim.run.ReplicationExecutor;
import java.util.ServiceLoader;
import picocli.CommandLine.Option;

/**
 * {@code --master}: where {@code --engine spark} sends the replications. The Spark engine comes from the
 * optional scale-spark module, found on the class path; without it {@code --engine spark} is bad input.
 */
final class ClusterOption {
  static final String MISSING = "--engine spark: the Spark engine is not on the class path; build the scale-spark "
      + "module with ./mvnw -B -Pspark -pl scale-spark -am package and run ccsim through spark-submit (docs/spark.md)";

  @Option(names = "--master", paramLabel = "URL",
      description = "With --engine spark: the Spark master, such as local[4], spark://HOST:7077, yarn or "
          + "k8s://https://HOST:PORT (default: the one spark-submit sets, else local[all cores]).")
  String master;

  /** Checks the options up front: --master needs --engine spark, which needs its module. */
  void check(EngineOption engine) {
    if (master != null && !engine.spark()) {
      throw OptionValues.bad("--master", "applies to --engine spark only");
    }
    if (engine.spark()) {
      find();
    }
  }

  /** Connects to the cluster (the caller closes it). */
  ReplicationExecutor open() {
    return find().open(master);
  }

  private static ClusterEngine find() {
    for (ClusterEngine engine : ServiceLoader.load(ClusterEngine.class)) {
      if (engine.name().equals(EngineOption.SPARK)) {
        return engine;
      }
    }
    throw new BadInputException(MISSING);
  }
}
