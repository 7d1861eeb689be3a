package io.ccsim.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import io.ccsim.center.ReplicationResult;
import io.ccsim.model.Scenario;
import io.ccsim.run.Engine;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

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

    Set<String> heapPools = new HashSet<>();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        heapPools.add(pool.getName());
      }
    }
    AtomicLong maxAfterGc = new AtomicLong();
    AtomicLong collections = new AtomicLong();
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      ((NotificationEmitter) gc).addNotificationListener((notification, handback) -> {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
          return;
        }
        GarbageCollectionNotificationInfo info =
            GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
        long used = 0;
        for (Map.Entry<String, MemoryUsage> pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
          if (heapPools.contains(pool.getKey())) {
            used += pool.getValue().getUsed();
          }
        }
        maxAfterGc.accumulateAndGet(used, Math::max);
        collections.incrementAndGet();
      }, null, null);
    }
    System.gc();
    maxAfterGc.set(0);
    collections.set(0);
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }

    long start = System.nanoTime();
    ReplicationResult result = engine.simulate(scenario, 0, null);
    double seconds = (System.nanoTime() - start) / 1e9;

    pause(); // GC notifications arrive on another thread.
    long peakPools = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peakPools += pool.getPeakUsage().getUsed();
      }
    }
    long gcsDuringRun = collections.get();
    long maxAfterGcDuringRun = maxAfterGc.get();
    System.gc();
    long retained = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    System.out.printf(Locale.ROOT,
        "contacts %,d  events %,d  seconds %.1f  collections %d  max heap after GC %.1f MiB  "
            + "peak of heap pools %.1f MiB  heap after full GC with result held %.1f MiB  (max heap %.0f MiB)%n",
        result.simulatedContacts(), result.firedEvents(), seconds, gcsDuringRun, mib(maxAfterGcDuringRun),
        mib(peakPools), mib(retained), mib(Runtime.getRuntime().maxMemory()));
  }

  private static void pause() {
    try {
      Thread.sleep(200);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static double mib(long bytes) {
    return bytes / (1024.0 * 1024.0);
  }
}
