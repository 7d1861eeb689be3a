package io.ccsim.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ccsim.analytic.ErlangA;
import io.ccsim.analytic.ErlangAResult;
import io.ccsim.analytic.QueueLimits;
import io.ccsim.analytic.StaffingGoal;
import io.ccsim.analytic.Traffic;
import io.ccsim.model.ServiceLevelDefinition;
import java.io.PrintWriter;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ccsim erlang a}: Erlang A (M/M/c+M) and M/M/c/K figures, or the fewest agents meeting a goal. */
@Command(
    name = "a",
    mixinStandardHelpOptions = true,
    description = {
      "Erlang A (M/M/c+M): as Erlang C, plus exponential patience (--patience) and optionally a limited"
          + " waiting room (--queue-capacity, M/M/c/K; arrivals finding it full are blocked).",
      "Exact figures per offered contact: P(wait) (arrivals finding every agent busy, blocked ones included),"
          + " P(abandon), P(block), service level (answered within T / offered; the other definitions are"
          + " listed too), ASA (answered contacts), mean wait (abandoners included) and occupancy.",
      "With --json: one object with agents, serviceLevel, probWait, probAbandon, probBlock, asaSeconds,"
          + " meanWaitSeconds, occupancy."
    },
    footer = {
      "",
      "Examples:",
      "  ccsim erlang a --rate 200/h --aht 180s --patience 300s --agents 13 \\",
      "      --threshold 20s",
      "  ccsim erlang a --rate 200/h --aht 180s --patience 5m --threshold 20s \\",
      "      --target 0.80 --max-occupancy 0.85",
      "  ccsim erlang a --rate 200/h --aht 180s --patience 300s --queue-capacity 10 \\",
      "      --agents 12 --threshold 20s"
    })
