package io.ccsim.singleskill;

import java.util.Arrays;

/**
 * The contacts in the system, as rows of primitive arrays rather than objects: what the kernel needs of
 * each from arrival to the end of its wrap-up. Rows are recycled through a free list, so memory follows
 * the contacts present at once, never the contacts simulated.
 *
 * <p>A row is pinned by each thing that refers to it: a place in a queue, a pending event. It is freed
 * when the last pin goes, so an event that was cancelled (an abandonment after the contact was served)
 * can still be recognised as dead when it reaches the top: its row cannot have been given to another
 * contact meanwhile.
 */
final class ContactRecords {
  double[] arrivalSeconds = new double[64];
  /** Work in seconds at the serving group's proficiency. */
  double[] workSeconds = new double[64];
  double[] wrapUpSeconds = new double[64];
  double[] serviceStartSeconds = new double[64];
  int[] channel = new int[64];
  boolean[] counted = new boolean[64];
  /**
   * Whether the contact waits in its queue. The one state the kernel asks about: a row in a queue that no
   * longer waits is a tombstone, and an abandonment event for it is a cancelled one.
   */
  boolean[] waiting = new boolean[64];
  private byte[] pins = new byte[64];
  private int[] free = new int[64];
  private int freeCount;
  private int rows;

  /** A row for a new contact, with no pins yet. */
  int allocate(int channelIndex, double arrival, double work, double wrapUp, boolean isCounted) {
    int row;
    if (freeCount > 0) {
      row = free[--freeCount];
    } else {
      if (rows == waiting.length) {
        grow();
      }
      row = rows++;
    }
    channel[row] = channelIndex;
    arrivalSeconds[row] = arrival;
    workSeconds[row] = work;
    wrapUpSeconds[row] = wrapUp;
    counted[row] = isCounted;
    waiting[row] = false;
    return row;
  }

  void pin(int row) {
    pins[row]++;
  }

  /** Drops one pin; the row is free for reuse when none is left. */
  void unpin(int row) {
    if (--pins[row] == 0) {
      if (freeCount == free.length) {
        free = Arrays.copyOf(free, freeCount * 2);
      }
      free[freeCount++] = row;
    }
  }

  private void grow() {
    int capacity = waiting.length * 2;
    if (capacity > (1 << (EventHeap.REF_BITS - SingleSkillKernel.KIND_BITS))) {
      throw new IllegalStateException("more than " + waiting.length
          + " contacts present at once: too many for the single-skill kernel's event references");
    }
    arrivalSeconds = Arrays.copyOf(arrivalSeconds, capacity);
    workSeconds = Arrays.copyOf(workSeconds, capacity);
    wrapUpSeconds = Arrays.copyOf(wrapUpSeconds, capacity);
    serviceStartSeconds = Arrays.copyOf(serviceStartSeconds, capacity);
    channel = Arrays.copyOf(channel, capacity);
    counted = Arrays.copyOf(counted, capacity);
    waiting = Arrays.copyOf(waiting, capacity);
    pins = Arrays.copyOf(pins, capacity);
  }
}
