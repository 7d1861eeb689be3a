package io.ccsim.cli;

import io.ccsim.model.Scenario;
import io.ccsim.run.Engine;
import io.ccsim.run.ReplicationJob;
import io.ccsim.run.ReplicationOutcome;
import io.ccsim.run.ReplicationRunner;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a cluster's tasks receive instead of model objects: a small description (the scenario file's
 * text and the command line's changes) from which any machine rebuilds exactly the scenario this one
 * runs.
 */
interface Portable extends Serializable {
  /** The scenario, built as the command line built it. */
  Scenario load();

  /** The pure job of this scenario on the engine {@code --engine auto} picks. */
  default ReplicationJob job() {
    return new Job(this);
  }

  /** Replication index to outcome; the scenario is rebuilt once per JVM (a few are kept), not per replication. */
  record Job(Portable source) implements ReplicationJob, Serializable {
    private static final long serialVersionUID = 1L;
    private static final int KEPT = 64;
    private static final Map<Portable, ReplicationJob> BUILT = new LinkedHashMap<>(16, 0.75f, true) {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean removeEldestEntry(Map.Entry<Portable, ReplicationJob> eldest) {
        return size() > KEPT;
      }
    };

    @Override
    public ReplicationOutcome run(int replication) {
      ReplicationJob built;
      synchronized (BUILT) {
        built = BUILT.get(source);
      }
      if (built == null) {
        built = ReplicationRunner.job(source.load(), null, Engine.AUTO);
        synchronized (BUILT) {
          BUILT.put(source, built);
        }
      }
      return built.run(replication);
    }
  }
}
