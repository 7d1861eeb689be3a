package io.ccsim.bench;

import io.ccsim.run.BenchmarkModels;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The same M/M/c as a hand-specialized loop ({@link SpecializedMmcLoop}), the upper bound: {@code plain}
 * pops and pushes (the loop the issue measured), {@code tuned} uses the same heap tricks as ccsim.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
public class SpecializedMmcBenchmark {
  @Param("1000000")
  public long contacts;

  private SpecializedMmcLoop plainLoop;
  private SpecializedMmcLoop tunedLoop;

  @Setup
  public void setUp() {
    double horizon = MmcBenchmarkSetup.horizonSeconds(contacts);
    plainLoop = loop(horizon, false);
    tunedLoop = loop(horizon, true);
  }

  private SpecializedMmcLoop loop(double horizon, boolean tuned) {
    return new SpecializedMmcLoop(MmcBenchmarkSetup.AGENTS, MmcBenchmarkSetup.arrivalRatePerSecond(),
        MmcBenchmarkSetup.MEAN_HANDLE_SECONDS, MmcBenchmarkSetup.warmupSeconds(contacts), horizon,
        BenchmarkModels.SEED, tuned);
  }

  @Benchmark
  public MmcResult plain(MmcCounters counters) {
    MmcResult result = plainLoop.run(0);
    counters.add(result);
    return result;
  }

  @Benchmark
  public MmcResult tuned(MmcCounters counters) {
    MmcResult result = tunedLoop.run(0);
    counters.add(result);
    return result;
  }
}
