package io.ccsim.loadgen;

import io.ccsim.loadgen.measure.CallEnd;
import io.ccsim.loadgen.measure.CallMeter;
import org.HdrHistogram.Histogram;

/**
 * One line of {@code intervals.csv}: a channel at its target during one reporting interval of wall time.
 * Latencies are in milliseconds, NaN when no contact reached the target in the interval; {@code calls}
 * holds the call figures of a SIP target, else null.
 */
public record IntervalRow(double startSeconds, double endSeconds, String target, String channel, long sent,
    long ok, long errors, long dropped, long late, double p50Millis, double p90Millis, double p99Millis,
    double maxMillis, double lagP99Millis, double lagMaxMillis, Calls calls) {
  public static final String CSV_HEADER = "interval_start_seconds,interval_end_seconds,target,channel,sent,ok,errors,"
      + "dropped,late,p50_ms,p90_ms,p99_ms,max_ms,lag_p99_ms,lag_max_ms";
  /** The call columns that follow {@link #CSV_HEADER}'s, empty for a target that places no calls. */
  public static final String CALLS_CSV_HEADER = "calls_concurrent_max,calls_concurrent_end,calls_answered,"
      + "calls_completed,calls_abandoned,calls_stopped,calls_rejected,calls_timeout,calls_transport,"
      + "calls_dropped_by_server,ringing_p50_ms,ringing_p99_ms,answer_p50_ms,answer_p99_ms,rtp_sent,rtp_received";

  /** A row of a target that places no calls. */
  public IntervalRow(double startSeconds, double endSeconds, String target, String channel, long sent, long ok,
      long errors, long dropped, long late, double p50Millis, double p90Millis, double p99Millis, double maxMillis,
      double lagP99Millis, double lagMaxMillis) {
    this(startSeconds, endSeconds, target, channel, sent, ok, errors, dropped, late, p50Millis, p90Millis, p99Millis,
        maxMillis, lagP99Millis, lagMaxMillis, null);
  }

  /**
   * The call figures of one interval: calls by how they ended in it, times from the intended start (ms,
   * NaN when none), calls in progress, RTP packets of the calls that ended in it.
   */
  public record Calls(long concurrentMax, long concurrentAtEnd, long answered, long completed, long abandoned,
      long stopped, long rejected, long timeouts, long transport, long droppedByServer, double ringingP50Millis,
      double ringingP99Millis, double answerP50Millis, double answerP99Millis, long rtpSent, long rtpReceived) {
    static Calls of(CallMeter.Interval iv) {
      Histogram ring = iv.ringing();
      Histogram answer = iv.answer();
      return new Calls(iv.concurrentMax(), iv.concurrentAtEnd(), answer.getTotalCount(), iv.ended(CallEnd.COMPLETED),
          iv.ended(CallEnd.ABANDONED), iv.ended(CallEnd.STOPPED), iv.ended(CallEnd.REJECTED),
          iv.ended(CallEnd.TIMEOUT), iv.ended(CallEnd.TRANSPORT), iv.ended(CallEnd.DROPPED), millis(ring, 50),
          millis(ring, 99), millis(answer, 50), millis(answer, 99), iv.rtpSent(), iv.rtpReceived());
    }

    private static double millis(Histogram h, double percentile) {
      return h.getTotalCount() == 0 ? Double.NaN : h.getValueAtPercentile(percentile) / 1e6;
    }
  }
}
