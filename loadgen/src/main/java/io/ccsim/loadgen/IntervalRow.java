package io.ccsim.loadgen;

/**
 * One line of {@code intervals.csv}: a channel at its target during one reporting interval of wall time.
 * Latencies are in milliseconds, NaN when no contact reached the target in the interval.
 */
public record IntervalRow(double startSeconds, double endSeconds, String target, String channel, long sent,
    long ok, long errors, long dropped, long late, double p50Millis, double p90Millis, double p99Millis,
    double maxMillis, double lagP99Millis, double lagMaxMillis) {
  public static final String CSV_HEADER = "interval_start_seconds,interval_end_seconds,target,channel,sent,ok,errors,"
      + "dropped,late,p50_ms,p90_ms,p99_ms,max_ms,lag_p99_ms,lag_max_ms";
}
