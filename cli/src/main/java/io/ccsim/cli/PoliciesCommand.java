package io.ccsim.cli;

import io.ccsim.routing.RoutingRegistry;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code ccsim policies}: lists the routing modes and policies a scenario's {@code routing} may name. */
@Command(
    name = "policies",
    mixinStandardHelpOptions = true,
    description = "List the routing modes and policies that a scenario's routing section may name.",
    footer = {
      "",
      "Example:",
      "  ccsim policies",
      "",
      "In a scenario:",
      "  routing: { mode: blended, agentSelection: least-loaded,",
      "             contactSelection: priority-fifo }"
    })
final class PoliciesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    String kind = "";
    for (RoutingRegistry.Entry entry : RoutingRegistry.all()) {
      if (!entry.kind().equals(kind)) {
        kind = entry.kind();
        out.println((kind.equals("mode") ? "" : "\n") + "routing." + kind + ":");
      }
      out.println(String.format(Locale.ROOT, "  %-24s %s", entry.name(), entry.description()));
    }
    out.flush();
    return Main.OK;
  }
}
