package io.ccsim.loadgen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ccsim.distribution.Constant;
import io.ccsim.loadgen.measure.CallEnd;
import io.ccsim.loadgen.measure.CallTotals;
import io.ccsim.loadgen.measure.Totals;
import io.ccsim.loadgen.sip.SipTestServer;
import io.ccsim.model.AgentGroup;
import io.ccsim.model.ArrivalStream;
import io.ccsim.model.Channel;
import io.ccsim.model.Scenario;
import io.ccsim.model.ServiceLevelGoal;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * A benchmark, not a test: phone calls over SIP at a steady rate, each held for a fixed time, printing the
 * calls placed and how they ended, schedule lag, time to answer, calls in progress at once, and CPU time
 * (docs/load.md#sip-calls-sipcallsbenchmark). Run it with
 *
 * <pre>
 * ./mvnw -B -q test -pl loadgen -am -Dtest=SipCallsBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dccsim.bench=true [-Dccsim.bench.rate=200] [-Dccsim.bench.seconds=30] [-Dccsim.bench.hold=10] \
 *     [-Dccsim.bench.warmup=10] [-Dccsim.bench.sip.target=sip:service@127.0.0.1:5070]
 * </pre>
 *
 * <p>Without {@code sip.target} the calls go to {@link SipTestServer} in this JVM (UDP, answered at once,
 * counts only); with it, to that server (e.g. SIPp's UAS, {@code sipp -sn uas -p 5070}). {@code hold} is
 * each call's time after the answer in seconds: rate × hold calls are in progress at once.
 */
@EnabledIfSystemProperty(named = "ccsim.bench", matches = "true")
class SipCallsBenchmark {
  /** Simulated calls per simulated second; the speed turns it into the wanted wall-clock rate. */
  private static final double PER_SIMULATED_SECOND = 10;

  @Test
  void sustainedCalls() throws Exception {
    double rate = Double.parseDouble(System.getProperty("ccsim.bench.rate", "200"));
    double seconds = Double.parseDouble(System.getProperty("ccsim.bench.seconds", "30"));
    double hold = Double.parseDouble(System.getProperty("ccsim.bench.hold", "10"));
    double warmUp = Double.parseDouble(System.getProperty("ccsim.bench.warmup", "10"));
    String external = System.getProperty("ccsim.bench.sip.target");
    String loadBefore = HttpSendBenchmark.loadAverage();
    SipTestServer server = external == null ? new SipTestServer().answerAfter(Duration.ZERO).notRecording() : null;
    try {
      String target = external != null ? external : "sip:service@127.0.0.1:" + server.udpPort();
      if (warmUp > 0) {
        run("warm-up", 2, rate, warmUp, Math.min(hold, warmUp / 4), target);
      }
      long invitesBefore = server == null ? 0 : server.invites();
      long cpuBefore = HttpSendBenchmark.processCpuNanos();
      LoadResult r = run("benchmark", 1, rate, seconds, hold, target);
      double cpu = (HttpSendBenchmark.processCpuNanos() - cpuBefore) / 1e9;
      print(r, rate, seconds, hold, warmUp, target, server == null ? "its own process" : "this JVM", cpu, loadBefore);
      if (server != null) {
        assertEquals(r.perChannel().get(0).calls().started(), server.invites() - invitesBefore,
            "every call reached the server once");
      }
    } finally {
      if (server != null) {
        server.close();
      }
    }
  }

  private static LoadResult run(String name, long seed, double rate, double seconds, double hold, String target)
      throws Exception {
    double speed = rate / PER_SIMULATED_SECOND;
    Channel phone = new Channel("phone", ServiceLevelGoal.DEFAULT, new Constant(hold * speed), null, 50);
    Scenario scenario = new Scenario(name, seed, 1, 0, seconds * speed, List.of(phone),
        List.of(new ArrivalStream("phone", PER_SIMULATED_SECOND)), List.of(new AgentGroup("team", 10,
        List.of("phone"))));
    int inFlight = (int) Math.max(10_000, rate * (hold + 5) * 2);
    LoadOptions options = new LoadOptions(speed, Duration.ofSeconds((long) seconds + 10), 10_000_000, rate * 2,
        inFlight, LoadOptions.WhenFull.DROP, Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(1),
        Duration.ofMillis(10), name.equals("warm-up") ? "w" : "b", 1);
    return LoadGeneratorTest.run(scenario, options, Map.of("phone", target), List.of());
  }

  private static void print(LoadResult r, double rate, double seconds, double hold, double warmUp, String target,
      String where, double cpuSeconds, String loadBefore) {
    Totals all = r.perChannel().get(0);
    CallTotals c = all.calls();
    Histogram lag = all.lag();
    Histogram answer = c.answer();
    System.out.printf(Locale.ROOT, "%nSIP benchmark: %d calls planned over %.1f s (%.0f/s, peak %d in one second),"
            + " each held %.1f s, after a warm-up of %.0f s, to %s (server in %s), on %d cores; load average before"
            + " %s, after %s%n", r.plan().total(), seconds, rate, r.plan().peakPerSecond(), hold, warmUp, target,
        where, Runtime.getRuntime().availableProcessors(), loadBefore, HttpSendBenchmark.loadAverage());
    System.out.printf(Locale.ROOT, "  started %d, answered %d, completed %d, errors %d %s, dropped %d, late (>10 ms)"
            + " %d, unfinished %d in %.1f s; at most %d calls at once%n", c.started(), c.answered(),
        c.count(CallEnd.COMPLETED), all.errors(), all.errorClasses(), all.dropped(), all.late(), all.unfinished(),
        r.wallSeconds(), c.concurrentMax());
    System.out.printf(Locale.ROOT, "  schedule lag ms: p50 %.3f, p90 %.3f, p99 %.3f, p99.9 %.3f, max %.3f%n",
        ms(lag, 50), ms(lag, 90), ms(lag, 99), ms(lag, 99.9), lag.getMaxValue() / 1e6);
    if (answer.getTotalCount() > 0) {
      System.out.printf(Locale.ROOT, "  answer ms (from intended start): p50 %.3f, p90 %.3f, p99 %.3f, max %.3f%n",
          ms(answer, 50), ms(answer, 90), ms(answer, 99), answer.getMaxValue() / 1e6);
    }
    System.out.printf(Locale.ROOT, "  CPU during the run: %.1f s in %.1f s (%.0f us per call)%n%n", cpuSeconds,
        r.wallSeconds(), cpuSeconds / Math.max(1, c.started()) * 1e6);
  }

  private static double ms(Histogram h, double percentile) {
    return h.getTotalCount() == 0 ? Double.NaN : h.getValueAtPercentile(percentile) / 1e6;
  }
}
