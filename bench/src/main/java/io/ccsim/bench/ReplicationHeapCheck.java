package io.ccsim.bench;

import io.ccsim.model.Scenario;
import io.ccsim.run.BenchmarkModels;
import io.ccsim.run.ReplicationRunner;
import io.ccsim.run.RunResult;
import io.ccsim.stats.Estimate;
import java.util.Locale;

/**
 * Checks that memory stays bounded as replications grow: runs many replications of a short M/M/c (5
 * agents at utilization 0.8, handle times of mean 180 s, about 200 contacts each) through
 * {@link ReplicationRunner}, as {@code ccsim run} does, and prints the peak heap.
 *
 * <p>Run each count in its own JVM with the same fixed heap, for example
 * {@code java -Xmx256m -cp bench/target/benchmarks.jar io.ccsim.bench.ReplicationHeapCheck 100000}, then
 * with 1000 and 10000 (a second argument sets the threads; default all cores). The figures are those of
 * {@link HeapCheck}; the service level printed with its 95% interval shows the run did its work.
 */
public final class ReplicationHeapCheck {
  static final int AGENTS = 5;
  static final double UTILIZATION = 0.8;
  static final double MEAN_HANDLE_SECONDS = 180;
  static final long CONTACTS_PER_REPLICATION = 200;

  private ReplicationHeapCheck() {}

  /** The short M/M/c with {@code replications} replications. */
  static Scenario scenario(int replications) {
    Scenario one = BenchmarkModels.mmc(AGENTS, UTILIZATION, MEAN_HANDLE_SECONDS, BenchmarkModels.horizonForContacts(
        CONTACTS_PER_REPLICATION, AGENTS, UTILIZATION, MEAN_HANDLE_SECONDS));
    return one.withRun(one.seed(), replications);
  }

  public static void main(String[] args) {
    if (args.length < 1 || args.length > 2) {
      System.err.println("usage: ReplicationHeapCheck REPLICATIONS [THREADS]   (for example 100000)");
      System.exit(2);
    }
    int replications = Integer.parseInt(args[0].replace("_", ""));
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : ReplicationRunner.defaultThreads();
    Scenario scenario = scenario(replications);

    HeapWatch watch = new HeapWatch();
    long start = System.nanoTime();
    RunResult result = ReplicationRunner.run(scenario, threads, null);
    double seconds = (System.nanoTime() - start) / 1e9;
    HeapWatch.Figures heap = watch.stop();
    Estimate sl = result.summary().channels().get("phone").kpis().values().entrySet().stream()
        .filter(e -> e.getKey().key().equals("serviceLevel")).findFirst().orElseThrow().getValue();
    System.out.printf(Locale.ROOT,
        "replications %,d  threads %d  contacts %,d  seconds %.1f  collections %d  max heap after GC %.1f MiB  "
            + "peak of heap pools %.1f MiB  heap after full GC with result held %.1f MiB  (max heap %.0f MiB)  "
            + "service level %.4f ± %.4f%n",
        result.summary().replications(), threads, result.simulatedContacts(), seconds, heap.collections(),
        HeapWatch.mib(heap.maxAfterGcBytes()), HeapWatch.mib(heap.peakPoolsBytes()),
        HeapWatch.mib(heap.afterFullGcBytes()), HeapWatch.mib(heap.maxHeapBytes()), sl.mean(), sl.ci95());
  }
}
