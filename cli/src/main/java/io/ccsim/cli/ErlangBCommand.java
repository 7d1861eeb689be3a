package io.ccsim.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ccsim.analytic.ErlangB;
import io.ccsim.analytic.ErlangBResult;
import io.ccsim.analytic.StaffingGoal;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ccsim erlang b}: Erlang B blocking for given agents, or the fewest agents for a blocking ceiling. */
@Command(
    name = "b",
    mixinStandardHelpOptions = true,
    description = {
      "Erlang B (M/M/c/c): no queue; a contact that finds every agent busy is blocked and lost.",
      "Give the offered load as --load (Erlangs) or as --rate and --aht; then --agents to evaluate,"
          + " or --max-blocking to find the fewest agents.",
      "With --json: one object with agents, probBlock, occupancy, and for uniformity with 'erlang c' and"
          + " 'erlang a': serviceLevel = 1 - probBlock, probWait = 0 and asaSeconds = 0 (nobody waits)."
    },
    footer = {
      "",
      "Examples:",
      "  ccsim erlang b --load 10 --max-blocking 0.01",
      "  ccsim erlang b --load 10 --agents 12",
      "  ccsim erlang b --rate 200/h --aht 180s --max-blocking 1%%"
    })
final class ErlangBCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--load", paramLabel = "<erlangs>", description = "Offered load in Erlangs, e.g. 10.")
  String load;

  @Option(names = "--rate", paramLabel = "<rate>", description = "Arrival rate, e.g. 200/h (with --aht, instead of --load).")
  String rate;

  @Option(names = "--aht", paramLabel = "<duration>", description = "Average handle time, e.g. 180s (with --rate).")
  String aht;

  @Option(names = "--agents", paramLabel = "<n>", description = "Agents to evaluate.")
  String agents;

  @Option(names = "--max-blocking", paramLabel = "<fraction>",
      description = "Find the fewest agents whose blocking is at most this, in (0, 1], e.g. 0.01 or 1%%.")
  String maxBlocking;

  @Option(names = "--json", description = "Print one JSON object instead of text.")
  boolean json;

  @Mixin DebugOption debugOption;

  @Override
  public Integer call() {
    double loadErlangs = loadErlangs();
    ErlangBResult result;
    Double ceiling = null;
    if (agents != null) {
      result = ErlangB.evaluate(OptionValues.wholeNumber("--agents", agents, 1), loadErlangs);
      if (maxBlocking != null) {
        ceiling = OptionValues.fraction("--max-blocking", maxBlocking, false);
      }
    } else if (maxBlocking != null) {
      double max = OptionValues.fraction("--max-blocking", maxBlocking, false);
      int cap = StaffingGoal.defaultMaxAgents(loadErlangs, 1);
      result = ErlangB.staff(loadErlangs, max, cap).orElseThrow(() -> new BadInputException(
          "--max-blocking: no agent count from 1 to " + cap + " blocks at most " + ErlangFormat.percent(max)
              + "; allowed: a larger ceiling, such as 0.001"));
    } else {
      throw new BadInputException("--agents: give --agents N to evaluate N agents,"
          + " or --max-blocking 0.01 to find the fewest agents that block at most 1%");
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      ObjectNode node = json(result);
      if (ceiling != null) {
        node.put("meetsGoal", result.probBlock() <= ceiling);
      }
      ErlangFormat.print(out, node);
    } else {
      text(out, result, agents == null, ceiling);
    }
    return Main.OK;
  }

  private double loadErlangs() {
    if (load != null) {
      if (rate != null || aht != null) {
        throw new BadInputException("--load: give either --load or --rate with --aht, not both");
      }
      return OptionValues.positiveNumber("--load", load);
    }
    if (rate == null || aht == null) {
      throw new BadInputException((rate == null ? "--rate" : "--aht")
          + ": the offered load is required: give --load in Erlangs, or both --rate and --aht");
    }
    return OptionValues.rate("--rate", rate) * OptionValues.duration("--aht", aht, false);
  }

  private static ObjectNode json(ErlangBResult r) {
    ObjectNode node = ErlangFormat.object();
    node.put("model", "erlang-b");
    node.put("agents", r.agents());
    ErlangFormat.put(node, "serviceLevel", 1 - r.probBlock());
    node.put("probWait", 0.0);
    node.put("asaSeconds", 0.0);
    ErlangFormat.put(node, "occupancy", r.occupancy());
    ErlangFormat.put(node, "probBlock", r.probBlock());
    ErlangFormat.put(node, "loadErlangs", r.loadErlangs());
    ErlangFormat.put(node, "carriedLoadErlangs", r.carriedLoadErlangs());
    return node;
  }

  private void text(PrintWriter out, ErlangBResult r, boolean staffed, Double ceiling) {
    out.println("Erlang B (M/M/c/c: no queue, blocked contacts are lost)");
    if (staffed) {
      out.println("Fewest agents with P(block) <= "
          + ErlangFormat.percent(OptionValues.fraction("--max-blocking", maxBlocking, false)) + ": " + r.agents());
    }
    ErlangFormat.line(out, "offered load", ErlangFormat.number(r.loadErlangs()) + " Erlangs");
    ErlangFormat.line(out, "agents", Integer.toString(r.agents()));
    ErlangFormat.line(out, "P(block)", ErlangFormat.percent(r.probBlock()) + " (of offered)");
    ErlangFormat.line(out, "carried load", ErlangFormat.number(r.carriedLoadErlangs()) + " Erlangs");
    ErlangFormat.line(out, "occupancy", ErlangFormat.percent(r.occupancy()));
    if (ceiling != null) {
      ErlangFormat.line(out, "goal", "P(block) <= " + ErlangFormat.percent(ceiling) + ": "
          + (r.probBlock() <= ceiling ? "met" : "NOT met"));
    }
  }
}
