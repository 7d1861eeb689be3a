package io.ccsim.loadgen.measure;

import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * The call figures of a channel whose target places phone calls (SIP): time to ringing and to answer
 * from the intended start, how calls ended, setup failures by status class, calls in progress over time,
 * RTP packets. Recording is safe from any thread; {@link #interval} is called by one thread at a time.
 */
public final class CallMeter {
  private final LongAdder started = new LongAdder();
  private final Map<CallEnd, LongAdder> ended = new EnumMap<>(CallEnd.class);
  private final Map<String, LongAdder> rejectedByClass = new ConcurrentHashMap<>();
  private final Recorder ringing = new Recorder(Meter.SIGNIFICANT_DIGITS);
  private final Recorder answer = new Recorder(Meter.SIGNIFICANT_DIGITS);
  private final Histogram ringingTotal = new Histogram(Meter.SIGNIFICANT_DIGITS);
  private final Histogram answerTotal = new Histogram(Meter.SIGNIFICANT_DIGITS);
  private final AtomicInteger inProgress = new AtomicInteger();
  private final AtomicInteger intervalMax = new AtomicInteger();
  private final AtomicInteger runMax = new AtomicInteger();
  private final AtomicLong rtpSent = new AtomicLong();
  private final AtomicLong rtpReceived = new AtomicLong();
  private final long[] previous = new long[CallEnd.values().length];
  private long previousRtpSent;
  private long previousRtpReceived;

  public CallMeter() {
    for (CallEnd e : CallEnd.values()) {
      ended.put(e, new LongAdder());
    }
  }

  /** The call's INVITE went out: one more call in progress. */
  public void started() {
    started.increment();
    int now = inProgress.incrementAndGet();
    intervalMax.accumulateAndGet(now, Math::max);
    runMax.accumulateAndGet(now, Math::max);
  }

  /** The first 18x response came at {@code nowNanos}. */
  public void ringing(long intendedNanos, long nowNanos) {
    ringing.recordValue(Math.max(0, nowNanos - intendedNanos));
  }

  /** The 200 OK came at {@code nowNanos}. */
  public void answered(long intendedNanos, long nowNanos) {
    answer.recordValue(Math.max(0, nowNanos - intendedNanos));
  }

  /** The call ended; {@code status} is the final response's status for {@link CallEnd#REJECTED}. */
  public void ended(CallEnd end, int status) {
    ended.get(end).increment();
    if (end == CallEnd.REJECTED) {
      rejectedByClass.computeIfAbsent(statusClass(status), k -> new LongAdder()).increment();
    }
    inProgress.decrementAndGet();
  }

  /** A call's RTP stream ended having sent and received these packets. */
  public void media(long sent, long received) {
    rtpSent.addAndGet(sent);
    rtpReceived.addAndGet(received);
  }

  /** {@code 486} becomes {@code 4xx}. */
  public static String statusClass(int status) {
    return (status / 100) + "xx";
  }

  /** The figures since the last call, added to the totals. */
  public Interval interval() {
    Histogram ring = ringing.getIntervalHistogram();
    Histogram ans = answer.getIntervalHistogram();
    ringingTotal.add(ring);
    answerTotal.add(ans);
    long[] delta = new long[previous.length];
    for (CallEnd e : CallEnd.values()) {
      long now = ended.get(e).sum();
      delta[e.ordinal()] = now - previous[e.ordinal()];
      previous[e.ordinal()] = now;
    }
    int current = inProgress.get();
    int max = intervalMax.getAndSet(current);
    long sentNow = rtpSent.get();
    long receivedNow = rtpReceived.get();
    Interval iv = new Interval(delta, ring, ans, Math.max(max, current), current, sentNow - previousRtpSent,
        receivedNow - previousRtpReceived);
    previousRtpSent = sentNow;
    previousRtpReceived = receivedNow;
    return iv;
  }

  /** The totals so far. */
  public CallTotals totals() {
    Map<CallEnd, Long> byEnd = new TreeMap<>();
    ended.forEach((k, v) -> byEnd.put(k, v.sum()));
    Map<String, Long> rejected = new TreeMap<>();
    rejectedByClass.forEach((k, v) -> rejected.put(k, v.sum()));
    return new CallTotals(started.sum(), byEnd, rejected, ringingTotal.copy(), answerTotal.copy(), runMax.get(),
        rtpSent.get(), rtpReceived.get());
  }

  /**
   * One reporting interval's call figures.
   *
   * @param endedByKind calls that ended in the interval, indexed by {@link CallEnd#ordinal()}
   * @param concurrentMax the most calls in progress at once during the interval
   * @param concurrentAtEnd calls in progress when the interval closed
   * @param rtpSent RTP packets of calls whose stream ended in the interval
   * @param rtpReceived RTP packets received by those calls
   */
  public record Interval(long[] endedByKind, Histogram ringing, Histogram answer, long concurrentMax,
      long concurrentAtEnd, long rtpSent, long rtpReceived) {
    public long ended(CallEnd end) {
      return endedByKind[end.ordinal()];
    }
  }
}