final class ErlangACommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin QueueOptions options;

  @Option(names = "--patience", paramLabel = "<duration>",
      description = "Mean patience (exponential) before a waiting caller abandons, e.g. 300s."
          + " Leave out for callers who never abandon.")
  String patience;

  @Option(names = "--queue-capacity", paramLabel = "<K>",
      description = "Waiting places; arrivals that find all K taken are blocked (default: unlimited).")
  String queueCapacity;

  @Mixin DebugOption debugOption;

  @Override
  public Integer call() {
    Traffic traffic = options.traffic();
    double thresholdSeconds = options.thresholdSeconds();
    QueueLimits limits = new QueueLimits(
        patience == null ? QueueLimits.NO_ABANDONMENT : OptionValues.duration("--patience", patience, false),
        queueCapacity == null ? QueueLimits.UNLIMITED_QUEUE : OptionValues.wholeNumber("--queue-capacity", queueCapacity, 0));
    OptionalInt agents = options.agents();
    StaffingGoal goal = options.goal(traffic.loadErlangs());
    ErlangAResult result;
    try {
      if (agents.isPresent()) {
        result = ErlangA.evaluate(traffic, agents.getAsInt(), limits, thresholdSeconds);
      } else {
        result = ErlangA.staff(traffic, limits, thresholdSeconds, goal)
            .orElseThrow(() -> options.unreachable(goal, thresholdSeconds));
      }
    } catch (IllegalArgumentException e) {
      // The exact solution refuses sizes it cannot finish in reasonable time; the message says which.
      throw new BadInputException("--patience/--threshold: " + e.getMessage(), e);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (options.json) {
      ObjectNode node = json(result, limits);
      if (agents.isPresent() && options.target != null) {
        node.put("meetsGoal", meets(result, goal));
      }
      ErlangFormat.print(out, node);
    } else {
      text(out, traffic, limits, result, agents.isPresent() ? null : goal);
    }
    return Main.OK;
  }

  private static boolean meets(ErlangAResult r, StaffingGoal goal) {
    return r.stable() && r.serviceLevel() >= goal.serviceLevelTarget() && r.occupancy() <= goal.maxOccupancy();
  }

  private static ObjectNode json(ErlangAResult r, QueueLimits limits) {
    ObjectNode node = ErlangFormat.object();
    node.put("model", "erlang-a");
    node.put("agents", r.agents());
    ErlangFormat.put(node, "serviceLevel", r.serviceLevel());
    ErlangFormat.put(node, "probWait", r.probWait());
    ErlangFormat.put(node, "asaSeconds", r.asaSeconds());
    ErlangFormat.put(node, "occupancy", r.occupancy());
    ErlangFormat.put(node, "probAbandon", r.probAbandon());
    ErlangFormat.put(node, "probBlock", r.probBlock());
    ErlangFormat.put(node, "abandonedWithinThreshold", r.abandonedWithin());
    ErlangFormat.put(node, "meanWaitSeconds", r.meanWaitSeconds());
    ErlangFormat.put(node, "loadErlangs", r.loadErlangs());
    ErlangFormat.put(node, "thresholdSeconds", r.thresholdSeconds());
    ErlangFormat.put(node, "meanPatienceSeconds", limits.meanPatienceSeconds());
    if (limits.unlimitedQueue()) {
      node.putNull("queueCapacity");
    } else {
      node.put("queueCapacity", limits.queueCapacity());
    }
    node.put("serviceLevelDefinition", ServiceLevelDefinition.ANSWERED_OF_OFFERED.formula());
    node.put("stable", r.stable());
    return node;
  }

  private void text(PrintWriter out, Traffic traffic, QueueLimits limits, ErlangAResult r, StaffingGoal staffingGoal) {
    out.println(title(limits));
    if (staffingGoal != null) {
      out.println("Fewest agents with " + options.goalText(staffingGoal, r.thresholdSeconds()) + ": " + r.agents());
    }
    ErlangFormat.line(out, "arrival rate", ErlangFormat.ratePerHour(traffic.arrivalRatePerSecond())
        + " (offered load " + ErlangFormat.number(r.loadErlangs()) + " Erlangs)");
    ErlangFormat.line(out, "handle time", ErlangFormat.duration(traffic.meanHandleSeconds()) + " (mean)");
    ErlangFormat.line(out, "patience", Double.isInfinite(limits.meanPatienceSeconds())
        ? "none (callers never abandon)" : ErlangFormat.duration(limits.meanPatienceSeconds()) + " (mean)");
    ErlangFormat.line(out, "queue capacity",
        limits.unlimitedQueue() ? "unlimited" : Integer.toString(limits.queueCapacity()));
    ErlangFormat.line(out, "agents", Integer.toString(r.agents()));
    if (!r.stable()) {
      ErlangFormat.line(out, "UNSTABLE", "offered load " + ErlangFormat.number(r.loadErlangs()) + " Erlangs >= "
          + r.agents() + " agents, nobody abandons and the queue is unlimited: it grows without bound");
    }
    ErlangFormat.line(out, "P(wait)", ErlangFormat.percent(r.probWait()) + " (arrivals finding every agent busy"
        + (limits.unlimitedQueue() ? ")" : ", blocked ones included)"));
    ErlangFormat.line(out, "P(abandon)", ErlangFormat.percent(r.probAbandon()) + " (of offered; "
        + ErlangFormat.percent(r.abandonedWithin()) + " abandon within " + ErlangFormat.duration(r.thresholdSeconds()) + ")");
    if (!limits.unlimitedQueue()) {
      ErlangFormat.line(out, "P(block)", ErlangFormat.percent(r.probBlock()) + " (queue full on arrival)");
    }
    ErlangFormat.line(out, "service level", ErlangFormat.percent(r.serviceLevel()) + " within "
        + ErlangFormat.duration(r.thresholdSeconds()) + " (" + ServiceLevelDefinition.ANSWERED_OF_OFFERED.formula() + ")");
    for (ServiceLevelDefinition d : ServiceLevelDefinition.values()) {
      if (d != ServiceLevelDefinition.ANSWERED_OF_OFFERED) {
        ErlangFormat.line(out, "", ErlangFormat.percent(r.serviceLevel(d)) + " (" + d.formula() + ")");
      }
    }
    ErlangFormat.line(out, "ASA", ErlangFormat.seconds(r.asaSeconds()) + " (answered contacts)");
    ErlangFormat.line(out, "mean wait", ErlangFormat.seconds(r.meanWaitSeconds()) + " (all who queued, abandoners included)");
    ErlangFormat.line(out, "occupancy", ErlangFormat.percent(r.occupancy()));
    if (staffingGoal == null && options.target != null) {
      StaffingGoal goal = options.goal(r.loadErlangs());
      ErlangFormat.line(out, "goal", options.goalText(goal, r.thresholdSeconds()) + ": " + (meets(r, goal) ? "met" : "NOT met"));
    }
  }

  private static String title(QueueLimits limits) {
    boolean abandons = Double.isFinite(limits.meanPatienceSeconds());
    if (limits.unlimitedQueue()) {
      return abandons
          ? "Erlang A (M/M/c+M: Poisson arrivals, exponential handle times and patience)"
          : "Erlang A without abandonment (M/M/c, the same as Erlang C)";
    }
    return abandons
        ? "M/M/c/K+M (Poisson arrivals, exponential handle times and patience, " + limits.queueCapacity() + " waiting places)"
        : "M/M/c/K (Poisson arrivals, exponential handle times, no abandonment, " + limits.queueCapacity() + " waiting places)";
  }
}
