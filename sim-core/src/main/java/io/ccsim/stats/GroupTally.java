package io.ccsim.stats;

/**
 * One replication's time-weighted figures for one agent group over the measurement window: capacity in
 * use (slot occupancy), agents holding at least one item (busy share), items held (observed
 * concurrency), the time agents spent at each concurrency level, and interruptions.
 */
public final class GroupTally {
  private final int agents;
  /**
   * Whether an agent may hold several items; if not, items held and the time per level need no tally
   * (observed concurrency is 1), though an agent may still hold a paused item besides the one it serves.
   */
  private final boolean holdsSeveral;
  private final double windowStartSeconds;
  private final double windowEndSeconds;
  private final TimeIntegral slotsInUse;
  private final TimeIntegral busyAgents;
  private final TimeIntegral itemsHeld;
  /** Agent-seconds spent holding exactly n items, n >= 1 (index n). */
  private double[] agentSecondsAtLevel = new double[4];
  private long interruptions;
  /** Agents logged in and not on a break: the denominator of occupancy. */
  private final TimeIntegral availableAgents;
  private double overtimeSeconds;
  /** Per reporting interval, when interval reports are on (else null). */
  private IntervalIntegral intervalAvailable;
  private IntervalIntegral intervalSlots;

  public GroupTally(int agents, boolean holdsSeveral, double windowStartSeconds, double windowEndSeconds) {
    this(agents, holdsSeveral, false, windowStartSeconds, windowEndSeconds);
  }

  private GroupTally(int agents, boolean holdsSeveral, boolean busyIsSlotsInUse, double windowStartSeconds,
      double windowEndSeconds) {
    this.agents = agents;
    this.holdsSeveral = holdsSeveral;
    this.windowStartSeconds = windowStartSeconds;
    this.windowEndSeconds = windowEndSeconds;
    this.slotsInUse = new TimeIntegral(windowStartSeconds, windowEndSeconds);
    this.busyAgents = busyIsSlotsInUse ? slotsInUse : new TimeIntegral(windowStartSeconds, windowEndSeconds);
    this.itemsHeld = new TimeIntegral(windowStartSeconds, windowEndSeconds);
    this.availableAgents = new TimeIntegral(windowStartSeconds, windowEndSeconds);
  }

  /**
   * A tally for agents who take one item at a time, each using a whole agent's capacity: callers record
   * only {@link #slots} (+1 when an agent starts an item, -1 when it ends), and busy agents are the
   * same integral.
   */
  public static GroupTally oneItemAtATime(int agents, double windowStartSeconds, double windowEndSeconds) {
    return new GroupTally(agents, false, true, windowStartSeconds, windowEndSeconds);
  }

  /** Turns on per-interval figures (available agents and capacity in use). */
  public void reportIntervals(double intervalSeconds, int intervals) {
    intervalAvailable = new IntervalIntegral(intervalSeconds, intervals);
    intervalSlots = new IntervalIntegral(intervalSeconds, intervals);
  }

  /** Agents available for work (logged in, not on a break) changed by {@code delta}. */
  public void available(double nowSeconds, int delta) {
    availableAgents.add(nowSeconds, delta);
    if (intervalAvailable != null) {
      intervalAvailable.add(nowSeconds, delta);
    }
  }

  /** An agent stayed {@code seconds} past the end of its shift to finish the items in hand. */
  public void overtime(double seconds) {
    overtimeSeconds += seconds;
  }

  public double overtimeSeconds() {
    return overtimeSeconds;
  }

  /** Time-average agents available over the window. */
  public double availableAgents(double endSeconds) {
    return availableAgents.windowAverage(endSeconds);
  }

  /** Per interval, the time-average agents available; null when interval reports are off. */
  public double[] intervalAvailableAgents(double endSeconds) {
    return intervalAvailable == null ? null : intervalAvailable.averages(endSeconds);
  }

  /** Per interval, capacity in use / agents available (NaN where none was available). */
  public double[] intervalOccupancy(double endSeconds) {
    if (intervalSlots == null) {
      return null;
    }
    double[] slots = intervalSlots.averages(endSeconds);
    double[] available = intervalAvailable.averages(endSeconds);
    double[] occupancy = new double[slots.length];
    for (int i = 0; i < slots.length; i++) {
      occupancy[i] = available[i] > 0 ? slots[i] / available[i] : Double.NaN;
    }
    return occupancy;
  }

  /** The share of one agent's capacity in use changed by {@code deltaSlots} (1 = a whole agent). */
  public void slots(double nowSeconds, double deltaSlots) {
    slotsInUse.add(nowSeconds, deltaSlots);
    if (intervalSlots != null) {
      intervalSlots.add(nowSeconds, deltaSlots);
    }
  }

