package io.ccsim.cli;

import io.ccsim.center.ReplicationResult;
import io.ccsim.model.Scenario;
import io.ccsim.run.BenchmarkModels;
import io.ccsim.run.Engine;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ccsim bench}: how fast the engine simulates, in events/s and contacts/s, on the built-in M/M/c
 * model ({@link BenchmarkModels#mmc}, the model the JMH benchmarks run) or on a scenario file.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Measure simulation speed in events/s and contacts/s.",
      "Without FILE: M/M/c with exponential handle times (mean 180 s), no abandonment.",
      "With FILE: all of its replications, one after the other on one thread."
    },
    footer = {
      "",
      "Examples:",
      "  ccsim bench",
      "  ccsim bench --agents 100 --utilization 0.9 --contacts 2000000 --json",
      "  ccsim bench scenarios/single-queue.yaml --runs 3",
      "",
      "Events are arrivals, service completions and any other event the engine fires.",
      "Untimed warm-up runs first let the JIT compile; each run is then timed on its",
      "own. For engine comparisons with SSJ, use the JMH benchmarks (bench/README.md)."
    })
final class BenchCommand implements Callable<Integer> {
  static final int DEFAULT_AGENTS = 100;
  static final double DEFAULT_UTILIZATION = 0.9;
  static final int DEFAULT_CONTACTS = 1_000_000;
  static final double MEAN_HANDLE_SECONDS = 180;

