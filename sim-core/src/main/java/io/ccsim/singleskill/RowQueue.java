package io.ccsim.singleskill;

import java.util.Arrays;

/**
 * One channel's waiting contacts, first in first out: a ring of contact rows. An abandoning contact is
 * not taken out of the middle; its row stays as a tombstone (no longer {@link ContactRecords#waiting})
 * and is skipped when it reaches the head, so every operation is O(1) amortised.
 */
final class RowQueue {
  private int[] ring = new int[16];
  private int head;
  /** Rows in the ring, tombstones included. */
  private int count;

  void add(int row) {
    if (count == ring.length) {
      int[] bigger = new int[ring.length * 2];
      for (int i = 0; i < count; i++) {
        bigger[i] = ring[(head + i) & (ring.length - 1)];
      }
      ring = bigger;
      head = 0;
    }
    ring[(head + count) & (ring.length - 1)] = row;
    count++;
  }

  /**
   * Takes the first waiting contact's row, dropping the tombstones before it (their pins go), or -1
   * when none waits.
   */
  int pollWaiting(ContactRecords records) {
    while (count > 0) {
      int row = ring[head];
      head = (head + 1) & (ring.length - 1);
      count--;
      if (records.waiting[row]) {
        return row;
      }
      records.unpin(row);
    }
    return -1;
  }

  /** The rows still waiting, oldest first (for the end-of-run count of unfinished contacts). */
  int[] waitingRows(ContactRecords records) {
    int[] rows = new int[count];
    int n = 0;
    for (int i = 0; i < count; i++) {
      int row = ring[(head + i) & (ring.length - 1)];
      if (records.waiting[row]) {
        rows[n++] = row;
      }
    }
    return Arrays.copyOf(rows, n);
  }
}
