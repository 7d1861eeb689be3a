package io.ccsim.loadgen.measure;

import java.util.Map;
import java.util.TreeMap;
import org.HdrHistogram.Histogram;

/**
 * The call figures of a SIP target's channel over the run (or so far). Times run from each call's intended
 * start (its place in the schedule), in nanoseconds.
 *
 * @param started calls whose INVITE went out
 * @param ended calls by how they ended
 * @param rejectedByClass final INVITE failures by status class: {@code 3xx}, {@code 4xx}, {@code 5xx}, {@code 6xx}
 * @param ringing from the intended start to the first 18x response
 * @param answer from the intended start to the 200 OK
 * @param concurrentMax the most calls in progress at once (INVITE sent, not yet ended)
 * @param rtpSent RTP packets sent
 * @param rtpReceived RTP packets received
 */
public record CallTotals(long started, Map<CallEnd, Long> ended, Map<String, Long> rejectedByClass, Histogram ringing,
    Histogram answer, long concurrentMax, long rtpSent, long rtpReceived) {
  public CallTotals {
    ended = Map.copyOf(ended);
    rejectedByClass = Map.copyOf(rejectedByClass);
  }

  public long count(CallEnd end) {
    return ended.getOrDefault(end, 0L);
  }

  /** Calls answered with a 200 OK (however they ended later). */
  public long answered() {
    return answer.getTotalCount();
  }

  /**
   * Setup failures by class: the status classes of rejections, and {@code timeout} and {@code transport},
   * in that order; classes without a failure are left out.
   */
  public Map<String, Long> setupFailures() {
    Map<String, Long> out = new TreeMap<>(rejectedByClass);
    if (count(CallEnd.TIMEOUT) > 0) {
      out.put("timeout", count(CallEnd.TIMEOUT));
    }
    if (count(CallEnd.TRANSPORT) > 0) {
      out.put("transport", count(CallEnd.TRANSPORT));
    }
    return out;
  }

  /** The sum of several channels' call figures; null when none has any. */
  public static CallTotals sum(Iterable<CallTotals> parts) {
    long started = 0;
    Map<CallEnd, Long> ended = new TreeMap<>();
    Map<String, Long> rejected = new TreeMap<>();
    Histogram ringing = new Histogram(Meter.SIGNIFICANT_DIGITS);
    Histogram answer = new Histogram(Meter.SIGNIFICANT_DIGITS);
    long concurrent = 0;
    long rtpSent = 0;
    long rtpReceived = 0;
    boolean any = false;
    for (CallTotals c : parts) {
      if (c == null) {
        continue;
      }
      any = true;
      started += c.started;
      c.ended.forEach((k, v) -> ended.merge(k, v, Long::sum));
      c.rejectedByClass.forEach((k, v) -> rejected.merge(k, v, Long::sum));
      ringing.add(c.ringing);
      answer.add(c.answer);
      // Channels' peaks need not coincide: their sum bounds the peak of all calls from above.
      concurrent += c.concurrentMax;
      rtpSent += c.rtpSent;
      rtpReceived += c.rtpReceived;
    }
    return any ? new CallTotals(started, ended, rejected, ringing, answer, concurrent, rtpSent, rtpReceived) : null;
  }
}
