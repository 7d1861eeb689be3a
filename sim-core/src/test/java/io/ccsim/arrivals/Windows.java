package io.ccsim.arrivals;

/** Counts a process's arrivals in time windows, one row per day or replication. */
final class Windows {
  static final double HOUR = 3600;
  static final double DAY = 24 * HOUR;

  private Windows() {}

  /**
   * Runs {@code process} over [0, days × 24h) and counts, for each day d, the arrivals in
   * [d × 24h + from[w], d × 24h + to[w]) for each window w: counts[w][d].
   */
  static long[][] perDay(ArrivalProcess process, int days, double[] from, double[] to) {
    long[][] counts = new long[from.length][days];
    for (double t = process.nextArrivalSeconds(0); t < days * DAY; t = process.nextArrivalSeconds(t)) {
      int day = (int) (t / DAY);
      double tod = t - day * DAY;
      for (int w = 0; w < from.length; w++) {
        if (tod >= from[w] && tod < to[w]) {
          counts[w][day]++;
        }
      }
    }
    return counts;
  }

  /** Arrivals per day over [0, days × 24h). */
  static long[] daily(ArrivalProcess process, int days) {
    return perDay(process, days, new double[] {0}, new double[] {DAY})[0];
  }
}
