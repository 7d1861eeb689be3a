package io.ccsim.cli;

import io.ccsim.cli.show.ShowServer;
import io.ccsim.cli.show.ShowSession;
import io.ccsim.model.Scenario;
import io.ccsim.report.CsvHeader;
import io.ccsim.report.SummaryJson;
import io.ccsim.report.compare.ComparedRun;
import io.ccsim.report.compare.Comparison;
import io.ccsim.run.RunResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ccsim show}: animates one or two scenarios side by side in the browser, on one simulated clock,
 * with common random numbers; at the end the page links to the report of the same run.
 */
@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    description = {
      "Animate one or two scenarios side by side in the browser: queues, agents and their slots, paused"
          + " work, customer journeys and running KPIs, driven by the simulation itself on one clock. Both"
          + " run one replication with the same seed (common random numbers); the final KPIs equal those of"
          + " 'ccsim run FILE --replications 1 --seed S', and the page then links to the comparison report.",
      "Serves http://127.0.0.1:PORT/ (this machine only) until Ctrl-C."
    },
    footer = {
      "",
      "Examples:",
      "  ccsim show scenarios/omni-vs-multi/multi-channel.yaml \\",
      "      scenarios/omni-vs-multi/omni-channel.yaml",
      "  ccsim show scenarios/single-queue.yaml --speed 600 --port 9090",
      "",
      "The page pauses, resumes, steps one event, halves or doubles the speed and",
      "restarts. A port in use fails with exit code 2. See docs/show.md."
    })
final class ShowCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..2", paramLabel = "FILE", description = "One or two scenario files; the first is A.")
  List<Path> files;

  @Option(names = "--speed", paramLabel = "X", defaultValue = "60",
      description = "Simulated seconds per second of wall time (default: ${DEFAULT-VALUE}: an 8-hour day"
          + " in 8 minutes).")
  double speed;

  @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
      description = "Port on 127.0.0.1 (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(names = "--seed", paramLabel = "S", description = "Random seed (default: the first file's).")
  Long seed;

  @Mixin DebugOption debugOption;

  @Override
  public Integer call() throws IOException {
    if (!(speed >= 1.0 / 64 && speed <= 1 << 22)) {
      throw new ParameterException(spec.commandLine(),
          "--speed must be between 0.015625 and 4194304 simulated seconds per second, got " + speed);
    }
    if (files.size() > 2) {
      throw new ParameterException(spec.commandLine(), "FILE: " + files.size() + " scenarios given; show takes 1 or 2");
    }
    if (port < 0 || port > 65535) {
      throw new ParameterException(spec.commandLine(), "--port must be between 0 and 65535, got " + port);
    }
    List<Scenario> loaded = new ArrayList<>();
    for (Path file : files) {
      loaded.add(ScenarioInput.load(file));
    }
    long runSeed = seed != null ? seed : loaded.get(0).seed();
    List<ShowSession.Shown> shown = new ArrayList<>();
    for (int i = 0; i < loaded.size(); i++) {
      shown.add(new ShowSession.Shown(files.get(i).toString(), loaded.get(i).withRun(runSeed, 1)));
    }
    Path work = Files.createTempDirectory("ccsim-show-");
    ShowSession session = new ShowSession(shown, runSeed, speed, work, this::writeReport);
    ShowServer server;
    try {
      server = ShowServer.start(session, work, port);
    } catch (BindException e) {
      delete(work);
      throw new BadInputException("--port " + port + ": port " + port
          + " on 127.0.0.1 is already in use (another ccsim show?); choose another with --port");
    }
    PrintWriter out = spec.commandLine().getOut();
    out.printf(Locale.ROOT, "ccsim show: %s at %s, seed %d, speed %s; Ctrl-C stops%n", server.uri(),
        describe(shown), runSeed, speedText(speed));
    out.flush();
    CountDownLatch stopped = new CountDownLatch(1);
    Thread hook = new Thread(() -> {
      server.close();
      delete(work);
      out.println("ccsim show: stopped");
      out.flush();
      stopped.countDown();
    }, "ccsim-show-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    boolean interrupted = false;
    try {
      String announced = null;
      while (!stopped.await(200, TimeUnit.MILLISECONDS)) {
        String report = session.reportPath();
        if (report != null && !report.equals(announced)) {
          out.println("ccsim show: finished; report at " + server.uri().resolve(report));
          out.flush();
          announced = report;
        }
      }
    } catch (InterruptedException e) {
      // Stopped from within the JVM (tests do this); Ctrl-C runs the hook instead.
      interrupted = true;
    }
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      return Main.OK; // the JVM is shutting down: the hook does the rest
    }
    server.close();
    delete(work);
    out.println("ccsim show: stopped");
    out.flush();
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    return Main.OK;
  }

  private static String describe(List<ShowSession.Shown> shown) {
    return shown.size() == 1 ? shown.get(0).file() : shown.get(0).file() + " (A) vs " + shown.get(1).file() + " (B)";
  }

  private static String speedText(double speed) {
    return (speed == Math.rint(speed) ? String.valueOf((long) speed) : String.valueOf(speed)) + "x";
  }

  /** The comparison report of two runs (as `ccsim compare --replications 1`), or the run report of one. */
  private void writeReport(Path directory, List<RunResult> runs) throws IOException {
    if (runs.size() == 1) {
      RunResult run = runs.get(0);
      RunCommand.writeReport(directory, run, files.get(0).toString(), SummaryJson.toJson(run.summary()),
          CsvHeader.JSON);
      return;
    }
    List<String> labels = CompareCommand.labels(runs.stream().map(RunResult::scenario).toList(), files);
    List<ComparedRun> compared = new ArrayList<>();
    for (int i = 0; i < runs.size(); i++) {
      compared.add(new ComparedRun(CompareCommand.letter(i), labels.get(i), files.get(i).toString(), runs.get(i)));
    }
    CompareCommand.writeReport(directory, Comparison.of(compared));
  }

  private static void delete(Path directory) {
    try (Stream<Path> paths = Files.walk(directory)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // A temporary folder left behind is harmless.
    }
  }
}
