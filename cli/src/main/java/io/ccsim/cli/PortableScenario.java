package io.ccsim.cli;

import io.ccsim.config.ScenarioLoader;
import io.ccsim.model.Scenario;
import io.ccsim.run.Engine;
import io.ccsim.run.ReplicationJob;
import io.ccsim.run.ReplicationOutcome;
import io.ccsim.run.ReplicationRunner;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A scenario as its file's text and the command line's changes to it (seed, replications, a sweep
 * point's {@code --set} values), so that another machine rebuilds exactly the scenario this one runs:
 * what a cluster's tasks receive instead of the model objects.
 *
 * @param displayName the file as given (it names the scenario when the file does not, and errors)
 * @param point per {@code --set}, the index of the value this point takes
 */
record PortableScenario(String displayName, String text, long seed, int replications, List<String> sets,
    List<Integer> point) implements Serializable {
  private static final long serialVersionUID = 1L;

  PortableScenario {
    sets = List.copyOf(sets);
    point = List.copyOf(point);
    if (sets.size() != point.size()) {
      throw new IllegalArgumentException(sets.size() + " --set values but a point of " + point.size());
    }
  }

  /** {@code file} (already loaded and checked) with {@code scenario}'s seed and replications. */
  static PortableScenario of(Path file, Scenario scenario) {
    try {
      String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
      return new PortableScenario(file.toString(), text, scenario.seed(), scenario.replications(), List.of(),
          List.of());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** This scenario at one point of a sweep: {@code sets} as given on the command line, {@code point} per set. */
  PortableScenario at(List<String> sweepSets, int[] sweepPoint) {
    List<Integer> indices = new ArrayList<>();
    for (int index : sweepPoint) {
      indices.add(index);
    }
    return new PortableScenario(displayName, text, seed, replications, sweepSets, indices);
  }

  /** The scenario, built as the command line built it: loaded, with seed and replications, then each --set. */
  Scenario load() {
    Scenario scenario = ScenarioLoader.load(displayName, text).withRun(seed, replications);
    Scenario base = scenario;
    for (int i = 0; i < sets.size(); i++) {
      scenario = SweepParameter.parse(sets.get(i), base).apply(scenario, point.get(i));
    }
    return scenario;
  }

  /** The pure job of this scenario on the engine {@code --engine auto} picks. */
  ReplicationJob job() {
    return new Job(this);
  }

  /** Replication index to outcome; the scenario is rebuilt once per JVM (a few are kept) and not sent. */
  private record Job(PortableScenario scenario) implements ReplicationJob, Serializable {
    private static final long serialVersionUID = 1L;
    private static final int KEPT = 64;
    private static final Map<PortableScenario, ReplicationJob> BUILT = new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<PortableScenario, ReplicationJob> eldest) {
        return size() > KEPT;
      }
    };

    @Override
    public ReplicationOutcome run(int replication) {
      ReplicationJob built;
      synchronized (BUILT) {
        built = BUILT.get(scenario);
      }
      if (built == null) {
        built = ReplicationRunner.job(scenario.load(), null, Engine.AUTO);
        synchronized (BUILT) {
          BUILT.put(scenario, built);
        }
      }
      return built.run(replication);
    }
  }
}
