package io.ccsim.bench;

import io.ccsim.model.Scenario;
import io.ccsim.run.BenchmarkModels;
import io.ccsim.run.Engine;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * The JMH comparison for a shared, busy machine: the same four M/M/c models, run in rounds in one JVM
 * (the order rotating each round), each run timed by the thread's CPU time rather than the wall clock.
 * JMH's wall-clock rates drop with whatever else the machine runs; CPU time mostly does not, so the
 * ratios stay readable. Prefer JMH on a quiet machine.
 *
 * <p>{@code java -cp bench/target/benchmarks.jar io.ccsim.bench.CpuTimeComparison [CONTACTS] [ROUNDS]}
 * (defaults 1000000 and 12; the first 2 rounds are warm-up and not reported).
 */
public final class CpuTimeComparison {
  private static final int WARMUP_ROUNDS = 2;

  private CpuTimeComparison() {}

  public static void main(String[] args) {
    long contacts = args.length > 0 ? Long.parseLong(args[0].replace("_", "")) : 1_000_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 12;
    if (rounds <= WARMUP_ROUNDS) {
      throw new IllegalArgumentException("rounds must be more than " + WARMUP_ROUNDS + ", got " + rounds);
    }
    Scenario scenario = MmcBenchmarkSetup.scenario(contacts);
    double rate = MmcBenchmarkSetup.arrivalRatePerSecond();
    double warmup = scenario.warmupSeconds();
    double horizon = scenario.horizonSeconds();
    SsjMmcModel ssj = new SsjMmcModel(MmcBenchmarkSetup.AGENTS, rate, MmcBenchmarkSetup.MEAN_HANDLE_SECONDS,
        warmup, horizon);
    SpecializedMmcLoop plain = new SpecializedMmcLoop(MmcBenchmarkSetup.AGENTS, rate,
        MmcBenchmarkSetup.MEAN_HANDLE_SECONDS, warmup, horizon, BenchmarkModels.SEED, false);
    SpecializedMmcLoop tuned = new SpecializedMmcLoop(MmcBenchmarkSetup.AGENTS, rate,
        MmcBenchmarkSetup.MEAN_HANDLE_SECONDS, warmup, horizon, BenchmarkModels.SEED, true);
    Map<String, LongSupplier> models = new LinkedHashMap<>();
    models.put("ccsim", () -> Engine.AUTO.simulate(scenario, 0, null).firedEvents());
    models.put("ssj", () -> ssj.run().events());
    models.put("loop-plain", () -> plain.run(0).events());
    models.put("loop-tuned", () -> tuned.run(0).events());
    models.put("ccsim-general", () -> Engine.GENERAL.simulate(scenario, 0, null).firedEvents());

    String[] names = models.keySet().toArray(new String[0]);
    double[][] rates = new double[names.length][rounds - WARMUP_ROUNDS];
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (int round = 0; round < rounds; round++) {
      for (int k = 0; k < names.length; k++) {
        int m = (k + round) % names.length;
        long cpuStart = threads.getCurrentThreadCpuTime();
        long events = models.get(names[m]).getAsLong();
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        if (round >= WARMUP_ROUNDS) {
          rates[m][round - WARMUP_ROUNDS] = events / cpuSeconds;
        }
      }
    }
    System.out.printf(Locale.ROOT, "M/M/c c=%d utilization %.2f, %,d contacts per run, %d rounds after %d warm-up%n",
        MmcBenchmarkSetup.AGENTS, MmcBenchmarkSetup.UTILIZATION, contacts, rounds - WARMUP_ROUNDS, WARMUP_ROUNDS);
    System.out.printf(Locale.ROOT, "%-14s %18s %18s %18s%n", "model", "median events/s", "best events/s",
        "worst events/s");
    double[] medians = new double[names.length];
    for (int m = 0; m < names.length; m++) {
      double[] sorted = rates[m].clone();
      Arrays.sort(sorted);
      medians[m] = sorted.length % 2 == 1 ? sorted[sorted.length / 2]
          : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
      System.out.printf(Locale.ROOT, "%-14s %,18.0f %,18.0f %,18.0f%n", names[m], medians[m],
          sorted[sorted.length - 1], sorted[0]);
    }
    System.out.printf(Locale.ROOT, "ccsim / ssj = %.2f, ccsim / loop-plain = %.2f, ccsim / loop-tuned = %.2f"
        + " (medians, events per CPU-second)%n", medians[0] / medians[1], medians[0] / medians[2],
        medians[0] / medians[3]);
  }
}