  /**
   * An agent went from {@code fromItems} to {@code toItems} held at {@code nowSeconds}, having held
   * {@code fromItems} since {@code sinceSeconds}.
   */
  public void level(double sinceSeconds, double nowSeconds, int fromItems, int toItems) {
    if (busyIsSlotsInUse()) {
      return;
    }
    if (holdsSeveral) {
      severalLevel(sinceSeconds, nowSeconds, fromItems, toItems);
    }
    // Busy means at least one item, so only 0 <-> n changes it. This holds for one-at-a-time groups too:
    // a call that interrupts an email leaves the paused email in hand, 2 items, and still one busy agent.
    if (fromItems == 0 && toItems > 0) {
      busyAgents.add(nowSeconds, 1);
    } else if (fromItems > 0 && toItems == 0) {
      busyAgents.add(nowSeconds, -1);
    }
  }

  /** The time at each concurrency level and the items held, kept only for agents that hold several. */
  private void severalLevel(double sinceSeconds, double nowSeconds, int fromItems, int toItems) {
    if (fromItems > 0) {
      double from = Math.max(sinceSeconds, windowStartSeconds);
      double to = Math.min(nowSeconds, windowEndSeconds);
      if (to > from) {
        if (fromItems >= agentSecondsAtLevel.length) {
          agentSecondsAtLevel = java.util.Arrays.copyOf(agentSecondsAtLevel, fromItems * 2);
        }
        agentSecondsAtLevel[fromItems] += to - from;
      }
    }
    if (fromItems != toItems) {
      itemsHeld.add(nowSeconds, toItems - fromItems);
    }
  }

  /**
   * Whether busy agents are read from {@link #slotsInUse}: agents that take one item at a time, each a
   * whole agent's capacity, are busy exactly when a slot is in use, so one integral serves both and
   * {@link #level} records nothing. The single-skill kernel uses this; the figures are the same. Read
   * from the sharing itself rather than kept in a flag, so that such a tally holds the same fields as
   * the general engine's and tests can compare the two field by field.
   */
  private boolean busyIsSlotsInUse() {
    return busyAgents == slotsInUse;
  }

  public void interrupted(double nowSeconds) {
    if (nowSeconds >= windowStartSeconds && nowSeconds < windowEndSeconds) {
      interruptions++;
    }
  }

  /** Capacity in use / capacity of the agents available, over the window; NaN if nobody was available. */
  public double slotOccupancy(double endSeconds) {
    double available = availableAgents.areaUntil(endSeconds);
    return available == 0 ? Double.NaN : slotsInUse.areaUntil(endSeconds) / available;
  }

  /** Time-average capacity in use, in whole agents (for occupancy = this / agents). */
  public double busySlots(double endSeconds) {
    return slotsInUse.windowAverage(endSeconds);
  }

  /** Share of available time with at least one item. */
  public double busyShare(double endSeconds) {
    double available = availableAgents.areaUntil(endSeconds);
    return available == 0 ? Double.NaN : busyAgents.areaUntil(endSeconds) / available;
  }

  /** Mean items held while busy; NaN if never busy. */
  public double meanConcurrency(double endSeconds) {
    double busy = busyAgents.areaUntil(endSeconds);
    if (!holdsSeveral) {
      return busy == 0 ? Double.NaN : 1;
    }
    return busy == 0 ? Double.NaN : itemsHeld.areaUntil(endSeconds) / busy;
  }

  /** Share of busy time spent holding exactly {@code items} items (1, 2, ...). */
  public double concurrencyShare(int items, double endSeconds) {
    double busy = busyAgents.areaUntil(endSeconds);
    if (!holdsSeveral) {
      return busy == 0 ? Double.NaN : (items == 1 ? 1 : 0);
    }
    if (busy == 0 || items >= agentSecondsAtLevel.length) {
      return busy == 0 ? Double.NaN : 0;
    }
    return agentSecondsAtLevel[items] / busy;
  }

  /** The highest level with any time spent at it. */
  public int maxLevel() {
    if (!holdsSeveral) {
      return busyAgents.areaUntil(windowEndSeconds) > 0 ? 1 : 0;
    }
    for (int n = agentSecondsAtLevel.length - 1; n > 0; n--) {
      if (agentSecondsAtLevel[n] > 0) {
        return n;
      }
    }
    return 0;
  }

  public long interruptions() {
    return interruptions;
  }

  public int agents() {
    return agents;
  }
}