  @Spec CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "FILE",
      description = "Scenario file (.yaml, .yml or .json); default: the M/M/c model.")
  Path file;

  @Option(names = "--json", description = "Print one JSON object instead of the table.")
  boolean json;

  @Option(names = "--agents", paramLabel = "N", description = "Agents c of the M/M/c model (default: 100).")
  String agents;

  @Option(names = "--utilization", paramLabel = "RHO",
      description = "Load per agent of the M/M/c model, below 1 (default: 0.9).")
  String utilization;

  @Option(names = "--contacts", paramLabel = "N",
      description = "Arrivals per run of the M/M/c model (default: 1000000).")
  String contacts;

  @Option(names = "--warmup-runs", paramLabel = "K", description = "Untimed runs first (default: 2).")
  String warmupRuns;

  @Option(names = "--runs", paramLabel = "K", description = "Timed runs (default: 5).")
  String runs;

  @Mixin EngineOption engineOption;

  @Mixin DebugOption debugOption;

  @Override
  public Integer call() {
    int warmups = warmupRuns == null ? 2 : OptionValues.wholeNumber("--warmup-runs", warmupRuns, 0);
    int timed = runs == null ? 5 : OptionValues.wholeNumber("--runs", runs, 1);
    Workload workload = file == null ? mmcWorkload() : fileWorkload();
    for (int i = 0; i < warmups; i++) {
      workload.runOnce();
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    boolean cpuTimed = threads.isCurrentThreadCpuTimeSupported();
    long events = 0;
    long contactCount = 0;
    long nanos = 0;
    long cpuNanos = 0;
    double[] eventsPerSecondByRun = new double[timed];
    for (int i = 0; i < timed; i++) {
      long cpuStart = cpuTimed ? threads.getCurrentThreadCpuTime() : 0;
      long start = System.nanoTime();
      long[] counts = workload.runOnce();
      long elapsed = Math.max(1, System.nanoTime() - start);
      cpuNanos += cpuTimed ? threads.getCurrentThreadCpuTime() - cpuStart : 0;
      events += counts[0];
      contactCount += counts[1];
      nanos += elapsed;
      eventsPerSecondByRun[i] = counts[0] / (elapsed / 1e9);
    }
    Measurement m = new Measurement(workload.description, workload.name, workload.engine.cliName(), warmups, timed,
        events, contactCount,
        nanos / 1e9, cpuTimed ? cpuNanos / 1e9 : Double.NaN, eventsPerSecondByRun);
    PrintWriter out = spec.commandLine().getOut();
    out.print(json ? m.toJson() : m.toTable());
    out.flush();
    return Main.OK;
  }

  private Workload mmcWorkload() {
    int c = agents == null ? DEFAULT_AGENTS : OptionValues.wholeNumber("--agents", agents, 1);
    double rho = DEFAULT_UTILIZATION;
    if (utilization != null) {
      rho = OptionValues.fraction("--utilization", utilization, false);
      if (rho >= 1) {
        throw OptionValues.bad("--utilization", "'" + utilization
            + "' must be below 1: without abandonment the queue grows without bound at full load");
      }
    }
    int n = contacts == null ? DEFAULT_CONTACTS : OptionValues.wholeNumber("--contacts", contacts, 1);
    Scenario scenario = BenchmarkModels.mmc(c, rho, MEAN_HANDLE_SECONDS,
        BenchmarkModels.horizonForContacts(n, c, rho, MEAN_HANDLE_SECONDS));
    String description = String.format(Locale.ROOT,
        "M/M/c, c = %d, utilization %s, exponential handle time %.0f s, %,d contacts per run",
        c, plain(rho), MEAN_HANDLE_SECONDS, n);
    return new Workload("mmc", description, scenario, engineOption.resolveLocal("bench", scenario, null));
  }

  private Workload fileWorkload() {
    for (String[] modelOption : new String[][] {{"--agents", agents}, {"--utilization", utilization},
        {"--contacts", contacts}}) {
      if (modelOption[1] != null) {
        throw OptionValues.bad(modelOption[0], "applies to the built-in M/M/c model only; leave it out with FILE");
      }
    }
    Scenario scenario = ScenarioInput.load(file);
    String description = String.format(Locale.ROOT, "%s (%s), %d replication%s per run",
        scenario.name(), file, scenario.replications(), scenario.replications() == 1 ? "" : "s");
    return new Workload(scenario.name(), description, scenario, engineOption.resolveLocal("bench", scenario, null));
  }

  private static String plain(double value) {
    return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  /** One run is every replication of the scenario, in order, on this thread. */
  private static final class Workload {
    final String name;
    final String description;
    final Scenario scenario;
    final Engine engine;

    Workload(String name, String description, Scenario scenario, Engine engine) {
      this.name = name;
      this.description = description;
      this.scenario = scenario;
      this.engine = engine;
    }

    /** Runs once; returns {events, contacts}. */
    long[] runOnce() {
      long events = 0;
      long contacts = 0;
      for (int r = 0; r < scenario.replications(); r++) {
        ReplicationResult result = engine.simulate(scenario, r, null);
        events += result.firedEvents();
        contacts += result.simulatedContacts();
      }
      return new long[] {events, contacts};
    }
  }

  /**
   * The timed runs' totals, and how to print them. Rates are per wall-clock second; {@code cpuSeconds}
   * (the simulating thread's CPU time, NaN where the JVM cannot tell) shows whether other processes
   * took the CPU meanwhile, which makes wall-clock rates too low.
   */
  record Measurement(String description, String model, String engine, int warmupRuns, int runs, long events,
      long contacts,
      double seconds, double cpuSeconds, double[] eventsPerSecondByRun) {
    /** Below this share of the wall time on the CPU, the table warns that the machine was busy. */
    static final double BUSY_MACHINE_CPU_SHARE = 0.9;

    double eventsPerSecond() {
      return events / seconds;
    }

    double contactsPerSecond() {
      return contacts / seconds;
    }

    String toTable() {
      double slowest = Double.POSITIVE_INFINITY;
      double fastest = 0;
      for (double rate : eventsPerSecondByRun) {
        slowest = Math.min(slowest, rate);
        fastest = Math.max(fastest, rate);
      }
      StringBuilder sb = new StringBuilder();
      sb.append("Model       ").append(description).append('\n');
      sb.append("Engine      ").append(engine).append('\n');
      sb.append(String.format(Locale.ROOT, "Runs        %d timed after %d warm-up, single-threaded%n",
          runs, warmupRuns));
      sb.append(String.format(Locale.ROOT, "Events      %,d%n", events));
      sb.append(String.format(Locale.ROOT, "Contacts    %,d%n", contacts));
      sb.append(String.format(Locale.ROOT, "Seconds     %.3f%n", seconds));
      sb.append(String.format(Locale.ROOT, "Events/s    %,.0f (runs from %,.0f to %,.0f)%n",
          eventsPerSecond(), slowest, fastest));
      sb.append(String.format(Locale.ROOT, "Contacts/s  %,.0f%n", contactsPerSecond()));
      if (cpuSeconds < BUSY_MACHINE_CPU_SHARE * seconds) {
        sb.append(String.format(Locale.ROOT,
            "Warning     the simulation had the CPU %.0f%% of the time: other processes slowed it down;%n"
                + "            per CPU-second it ran %,.0f events/s%n",
            100 * cpuSeconds / seconds, events / cpuSeconds));
      }
      return sb.toString();
    }

    String toJson() {
      StringBuilder sb = new StringBuilder("{");
      sb.append("\"model\":").append(quote(model));
      sb.append(",\"description\":").append(quote(description));
      sb.append(",\"engine\":").append(quote(engine));
      sb.append(",\"warmupRuns\":").append(warmupRuns);
      sb.append(",\"runs\":").append(runs);
      sb.append(",\"events\":").append(events);
      sb.append(",\"contacts\":").append(contacts);
      sb.append(",\"seconds\":").append(String.format(Locale.ROOT, "%.6f", seconds));
      sb.append(",\"cpuSeconds\":").append(Double.isNaN(cpuSeconds) ? "null" : String.format(Locale.ROOT, "%.6f", cpuSeconds));
      sb.append(",\"eventsPerSecond\":").append(String.format(Locale.ROOT, "%.1f", eventsPerSecond()));
      sb.append(",\"contactsPerSecond\":").append(String.format(Locale.ROOT, "%.1f", contactsPerSecond()));
      sb.append(",\"eventsPerSecondByRun\":[");
      for (int i = 0; i < eventsPerSecondByRun.length; i++) {
        sb.append(i == 0 ? "" : ",").append(String.format(Locale.ROOT, "%.1f", eventsPerSecondByRun[i]));
      }
      return sb.append("]}\n").toString();
    }

    private static String quote(String text) {
      StringBuilder sb = new StringBuilder("\"");
      for (char ch : text.toCharArray()) {
        switch (ch) {
          case '"' -> sb.append("\\\"");
          case '\\' -> sb.append("\\\\");
          case '\n' -> sb.append("\\n");
          case '\r' -> sb.append("\\r");
          case '\t' -> sb.append("\\t");
          default -> {
            if (ch < 0x20) {
              sb.append(String.format(Locale.ROOT, "\\u%04x", (int) ch));
            } else {
              sb.append(ch);
            }
          }
        }
      }
      return sb.append('"').toString();
    }
  }
}
