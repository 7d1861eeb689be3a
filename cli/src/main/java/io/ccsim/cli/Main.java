package io.ccsim.cli;

import io.ccsim.config.EditDistance;
import io.ccsim.loadgen.target.CompletionThreads;
import java.io.PrintWriter;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code ccsim} command: subcommands, exit codes and error printing live here and nowhere else. */
@Command(
    name = "ccsim",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Contact-center simulator: discrete-event simulation, Erlang formulas and benchmarks.",
    subcommands = {
      RunCommand.class,
      CompareCommand.class,
      SweepCommand.class,
      StaffCommand.class,
      CheckCommand.class,
      ValidateCommand.class,
      PoliciesCommand.class,
      ArrivalsCommand.class,
      FitCommand.class,
      LoadCommand.class,
      ErlangCommand.class,
      BenchCommand.class,
      ShowCommand.class,
      CommandLine.HelpCommand.class,
      AutoComplete.GenerateCompletion.class
    },
    footer = {
      "",
      "Exit codes: 0 success, 2 bad input or usage, 1 any other failure (also a run",
      "stopped by --max-wall, or outputs that could not be written).",
      "Examples:",
      "  ccsim run scenarios/single-queue.yaml --replications 20 --report report/",
      "  ccsim compare scenarios/compare-demo/siloed.yaml \\",
      "      scenarios/compare-demo/pooled.yaml",
      "  ccsim show scenarios/omni-vs-multi/multi-channel.yaml \\",
      "      scenarios/omni-vs-multi/omni-channel.yaml    # animated, in the browser",
      "  source <(ccsim generate-completion)    # tab completion in bash and zsh"
    })
public final class Main implements Runnable {
  /** Exit code for success. */
  public static final int OK = 0;
  /** Exit code for any failure that is not the user's input. */
  public static final int FAILURE = 1;
  /** Exit code for bad input or usage. */
  public static final int BAD_INPUT = 2;

  static {
    // Before anything uses CompletableFuture: on 1 or 2 cores, `ccsim load`'s HTTP target would otherwise
    // start a thread per response (see CompletionThreads).
    CompletionThreads.requestCommonPool();
  }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required");
  }

  public static void main(String[] args) {
    System.exit(execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
  }

  /** Runs one command line with the given streams and returns its exit code (tests call this in-process). */
  public static int execute(PrintWriter out, PrintWriter err, String... args) {
    boolean debug = java.util.Arrays.asList(args).contains("--debug");
    CommandLine cli = new CommandLine(new Main());
    cli.setOut(out);
    cli.setErr(err);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setExitCodeExceptionMapper(Main::exitCodeOf);
    cli.setParameterExceptionHandler(
        (ex, a) -> {
          err.println("ccsim: " + ex.getMessage() + suggestion(ex));
          if (debug) {
            ex.printStackTrace(err);
          }
          String path = commandPath(ex.getCommandLine());
          err.println("Try 'ccsim " + (path.isEmpty() ? "" : path + " ") + "--help'.");
          return BAD_INPUT;
        });
    cli.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          err.println("ccsim: " + describe(ex));
          if (debug) {
            ex.printStackTrace(err);
          }
          err.flush();
          return exitCodeOf(ex);
        });
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /**
   * For an unknown option or subcommand, the nearest valid names (picocli's suggestions), as
   * "; did you mean --replications?"; empty otherwise.
   */
  static String suggestion(CommandLine.ParameterException ex) {
    if (!(ex instanceof CommandLine.UnmatchedArgumentException unmatched)) {
      return "";
    }
    java.util.List<String> suggestions = unmatched.getSuggestions();
    java.util.List<String> args = unmatched.getUnmatched();
    if (suggestions.isEmpty() && !args.isEmpty() && !args.get(0).startsWith("-")) {
      suggestions = nearest(args.get(0), unmatched.getCommandLine().getSubcommands().keySet());
    }
    if (suggestions.isEmpty()) {
      return "";
    }
    java.util.List<String> nearest = suggestions.subList(0, Math.min(3, suggestions.size()));
    return "; did you mean " + String.join(" or ", nearest) + "?";
  }

  /** The names within a few edits of {@code word} (or that start with it), nearest first. */
  static java.util.List<String> nearest(String word, java.util.Collection<String> names) {
    int allowed = Math.max(1, word.length() / 3);
    return names.stream()
        .filter(n -> n.startsWith(word) || EditDistance.between(word, n) <= allowed)
        .sorted(java.util.Comparator.comparingInt((String n) -> n.startsWith(word) ? 0 : EditDistance.between(word, n))
            .thenComparing(n -> n))
        .toList();
  }

  private static int exitCodeOf(Throwable ex) {
    return ex instanceof BadInputException ? BAD_INPUT : FAILURE;
  }

  private static String describe(Throwable ex) {
    if (ex instanceof BadInputException || ex instanceof RunFailedException
        || ex instanceof io.ccsim.report.OutputDirectory.OutputException) {
      return ex.getMessage();
    }
    String message = ex.getMessage();
    return ex.getClass().getSimpleName() + (message == null ? "" : ": " + message) + " (run with --debug for details)";
  }

  private static String commandPath(CommandLine commandLine) {
    String path = commandLine.getCommandSpec().qualifiedName(" ");
    return path.startsWith("ccsim ") ? path.substring("ccsim ".length()) : "";
  }
}
