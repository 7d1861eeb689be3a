package io.ccsim.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code ccsim erlang}: the analytic queueing formulas, one subcommand per model. */
@Command(
    name = "erlang",
    mixinStandardHelpOptions = true,
    description = "Exact analytic formulas: Erlang C (c), Erlang A and M/M/c/K (a), Erlang B (b).",
    subcommands = {ErlangCCommand.class, ErlangACommand.class, ErlangBCommand.class, ErlangProfileCommand.class},
    footer = {
      "",
      "Service levels are answered within T / offered.",
      "Rates: 200/h, 3.5/min, 0.05/s; durations: 20s, 3m, 1h30m.",
      "Examples:",
      "  ccsim erlang c --rate 200/h --aht 180s --agents 14 --threshold 20s",
      "  ccsim erlang a --rate 200/h --aht 180s --patience 300s --threshold 20s \\",
      "      --target 0.80",
      "  ccsim erlang b --load 10 --max-blocking 0.01"
    })
final class ErlangCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "a subcommand is required: c, a or b");
  }
}
