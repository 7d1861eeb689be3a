package io.ccsim.cli;

import io.ccsim.analytic.StaffingGoal;
import io.ccsim.analytic.Traffic;
import java.util.OptionalInt;
import picocli.CommandLine.Option;

/** Options shared by {@code erlang c} and {@code erlang a}: traffic, threshold, agents or staffing goal, output. */
final class QueueOptions {
  @Option(names = "--rate", required = true, paramLabel = "<rate>",
      description = "Arrival rate (Poisson), e.g. 200/h, 3.5/min, 0.05/s.")
  String rate;

  @Option(names = "--aht", required = true, paramLabel = "<duration>",
      description = "Average handle time (exponential), e.g. 180s, 3m.")
  String aht;

  @Option(names = "--threshold", required = true, paramLabel = "<duration>",
      description = "Service-level threshold T, e.g. 20s (0 allowed).")
  String threshold;

  @Option(names = "--agents", paramLabel = "<n>",
      description = "Agents to evaluate. Leave out to find the fewest agents that meet --target.")
  String agents;

  @Option(names = "--target", paramLabel = "<fraction>",
      description = "Service-level target in [0, 1], e.g. 0.80 or 80%%. Required without --agents.")
  String target;

  @Option(names = "--max-occupancy", paramLabel = "<fraction>",
      description = "Staffing also keeps occupancy at or below this, in (0, 1], e.g. 0.85 (default: no ceiling).")
  String maxOccupancy;

  @Option(names = "--json", description = "Print one JSON object instead of text.")
  boolean json;

  Traffic traffic() {
    return new Traffic(OptionValues.rate("--rate", rate), OptionValues.duration("--aht", aht, false));
  }

  double thresholdSeconds() {
    return OptionValues.duration("--threshold", threshold, true);
  }

  /** The agents to evaluate, or empty for staffing (then --target is required). */
  OptionalInt agents() {
    if (agents == null) {
      if (target == null) {
        throw new BadInputException("--target: required when --agents is left out (give --agents N to evaluate N agents,"
            + " or --target 0.80 to find the fewest agents that reach 80%)");
      }
      return OptionalInt.empty();
    }
    return OptionalInt.of(OptionValues.wholeNumber("--agents", agents, 1));
  }

  /** The goal for staffing, or for the "target met" line when agents are given. */
  StaffingGoal goal(double loadErlangs) {
    double serviceLevelTarget = target == null ? 0 : OptionValues.fraction("--target", target, true);
    double occupancyCeiling = maxOccupancy == null ? 1 : OptionValues.fraction("--max-occupancy", maxOccupancy, false);
    return StaffingGoal.of(serviceLevelTarget, occupancyCeiling, loadErlangs);
  }

  /** "service level >= 80.00% within 20s and occupancy <= 85.00%", for headers and errors. */
  String goalText(StaffingGoal goal, double thresholdSeconds) {
    return "service level >= " + ErlangFormat.percent(goal.serviceLevelTarget())
        + " within " + ErlangFormat.duration(thresholdSeconds)
        + (maxOccupancy == null ? "" : " and occupancy <= " + ErlangFormat.percent(goal.maxOccupancy()));
  }

  /** The one-line error when no agent count up to the cap meets the goal. */
  BadInputException unreachable(StaffingGoal goal, double thresholdSeconds) {
    return new BadInputException("--target: no agent count from 1 to " + goal.maxAgents() + " reaches "
        + goalText(goal, thresholdSeconds) + "; allowed: a goal that some staffing can meet (lower --target"
        + (maxOccupancy == null ? "" : " or raise --max-occupancy") + ")");
  }
}
