package io.ccsim.loadgen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ccsim.distribution.Exponential;
import io.ccsim.loadgen.target.TargetSettings;
import io.ccsim.loadgen.target.TargetSpec;
import io.ccsim.model.AgentGroup;
import io.ccsim.model.ArrivalStream;
import io.ccsim.model.Channel;
import io.ccsim.model.Scenario;
import io.ccsim.model.ServiceLevelGoal;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * A benchmark, not a test: sustained sending to a local Jetty HTTP target in this JVM (both on the same
 * 2 cores), printing the achieved rate, schedule lag and latency. It asserts only that every contact
 * arrived; the figures are for reading. Run it with
 *
 * <pre>
 * ./mvnw -B -o -q test -pl loadgen -Dtest=HttpSendBenchmark -Dccsim.bench=true \
 *     [-Dccsim.bench.rate=5000] [-Dccsim.bench.seconds=30]
 * </pre>
 */
@EnabledIfSystemProperty(named = "ccsim.bench", matches = "true")
class HttpSendBenchmark {
  @Test
  void sustainedHttpSending() throws Exception {
    double rate = Double.parseDouble(System.getProperty("ccsim.bench.rate", "5000"));
    double seconds = Double.parseDouble(System.getProperty("ccsim.bench.seconds", "30"));
    // One simulated hour of Poisson arrivals, played at the speed that gives `rate` contacts per wall second.
    double perSimSecond = 10;
    Channel phone = new Channel("phone", ServiceLevelGoal.DEFAULT, new Exponential(180), new Exponential(300), 50);
    Scenario scenario = new Scenario("benchmark", 1, 1, 0, seconds * rate / perSimSecond, List.of(phone),
        List.of(new ArrivalStream("phone", perSimSecond)), List.of(new AgentGroup("team", 10, List.of("phone"))));
    LoadOptions options = new LoadOptions(rate / perSimSecond, Duration.ofSeconds((long) seconds + 10), 10_000_000,
        rate * 2, 10_000, LoadOptions.WhenFull.DROP, Duration.ofSeconds(10), Duration.ofSeconds(10),
        Duration.ofSeconds(1), Duration.ofMillis(10), "bench", 1);
    try (LocalServers servers = new LocalServers()) {
      // Warm-up: the same load for a third of the time, so that the JIT has compiled client and server.
      Scenario warmUp = new Scenario("warm-up", 2, 1, 0, scenario.horizonSeconds() / 3, scenario.channels(),
          scenario.arrivals(), scenario.groups());
      run(warmUp, options, servers);
      servers.httpIds.clear();
      ContactSource source = ContactSource.of("benchmark", scenario, 0);
      Plan plan = Plan.of(source, options);
      Map<String, Long> cpuBefore = cpuByThreadGroup();
      long processCpuBefore = processCpuNanos();
      // Threads of the run end with it: sample their CPU time while it goes on.
      Map<String, Long> cpuAfter = new java.util.concurrent.ConcurrentSkipListMap<>();
      java.util.concurrent.ScheduledExecutorService sampler = java.util.concurrent.Executors
          .newSingleThreadScheduledExecutor();
      sampler.scheduleAtFixedRate(() -> cpuAfter.putAll(cpuByThreadGroup()), 1, 1,
          java.util.concurrent.TimeUnit.SECONDS);
      LoadResult r = run(scenario, options, servers);
      sampler.shutdownNow();
      cpuAfter.putAll(cpuByThreadGroup());
      long processCpu = processCpuNanos() - processCpuBefore;
      Histogram lag = r.overall().lag();
      Histogram latency = r.overall().latency();
      Histogram service = r.overall().service();
      System.out.printf(Locale.ROOT, "%nHTTP benchmark: %d contacts planned over %.1f s (%.0f/s planned, peak %d in"
              + " one second) on %d cores, after a warm-up of a third as long%n", plan.total(), plan.wallSeconds(),
          plan.meanPerSecond(), plan.peakPerSecond(), Runtime.getRuntime().availableProcessors());
      System.out.printf(Locale.ROOT, "  sent %d, ok %d, errors %d %s, dropped %d, late (>10 ms) %d, unfinished %d in"
              + " %.1f s: %.0f contacts/s%n", r.overall().sent(), r.overall().ok(), r.overall().errors(),
          r.overall().errorClasses(), r.overall().dropped(), r.overall().late(), r.overall().unfinished(),
          r.wallSeconds(), r.overall().sent() / plan.wallSeconds());
      System.out.printf(Locale.ROOT, "  schedule lag ms: p50 %.3f, p90 %.3f, p99 %.3f, p99.9 %.3f, max %.3f%n",
          ms(lag, 50), ms(lag, 90), ms(lag, 99), ms(lag, 99.9), lag.getMaxValue() / 1e6);
      System.out.printf(Locale.ROOT, "  latency ms (from intended send): p50 %.3f, p90 %.3f, p99 %.3f, p99.9 %.3f,"
          + " max %.3f%n", ms(latency, 50), ms(latency, 90), ms(latency, 99), ms(latency, 99.9),
          latency.getMaxValue() / 1e6);
      System.out.printf(Locale.ROOT, "  service time ms (from actual send): p50 %.3f, p99 %.3f; server received %d%n",
          ms(service, 50), ms(service, 99), servers.httpReceived());
      StringBuilder cpu = new StringBuilder();
      cpuAfter.forEach((group, nanos) -> cpu.append(String.format(Locale.ROOT, " %s %.1f s,", group,
          (nanos - cpuBefore.getOrDefault(group, 0L)) / 1e9)));
      System.out.printf(Locale.ROOT, "  CPU during the run: process %.1f s of %.1f s wall x 2 cores; by thread:%s%n%n",
          processCpu / 1e9, r.wallSeconds(), cpu.substring(0, Math.max(0, cpu.length() - 1)));
      assertEquals(r.overall().ok(), servers.httpReceived());
    }
  }

  private static LoadResult run(Scenario scenario, LoadOptions options, LocalServers servers) throws Exception {
    ContactSource source = ContactSource.of(scenario.name(), scenario, 0);
    TargetSettings settings = new TargetSettings(options.timeout(), options.maxInFlight(), 1, 256, new StringWriter());
    return new LoadGenerator(source, Plan.of(source, options), options,
        Map.of("phone", TargetSpec.parse(servers.http("/contacts"))), settings, List.of(), IntervalListener.NONE).run();
  }

  /** CPU time of the live threads, grouped by name without digits (test-jetty-12 -> test-jetty-). */
  private static Map<String, Long> cpuByThreadGroup() {
    java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
    Map<String, Long> out = new java.util.TreeMap<>();
    for (Thread t : Thread.getAllStackTraces().keySet()) {
      long nanos = mx.getThreadCpuTime(t.getId());
      if (nanos > 0) {
        out.merge(t.getName().replaceAll("[0-9]+", "").replaceAll("-+$", ""), nanos, Long::sum);
      }
    }
    return out;
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean)
        java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  private static double ms(Histogram h, double percentile) {
    return h.getValueAtPercentile(percentile) / 1e6;
  }
}
