package io.ccsim.bench;

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

/** The same M/M/c in SSJ 3.3.2 ({@link SsjMmcModel}); the {@code :events} row is events/s. */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
public class SsjBenchmark {
  @Param("1000000")
  public long contacts;

  private SsjMmcModel model;

  @Setup
  public void setUp() {
    double horizon = MmcBenchmarkSetup.horizonSeconds(contacts);
    model = new SsjMmcModel(MmcBenchmarkSetup.AGENTS, MmcBenchmarkSetup.arrivalRatePerSecond(),
        MmcBenchmarkSetup.MEAN_HANDLE_SECONDS, MmcBenchmarkSetup.warmupSeconds(contacts), horizon);
  }

  @Benchmark
  public MmcResult ssj(MmcCounters counters) {
    MmcResult result = model.run();
    counters.add(result);
    return result;
  }
}
