package io.ccsim.run;

import java.util.ArrayList;
import java.util.List;

/**
 * One group's share of busy time at each concurrency level, per replication. The run reports levels up
 * to the highest any replication reached, and a replication that stayed below a level has the same
 * share (its tail: 0, or NaN when never busy) at every level above its own, so a level first reached
 * late is filled in for the earlier replications from their tails.
 */
final class ConcurrencyShares {
  private final List<ValueRows> levels = new ArrayList<>();
  private final ValueRows tails = new ValueRows(1);
  private int maxLevel;

  /** One replication's shares at levels 1, 2, ..., its share above them and its highest level. */
  void add(double[] shares, double tail, int replicationMaxLevel) {
    for (int level = levels.size() + 1; level <= shares.length; level++) {
      ValueRows column = new ValueRows(1);
      for (double earlier : tails.column(0)) {
        column.add(earlier);
      }
      levels.add(column);
    }
    for (int level = 1; level <= levels.size(); level++) {
      levels.get(level - 1).add(level <= shares.length ? shares[level - 1] : tail);
    }
    tails.add(tail);
    maxLevel = Math.max(maxLevel, replicationMaxLevel);
  }

  /** The highest level with time spent at it in any replication (0 if never busy). */
  int maxLevel() {
    return maxLevel;
  }

  /** The share at {@code level} (1 .. {@link #maxLevel}), per replication in order. */
  double[] at(int level) {
    return levels.get(level - 1).column(0);
  }
}
