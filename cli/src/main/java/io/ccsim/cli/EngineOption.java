package io.ccsim.cli;

import io.ccsim.arrivals.ScheduledContact;
import io.ccsim.model.Scenario;
import io.ccsim.run.Engine;
import java.util.List;
import java.util.stream.Stream;
import picocli.CommandLine.Option;

/**
 * {@code --engine}: which engine simulates; every engine gives the same results where it applies.
 * {@code spark} runs the replications of {@code run}, {@code sweep} and {@code staff} on Apache Spark
 * (each on the engine {@code auto} picks) when the scale-spark module is on the class path.
 */
public final class EngineOption {
  /** The name that sends replications to the cluster engine rather than picking a local one. */
  static final String SPARK = "spark";

  @Option(names = "--engine", paramLabel = "NAME", defaultValue = "auto", completionCandidates = Names.class,
      description = "auto (default): the single-skill kernel when the scenario allows it, else the general "
          + "engine; general; single-skill. Results are identical; only the speed differs. spark (run, sweep "
          + "and staff): the replications run on Apache Spark, with --master (docs/spark.md).")
  String engine;

  /** Whether {@code --engine spark} was given. */
  boolean spark() {
    return SPARK.equals(engine);
  }

  /** The engine named by {@code --engine} (auto, general or single-skill; auto for spark), not yet resolved. */
  Engine requested() {
    if (spark()) {
      return Engine.AUTO;
    }
    try {
      return Engine.parse(engine);
    } catch (IllegalArgumentException e) {
      throw OptionValues.bad("--engine", "unknown engine '" + engine + "': allowed are " + String.join(", ",
          new Names()));
    }
  }

  /** As {@link #resolve}, for a command that simulates here only: it refuses {@code --engine spark}. */
  Engine resolveLocal(String command, Scenario scenario, List<ScheduledContact> trace) {
    if (spark()) {
      throw OptionValues.bad("--engine", "spark runs the replications of ccsim run, sweep and staff only, not of "
          + "ccsim " + command + "; allowed here: auto, general, single-skill");
    }
    return resolve(scenario, trace);
  }

  /** The engines' names, which shell completion offers: auto, general, single-skill, spark. */
  static final class Names implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return Stream.concat(Stream.of(Engine.values()).map(Engine::cliName), Stream.of(SPARK)).iterator();
    }
  }

  /**
   * The engine that will run {@code scenario}: general or single-skill (with spark, the one each task
   * uses); a bad name or misfit is bad input.
   */
  Engine resolve(Scenario scenario, List<ScheduledContact> trace) {
    Engine requested = requested();
    try {
      return requested.resolve(scenario, trace);
    } catch (IllegalArgumentException e) {
      throw OptionValues.bad("--engine", e.getMessage());
    }
  }
}
