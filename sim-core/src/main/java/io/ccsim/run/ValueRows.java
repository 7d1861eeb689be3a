package io.ccsim.run;

import java.util.Arrays;

/**
 * Rows of doubles of one width, one row per replication, in one growing primitive array: 8 bytes per
 * value and no object per replication. A column (one KPI over the replications) is read out in order.
 */
final class ValueRows {
  private final int width;
  private double[] data;
  private int rows;

  ValueRows(int width) {
    this.width = width;
    this.data = new double[Math.max(width, 1) * 16];
  }

  void add(double[] row) {
    if (row.length != width) {
      throw new IllegalArgumentException("a row of " + row.length + " values where " + width + " are expected");
    }
    long needed = (long) (rows + 1) * width;
    if (needed > data.length) {
      long grown = Math.max(needed, (long) data.length * 3 / 2);
      if (grown > Integer.MAX_VALUE - 8) {
        throw new IllegalStateException("too many values per replication to keep: " + needed);
      }
      data = Arrays.copyOf(data, (int) grown);
    }
    System.arraycopy(row, 0, data, rows * width, width);
    rows++;
  }

  /** Appends one value to a table of width 1. */
  void add(double value) {
    add(new double[] {value});
  }

  int rows() {
    return rows;
  }

  /** Column {@code index}, one value per row in row order. */
  double[] column(int index) {
    if (index < 0 || index >= width) {
      throw new IndexOutOfBoundsException("column " + index + " of " + width);
    }
    double[] values = new double[rows];
    for (int r = 0; r < rows; r++) {
      values[r] = data[r * width + index];
    }
    return values;
  }
}
