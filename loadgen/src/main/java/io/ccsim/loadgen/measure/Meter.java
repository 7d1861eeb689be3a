package io.ccsim.loadgen.measure;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;
import org.HdrHistogram.SingleWriterRecorder;

/**
 * What happened to the contacts of one channel at its target: counters, and latency, service time and
 * schedule lag as HdrHistograms of nanoseconds (3 significant digits). Recording is safe from any thread;
 * {@link #interval} is called by one thread at a time (the run's ticker).
 *
 * <p>Latency runs from the contact's intended send time (its place in the schedule), so a stall of the
 * sender or of the system shows in full instead of being hidden by a late start (coordinated omission);
 * service time runs from the actual send.
 */
public final class Meter {
  static final int SIGNIFICANT_DIGITS = 3;

  private final String channel;
  private final String target;
  private final AtomicLong sent = new AtomicLong();
  private final LongAdder ok = new LongAdder();
  private final LongAdder errors = new LongAdder();
  private final AtomicLong dropped = new AtomicLong();
  private final AtomicLong late = new AtomicLong();
  private final Map<String, LongAdder> errorClasses = new ConcurrentHashMap<>();
  private final Recorder latency = new Recorder(SIGNIFICANT_DIGITS);
  private final Recorder service = new Recorder(SIGNIFICANT_DIGITS);
  private final SingleWriterRecorder lag = new SingleWriterRecorder(SIGNIFICANT_DIGITS);
  private final Histogram latencyTotal = new Histogram(SIGNIFICANT_DIGITS);
  private final Histogram serviceTotal = new Histogram(SIGNIFICANT_DIGITS);
  private final Histogram lagTotal = new Histogram(SIGNIFICANT_DIGITS);
  private final long[] previous = new long[5];
  private final CallMeter calls;

  public Meter(String channel, String target) {
    this(channel, target, false);
  }

  /** With {@code calls}, the channel's contacts are phone calls and also get call figures ({@link CallMeter}). */
  public Meter(String channel, String target, boolean calls) {
    this.channel = channel;
    this.target = target;
    this.calls = calls ? new CallMeter() : null;
  }

  /** The call figures, or null when the target does not place calls. */
  public CallMeter calls() {
    return calls;
  }

  public String channel() {
    return channel;
  }

  public String target() {
    return target;
  }

  /** The sender started a contact {@code lagNanos} after its intended time (called by the sender only). */
  public void sent(long lagNanos, boolean isLate) {
    sent.incrementAndGet();
    lag.recordValue(Math.max(0, lagNanos));
    if (isLate) {
      late.incrementAndGet();
    }
  }

  /** The in-flight cap was reached when the contact was due: not sent, counted (sender only). */
  public void dropped(long lagNanos) {
    dropped.incrementAndGet();
    lag.recordValue(Math.max(0, lagNanos));
  }

  /** A delivery reached the system (or failed) at {@code nowNanos}. */
  public void reached(long intendedNanos, long sentNanos, long nowNanos) {
    latency.recordValue(Math.max(0, nowNanos - intendedNanos));
    service.recordValue(Math.max(0, nowNanos - sentNanos));
  }

  /** A delivery finished: {@code errorClass} null for success. */
  public void finished(String errorClass) {
    if (errorClass == null) {
      ok.increment();
    } else {
      errors.increment();
      errorClasses.computeIfAbsent(errorClass, k -> new LongAdder()).increment();
    }
  }

  /** The figures since the last call, added to the totals. */
  public Interval interval() {
    Histogram lat = latency.getIntervalHistogram();
    Histogram svc = service.getIntervalHistogram();
    Histogram lg = lag.getIntervalHistogram();
    latencyTotal.add(lat);
    serviceTotal.add(svc);
    lagTotal.add(lg);
    long[] now = {sent.get(), ok.sum(), errors.sum(), dropped.get(), late.get()};
    long[] delta = new long[now.length];
    for (int i = 0; i < now.length; i++) {
      delta[i] = now[i] - previous[i];
      previous[i] = now[i];
    }
    return new Interval(this, delta[0], delta[1], delta[2], delta[3], delta[4], lat, svc, lg,
        calls == null ? null : calls.interval());
  }

  /** The totals so far; {@code unfinished} is given by the run, which knows what is still in flight. */
  public Totals totals(long unfinished) {
    Map<String, Long> classes = new TreeMap<>();
    errorClasses.forEach((k, v) -> classes.put(k, v.sum()));
    return new Totals(channel, target, sent.get(), ok.sum(), errors.sum(), classes, dropped.get(), late.get(),
        unfinished, latencyTotal.copy(), serviceTotal.copy(), lagTotal.copy(), calls == null ? null : calls.totals());
  }

  /** Counts and histograms of one reporting interval; {@code calls} null unless the target places calls. */
  public record Interval(Meter meter, long sent, long ok, long errors, long dropped, long late,
      Histogram latency, Histogram service, Histogram lag, CallMeter.Interval calls) {}
}
