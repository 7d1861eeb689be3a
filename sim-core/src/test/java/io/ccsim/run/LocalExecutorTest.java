package io.ccsim.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LocalExecutorTest {
  private static ReplicationOutcome outcome(int replication) {
    return new ReplicationOutcome(replication, new double[0], 0, new double[0], new double[0][], new double[0],
        new int[0], new org.HdrHistogram.Histogram[0], replication, 0);
  }

  @Test
  void manyReplications_arriveInIndexOrder_withFewComputedAheadOfTheMerge() {
    int threads = 3;
    AtomicInteger started = new AtomicInteger();
    List<Integer> merged = new ArrayList<>();
    int[] mostAhead = {0};
    new LocalExecutor(threads).run(r -> {
      started.incrementAndGet();
      return outcome(r);
    }, 5_000, ProgressListener.NONE, o -> {
      mostAhead[0] = Math.max(mostAhead[0], started.get() - merged.size());
      merged.add(o.replication());
    });
    for (int r = 0; r < merged.size(); r++) {
      assertEquals(r, merged.get(r));
    }
    assertEquals(5_000, merged.size());
    // Outcomes not yet merged are what a run holds: a few per thread, whatever the replication count.
    assertTrue(mostAhead[0] <= threads * LocalExecutor.WINDOW_PER_THREAD, "ahead of the merge: " + mostAhead[0]);
  }

  @Test
  void failingReplications_failTheRunWithTheLowestIndexFailure() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new LocalExecutor(2).run(r -> {
      if (r == 7 || r == 9) {
        throw new IllegalArgumentException("bad replication " + r);
      }
      return outcome(r);
    }, 40, ProgressListener.NONE, o -> {}));
    assertEquals("bad replication 7", e.getMessage());
  }

  @Test
  void severalRuns_eachGetsItsOwnReplicationsInOrder() {
    List<Integer> first = new ArrayList<>();
    List<Integer> second = new ArrayList<>();
    AtomicInteger reported = new AtomicInteger();
    new LocalExecutor(3).run(List.of(
        new ReplicationExecutor.RunJob(LocalExecutorTest::outcome, 7, o -> first.add(o.replication())),
        new ReplicationExecutor.RunJob(r -> outcome(r), 0, o -> { throw new AssertionError("no replications"); }),
        new ReplicationExecutor.RunJob(LocalExecutorTest::outcome, 30, o -> second.add(o.replication()))),
        (done, total) -> {
          assertEquals(37, total);
          reported.incrementAndGet();
        });
    assertEquals(List.of(0, 1, 2, 3, 4, 5, 6), first);
    assertEquals(java.util.stream.IntStream.range(0, 30).boxed().toList(), second);
    assertEquals(37, reported.get());
  }
}
