package io.ccsim.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Watches the heap while a benchmark runs: the largest heap in use right after any collection (from the
 * collector's notifications: the live set plus what the collector had not yet reclaimed, which grows if
 * something is kept per contact or per replication), the peak of the heap pools added up, and the heap
 * after a full collection at the end.
 */
final class HeapWatch {
  private final Set<String> heapPools = new HashSet<>();
  private final AtomicLong maxAfterGc = new AtomicLong();
  private final AtomicLong collections = new AtomicLong();

  /** Starts watching after a full collection, with the peaks reset. */
  HeapWatch() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        heapPools.add(pool.getName());
      }
    }
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
  }

  /** The figures so far; then a full collection for {@link Figures#afterFullGcBytes} (hold the result meanwhile). */
  Figures stop() {
    pause(); // GC notifications arrive on another thread.
    long peakPools = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peakPools += pool.getPeakUsage().getUsed();
      }
    }
    long gcs = collections.get();
    long max = maxAfterGc.get();
    System.gc();
    long retained = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    return new Figures(gcs, max, peakPools, retained, Runtime.getRuntime().maxMemory());
  }

  /** What {@link #stop} read, in bytes. */
  record Figures(long collections, long maxAfterGcBytes, long peakPoolsBytes, long afterFullGcBytes, long maxHeapBytes) {}

  static double mib(long bytes) {
    return bytes / (1024.0 * 1024.0);
  }

  private static void pause() {
    try {
      Thread.sleep(200);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
