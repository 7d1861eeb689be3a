package io.ccsim.run;

import io.ccsim.arrivals.ScheduledContact;
import io.ccsim.center.ContactCenter;
import io.ccsim.center.ReplicationResult;
import io.ccsim.model.Scenario;
import io.ccsim.singleskill.Eligibility;
import io.ccsim.singleskill.SingleSkillKernel;
import java.util.List;
import java.util.Locale;

/**
 * Which engine runs a replication. Both give bit-identical results where both apply; the single-skill
 * kernel is only faster. {@code ccsim run --engine} picks one.
 */
public enum Engine {
  /** The single-skill kernel when it applies to the scenario (see {@link Eligibility}), else the general engine. */
  AUTO,
  /** Always the general engine ({@link ContactCenter}). */
  GENERAL,
  /** Always the single-skill kernel; a scenario it cannot run is an error. */
  SINGLE_SKILL;

  /** The engine's name on the command line: auto, general, single-skill. */
  public String cliName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The engine named {@code name} on the command line; the message lists the names allowed. */
  public static Engine parse(String name) {
    for (Engine engine : values()) {
      if (engine.cliName().equals(name)) {
        return engine;
      }
    }
    throw new IllegalArgumentException("unknown engine '" + name + "': allowed are auto, general, single-skill");
  }

  /** GENERAL or SINGLE_SKILL: the engine that runs {@code scenario} (with {@code trace}, if not null). */
  public Engine resolve(Scenario scenario, List<ScheduledContact> trace) {
    if (this != AUTO) {
      if (this == SINGLE_SKILL) {
        String reason = trace != null ? "it replays a trace" : Eligibility.whyNot(scenario);
        if (reason != null) {
          throw new IllegalArgumentException("the single-skill engine cannot run this scenario: " + reason
              + " (use --engine auto or general)");
        }
      }
      return this;
    }
    return trace == null && SingleSkillKernel.supports(scenario) ? SINGLE_SKILL : GENERAL;
  }

  /** Runs replication {@code replication} of {@code scenario} on the engine {@link #resolve} picks. */
  public ReplicationResult simulate(Scenario scenario, int replication, List<ScheduledContact> trace) {
    return resolve(scenario, trace).run(scenario, replication, trace);
  }

  /** Runs on this engine, which must be a resolved one (GENERAL, or SINGLE_SKILL for a scenario it fits). */
  ReplicationResult run(Scenario scenario, int replication, List<ScheduledContact> trace) {
    return this == SINGLE_SKILL
        ? SingleSkillKernel.simulate(scenario, replication)
        : new ContactCenter(scenario, replication, trace).run();
  }
}
