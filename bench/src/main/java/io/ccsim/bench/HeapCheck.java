package io.ccsim.bench;

import io.ccsim.center.ReplicationResult;
import io.ccsim.model.Scenario;
import io.ccsim.run.Engine;
import java.util.Locale;

/**
 * Checks that memory stays flat as contacts grow: runs one replication of the benchmark M/M/c model
 * (c = 100, utilization 0.9) with the given number of contacts and prints the peak heap.
 *
 * <p>Run each size in its own JVM with the same fixed heap, for example
 * {@code java -Xmx256m -cp bench/target/benchmarks.jar io.ccsim.bench.HeapCheck 1000000}, then again with
 * 10000000 (a second argument picks the engine: auto, the default, general or single-skill). It prints three figures: the largest heap in use right after any collection during the run
 * (the live set plus what the collector had not yet reclaimed: this grows if the model keeps per-contact
 * state), the peak of each heap pool added up (bounded by the heap size the collector chose, so
 * mostly young-generation churn), and the heap in use after a full collection at the end with the
 * result still held (what a replication's result keeps).
 */
public final class HeapCheck {
  private HeapCheck() {}

  public static void main(String[] args) {
    if (args.length < 1 || args.length > 2) {
      System.err.println("usage: HeapCheck CONTACTS [auto|general|single-skill]   (for example 1000000)");
      System.exit(2);
    }
    long contacts = Long.parseLong(args[0].replace("_", ""));
    Engine engine = args.length > 1 ? Engine.parse(args[1]) : Engine.AUTO;
    Scenario scenario = MmcBenchmarkSetup.scenario(contacts);

    HeapWatch watch = new HeapWatch();
    long start = System.nanoTime();
    ReplicationResult result = engine.simulate(scenario, 0, null);
    double seconds = (System.nanoTime() - start) / 1e9;

    HeapWatch.Figures heap = watch.stop();
    System.out.printf(Locale.ROOT,
        "contacts %,d  events %,d  seconds %.1f  collections %d  max heap after GC %.1f MiB  "
            + "peak of heap pools %.1f MiB  heap after full GC with result held %.1f MiB  (max heap %.0f MiB)%n",
        result.simulatedContacts(), result.firedEvents(), seconds, heap.collections(),
        HeapWatch.mib(heap.maxAfterGcBytes()), HeapWatch.mib(heap.peakPoolsBytes()),
        HeapWatch.mib(heap.afterFullGcBytes()), HeapWatch.mib(heap.maxHeapBytes()));
  }
}
