package io.ccsim.loadgen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccsim.distribution.Exponential;
import io.ccsim.loadgen.target.TargetSettings;
import io.ccsim.loadgen.target.TargetSpec;
import io.ccsim.model.AgentGroup;
import io.ccsim.model.ArrivalStream;
import io.ccsim.model.Channel;
import io.ccsim.model.Scenario;
import io.ccsim.model.ServiceLevelGoal;
import java.io.IOException;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * A benchmark, not a test: sustained sending to a local HTTP target (Jetty 12 on 127.0.0.1), printing the
 * achieved rate, schedule lag, latency and CPU time (docs/load.md#what-it-sustains). It asserts only that
 * every answered contact arrived once; the figures are for reading. Run it with
 *
 * <pre>
 * ./mvnw -B -o -q test -pl loadgen -Dtest=HttpSendBenchmark -Dccsim.bench=true \
 *     [-Dccsim.bench.rate=5000] [-Dccsim.bench.seconds=30] [-Dccsim.bench.connections=16] \
 *     [-Dccsim.bench.server=process|jvm] [-Dccsim.bench.warmup=30] [-Dccsim.bench.intervals=true]
 * </pre>
 *
 * <p>The warm-up (seconds at the same rate before the measured run) lets the JIT compile client and
 * server; {@code intervals=true} also prints each second's figures.
 *
 * <p>{@code server=process} (the default) runs the servers in a JVM of their own on this machine, so that
 * the sending JVM's CPU, threads and garbage collections are the sender's alone; {@code jvm} runs them in
 * this JVM. Either way both share the machine's cores.
 */
@EnabledIfSystemProperty(named = "ccsim.bench", matches = "true")
class HttpSendBenchmark {
  /** Simulated contacts per simulated second; the speed turns it into the wanted wall-clock rate. */
  private static final double PER_SIMULATED_SECOND = 10;

  @Test
  void sustainedHttpSending() throws Exception {
    double ratePerSecond = Double.parseDouble(System.getProperty("ccsim.bench.rate", "5000"));
    double seconds = Double.parseDouble(System.getProperty("ccsim.bench.seconds", "30"));
    int connections = Integer.parseInt(System.getProperty("ccsim.bench.connections", "16"));
    double warmUpSeconds = Double.parseDouble(System.getProperty("ccsim.bench.warmup", "30"));
    boolean separateProcess = !System.getProperty("ccsim.bench.server", "process").equals("jvm");
    String loadBefore = loadAverage();
    if (separateProcess) {
      try (ServerProcess server = new ServerProcess(Duration.ofSeconds((long) (warmUpSeconds + seconds) + 120))) {
        String target = server.http("/contacts");
        long[] warmUp = warmUp(ratePerSecond, warmUpSeconds, connections, target);
        Measured m = measure(ratePerSecond, seconds, connections, target, server::cpu);
        m.print(loadBefore, "a separate JVM on this machine", warmUpSeconds);
        long[] received = server.stopAndCountHttp();
        System.out.printf(Locale.ROOT, "  server received %d requests for %d distinct contacts (warm-up included)%n%n",
            received[0], received[1]);
        // A contact that timed out may still have arrived: between the answered ones and all that were sent.
        long sent = warmUp[1] + m.result.overall().sent();
        assertTrue(received[1] >= warmUp[0] + m.result.overall().ok() && received[1] <= sent,
            "every answered contact arrived");
        assertEquals(received[1], received[0], "each once");
      }
    } else {
      try (LocalServers servers = new LocalServers()) {
        String target = servers.http("/contacts");
        warmUp(ratePerSecond, warmUpSeconds, connections, target);
        servers.httpIds.clear();
        Measured m = measure(ratePerSecond, seconds, connections, target, () -> Duration.ZERO);
        m.print(loadBefore, "this JVM", warmUpSeconds);
        System.out.printf(Locale.ROOT, "  server received %d%n%n", servers.httpReceived());
        assertEquals(m.result.overall().ok(), servers.httpReceived());
      }
    }
  }

  /**
   * The same load for {@code seconds} before the measurement, so that the JIT has compiled client and server
   * (on 2 busy cores the compilers need tens of seconds); returns how many contacts were answered and sent.
   */
  private static long[] warmUp(double ratePerSecond, double seconds, int connections, String target)
      throws Exception {
    var all = run(scenario("warm-up", 2, seconds, ratePerSecond), options(ratePerSecond, seconds, "warm-up"),
        connections, target).overall();
    return new long[] {all.ok(), all.sent()};
  }

  private static Measured measure(double ratePerSecond, double seconds, int connections, String target,
      java.util.function.Supplier<Duration> serverCpu) throws Exception {
    Scenario scenario = scenario("benchmark", 1, seconds, ratePerSecond);
    LoadOptions options = options(ratePerSecond, seconds, "bench");
    ContactSource source = ContactSource.of(scenario.name(), scenario, 0);
    Plan plan = Plan.of(source, options);
    Map<String, Long> cpuBefore = cpuByThreadGroup();
    long processCpuBefore = processCpuNanos();
    Duration serverCpuBefore = serverCpu.get();
    // Threads of the run end with it: sample their CPU time while it goes on.
    Map<String, Long> cpuAfter = new ConcurrentSkipListMap<>();
    ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
    sampler.scheduleAtFixedRate(() -> cpuAfter.putAll(cpuByThreadGroup()), 1, 1, TimeUnit.SECONDS);
    LoadResult result = run(scenario, options, connections, target);
    sampler.shutdownNow();
    cpuAfter.putAll(cpuByThreadGroup());
    Map<String, Double> threadCpuSeconds = new TreeMap<>();
    cpuAfter.forEach((group, nanos) -> {
      double s = (nanos - cpuBefore.getOrDefault(group, 0L)) / 1e9;
      if (s >= 0.05) {
        threadCpuSeconds.put(group, s);
      }
    });
    return new Measured(plan, result, connections, (processCpuNanos() - processCpuBefore) / 1e9,
        serverCpu.get().minus(serverCpuBefore).toNanos() / 1e9, threadCpuSeconds);
  }

  /** What one measured run gave, with the CPU time (seconds) of each process and thread group. */
  private record Measured(Plan plan, LoadResult result, int connections, double senderCpuSeconds,
      double serverCpuSeconds, Map<String, Double> threadCpuSeconds) {
    void print(String loadBefore, String server, double warmUpSeconds) throws IOException {
      var all = result.overall();
      Histogram lag = all.lag();
      Histogram latency = all.latency();
      Histogram service = all.service();
      System.out.printf(Locale.ROOT, "%nHTTP benchmark: %d contacts planned over %.1f s (%.0f/s planned, peak %d in one"
              + " second) after a warm-up of %.0f s, on %d cores, %d connections, server in %s; common pool"
              + " parallelism %d; load average before %s, after %s%n", plan.total(), plan.wallSeconds(),
          plan.meanPerSecond(), plan.peakPerSecond(), warmUpSeconds, Runtime.getRuntime().availableProcessors(), connections, server,
          ForkJoinPool.getCommonPoolParallelism(), loadBefore, loadAverage());
      System.out.printf(Locale.ROOT, "  sent %d, ok %d, errors %d %s, dropped %d, late (>10 ms) %d, unfinished %d in"
              + " %.1f s: %.0f contacts/s sent%n", all.sent(), all.ok(), all.errors(), all.errorClasses(),
          all.dropped(), all.late(), all.unfinished(), result.wallSeconds(), all.sent() / plan.wallSeconds());
      System.out.printf(Locale.ROOT, "  schedule lag ms: p50 %.3f, p90 %.3f, p99 %.3f, p99.9 %.3f, max %.3f%n",
          ms(lag, 50), ms(lag, 90), ms(lag, 99), ms(lag, 99.9), lag.getMaxValue() / 1e6);
      System.out.printf(Locale.ROOT, "  latency ms (from intended send): p50 %.3f, p90 %.3f, p99 %.3f, p99.9 %.3f,"
          + " max %.3f%n", ms(latency, 50), ms(latency, 90), ms(latency, 99), ms(latency, 99.9),
          latency.getMaxValue() / 1e6);
      System.out.printf(Locale.ROOT, "  service time ms (from actual send): p50 %.3f, p99 %.3f%n", ms(service, 50),
          ms(service, 99));
      if (Boolean.getBoolean("ccsim.bench.intervals")) {
        for (IntervalRow row : result.intervals()) {
          System.out.printf(Locale.ROOT, "    %5.1f-%5.1f s: sent %5d dropped %5d, latency p50 %8.3f p99 %8.3f max %8.3f ms,"
                  + " lag p99 %6.3f max %6.3f ms%n", row.startSeconds(), row.endSeconds(), row.sent(), row.dropped(),
              row.p50Millis(), row.p99Millis(), row.maxMillis(), row.lagP99Millis(), row.lagMaxMillis());
        }
      }
      StringBuilder threads = new StringBuilder();
      threadCpuSeconds.forEach((group, s) -> threads.append(String.format(Locale.ROOT, " %s %.1f s,", group, s)));
      System.out.printf(Locale.ROOT, "  CPU during the run (%.1f s wall x %d cores): sender JVM %.1f s (%.0f us per"
              + " contact sent), server %s; sender threads:%s%n", result.wallSeconds(),
          Runtime.getRuntime().availableProcessors(), senderCpuSeconds, senderCpuSeconds / all.sent() * 1e6,
          serverCpuSeconds > 0 ? String.format(Locale.ROOT, "%.1f s (%.0f us per contact)", serverCpuSeconds,
              serverCpuSeconds / all.sent() * 1e6) : "in the sender JVM",
          threads.substring(0, Math.max(0, threads.length() - 1)));
    }
  }

  /** Poisson arrivals of {@code ratePerSecond} for {@code seconds} of wall time at the benchmark's speed. */
  private static Scenario scenario(String name, long seed, double seconds, double ratePerSecond) {
    Channel phone = new Channel("phone", ServiceLevelGoal.DEFAULT, new Exponential(180), new Exponential(300), 50);
    return new Scenario(name, seed, 1, 0, seconds * ratePerSecond / PER_SIMULATED_SECOND, List.of(phone),
        List.of(new ArrivalStream("phone", PER_SIMULATED_SECOND)),
        List.of(new AgentGroup("team", 10, List.of("phone"))));
  }

  private static LoadOptions options(double ratePerSecond, double seconds, String runId) {
    return new LoadOptions(ratePerSecond / PER_SIMULATED_SECOND, Duration.ofSeconds((long) seconds + 10), 10_000_000,
        ratePerSecond * 2, 10_000, LoadOptions.WhenFull.DROP, Duration.ofSeconds(10), Duration.ofSeconds(10),
        Duration.ofSeconds(1), Duration.ofMillis(10), runId, 1);
  }

  private static LoadResult run(Scenario scenario, LoadOptions options, int connections, String target)
      throws Exception {
    ContactSource source = ContactSource.of(scenario.name(), scenario, 0);
    TargetSettings settings = new TargetSettings(options.timeout(), options.maxInFlight(), 1, connections,
        new StringWriter());
    return new LoadGenerator(source, Plan.of(source, options), options, Map.of("phone", TargetSpec.parse(target)),
        settings, List.of(), IntervalListener.NONE).run();
  }

  /** CPU time of the live threads, grouped by name without digits (test-jetty-12 -> test-jetty-). */
  private static Map<String, Long> cpuByThreadGroup() {
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    Map<String, Long> out = new TreeMap<>();
    for (Thread t : Thread.getAllStackTraces().keySet()) {
      long nanos = mx.getThreadCpuTime(t.getId());
      if (nanos > 0) {
        out.merge(t.getName().replaceAll("[0-9]+", "").replaceAll("-+$", ""), nanos, Long::sum);
      }
    }
    return out;
  }

  static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  /** The 1-, 5- and 15-minute load averages (Linux), or "?" elsewhere. */
  static String loadAverage() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
      return parts[0] + " " + parts[1] + " " + parts[2];
    } catch (IOException | RuntimeException e) {
      return "?";
    }
  }

  private static double ms(Histogram h, double percentile) {
    return h.getValueAtPercentile(percentile) / 1e6;
  }
}
