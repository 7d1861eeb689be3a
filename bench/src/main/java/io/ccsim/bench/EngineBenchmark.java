package io.ccsim.bench;

import io.ccsim.center.ReplicationResult;
import io.ccsim.model.Scenario;
import io.ccsim.run.Engine;
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
 * ccsim on M/M/c, c = 100, utilization 0.9, exponential service: as {@code ccsim run} runs it (the
 * single-skill kernel, which {@link Engine#AUTO} picks for this model) and on the general engine.
 * One operation is one replication of about {@code contacts} contacts; the {@code :events} row is events/s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
public class EngineBenchmark {
  @Param("1000000")
  public long contacts;

  private Scenario scenario;

  @Setup
  public void setUp() {
    scenario = MmcBenchmarkSetup.scenario(contacts);
  }

  /** What {@code ccsim run} does: the engine {@link Engine#AUTO} picks, here the single-skill kernel. */
  @Benchmark
  public ReplicationResult ccsim(MmcCounters counters) {
    return counted(Engine.AUTO.simulate(scenario, 0, null), counters);
  }

  /** The general engine on the same model ({@code --engine general}): same results, more machinery. */
  @Benchmark
  public ReplicationResult ccsimGeneral(MmcCounters counters) {
    return counted(Engine.GENERAL.simulate(scenario, 0, null), counters);
  }

  private static ReplicationResult counted(ReplicationResult result, MmcCounters counters) {
    counters.events += result.firedEvents();
    counters.contacts += result.simulatedContacts();
    return result;
  }
}
