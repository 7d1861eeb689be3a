package io.ccsim.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ccsim.analytic.ErlangC;
import io.ccsim.analytic.ErlangCResult;
import io.ccsim.analytic.StaffingGoal;
import io.ccsim.analytic.Traffic;
import io.ccsim.model.ServiceLevelDefinition;
import java.io.PrintWriter;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code ccsim erlang c}: Erlang C (M/M/c) figures for given agents, or the fewest agents meeting a goal. */
@Command(
    name = "c",
    mixinStandardHelpOptions = true,
    description = {
      "Erlang C (M/M/c): Poisson arrivals, exponential handle times, callers never abandon.",
      "Prints P(wait), service level (answered within T / offered), ASA and occupancy for --agents,"
          + " or finds the fewest agents that meet --target (and --max-occupancy).",
      "With --json: one object with agents, serviceLevel, probWait, asaSeconds (null if unstable), occupancy."
    },
    footer = {
      "",
      "Examples:",
      "  ccsim erlang c --rate 200/h --aht 180s --agents 14 --threshold 20s",
      "  ccsim erlang c --rate 200/h --aht 180s --threshold 20s \\",
      "      --target 0.80 --max-occupancy 0.85"
    })
final class ErlangCCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin QueueOptions options;

  @Mixin DebugOption debugOption;

  @Override
  public Integer call() {
    Traffic traffic = options.traffic();
    double thresholdSeconds = options.thresholdSeconds();
    OptionalInt agents = options.agents();
    StaffingGoal goal = options.goal(traffic.loadErlangs());
    ErlangCResult result;
    if (agents.isPresent()) {
      result = ErlangC.evaluate(traffic, agents.getAsInt(), thresholdSeconds);
    } else {
      result = ErlangC.staff(traffic, thresholdSeconds, goal)
          .orElseThrow(() -> options.unreachable(goal, thresholdSeconds));
    }
    PrintWriter out = spec.commandLine().getOut();
    if (options.json) {
      ObjectNode node = json(result);
      if (agents.isPresent() && options.target != null) {
        node.put("meetsGoal", meets(result, goal));
      }
      ErlangFormat.print(out, node);
    } else {
      text(out, traffic, result, agents.isPresent() ? null : goal);
    }
    return Main.OK;
  }

  private static ObjectNode json(ErlangCResult r) {
    ObjectNode node = ErlangFormat.object();
    node.put("model", "erlang-c");
    node.put("agents", r.agents());
    ErlangFormat.put(node, "serviceLevel", r.serviceLevel());
    ErlangFormat.put(node, "probWait", r.probWait());
    ErlangFormat.put(node, "asaSeconds", r.asaSeconds());
    ErlangFormat.put(node, "occupancy", r.occupancy());
    ErlangFormat.put(node, "loadErlangs", r.loadErlangs());
    ErlangFormat.put(node, "thresholdSeconds", r.thresholdSeconds());
    node.put("serviceLevelDefinition", ServiceLevelDefinition.ANSWERED_OF_OFFERED.formula());
    node.put("stable", r.stable());
    return node;
  }

  private void text(PrintWriter out, Traffic traffic, ErlangCResult r, StaffingGoal staffingGoal) {
    out.println("Erlang C (M/M/c: Poisson arrivals, exponential handle times, callers never abandon)");
    if (staffingGoal != null) {
      out.println("Fewest agents with " + options.goalText(staffingGoal, r.thresholdSeconds()) + ": " + r.agents());
    }
    ErlangFormat.line(out, "arrival rate", ErlangFormat.ratePerHour(traffic.arrivalRatePerSecond())
        + " (offered load " + ErlangFormat.number(r.loadErlangs()) + " Erlangs)");
    ErlangFormat.line(out, "handle time", ErlangFormat.duration(traffic.meanHandleSeconds()) + " (mean)");
    ErlangFormat.line(out, "agents", Integer.toString(r.agents()));
    if (!r.stable()) {
      ErlangFormat.line(out, "UNSTABLE", "offered load " + ErlangFormat.number(r.loadErlangs()) + " Erlangs >= "
          + r.agents() + " agents: the queue grows without bound");
    }
    ErlangFormat.line(out, "P(wait)", ErlangFormat.percent(r.probWait()));
    ErlangFormat.line(out, "service level", ErlangFormat.percent(r.serviceLevel()) + " within "
        + ErlangFormat.duration(r.thresholdSeconds()) + " (" + ServiceLevelDefinition.ANSWERED_OF_OFFERED.formula() + ")");
    ErlangFormat.line(out, "ASA", ErlangFormat.seconds(r.asaSeconds()));
    ErlangFormat.line(out, "occupancy", ErlangFormat.percent(r.occupancy()));
    if (staffingGoal == null && options.target != null) {
      StaffingGoal goal = options.goal(r.loadErlangs());
      ErlangFormat.line(out, "goal", options.goalText(goal, r.thresholdSeconds()) + ": " + (meets(r, goal) ? "met" : "NOT met"));
    }
  }

  private static boolean meets(ErlangCResult r, StaffingGoal goal) {
    return r.stable() && r.serviceLevel() >= goal.serviceLevelTarget() && r.occupancy() <= goal.maxOccupancy();
  }
}
