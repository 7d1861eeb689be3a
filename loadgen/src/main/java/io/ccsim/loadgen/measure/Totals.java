package io.ccsim.loadgen.measure;

import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * A channel's figures at its target over the whole run (or so far). Histograms hold nanoseconds.
 *
 * @param sent contacts handed to the target
 * @param ok contacts the target took without error
 * @param errors contacts that failed, by class in {@code errorClasses}
 * @param dropped contacts not sent because the in-flight cap was reached when they were due
 * @param late contacts sent later than the late threshold after their intended time
 * @param unfinished contacts still in flight when the run ended (the grace period was over)
 * @param calls the call figures of a target that places phone calls (SIP), else null
 */
public record Totals(String channel, String target, long sent, long ok, long errors, Map<String, Long> errorClasses,
    long dropped, long late, long unfinished, Histogram latency, Histogram service, Histogram lag,
    CallTotals calls) {
  public Totals {
    errorClasses = Map.copyOf(errorClasses);
  }

  /** Figures of a target that places no calls. */
  public Totals(String channel, String target, long sent, long ok, long errors, Map<String, Long> errorClasses,
      long dropped, long late, long unfinished, Histogram latency, Histogram service, Histogram lag) {
    this(channel, target, sent, ok, errors, errorClasses, dropped, late, unfinished, latency, service, lag, null);
  }

  /** Contacts whose send time has come: sent or dropped. */
  public long attempted() {
    return sent + dropped;
  }

  /** Contacts that did not get through: dropped, failed, or unfinished. */
  public long lost() {
    return dropped + errors + unfinished;
  }

  /** The sum of several channels' totals (for the run as a whole). */
  public static Totals sum(String channel, String target, Iterable<Totals> parts) {
    long sent = 0;
    long ok = 0;
    long errors = 0;
    long dropped = 0;
    long late = 0;
    long unfinished = 0;
    java.util.TreeMap<String, Long> classes = new java.util.TreeMap<>();
    Histogram latency = new Histogram(Meter.SIGNIFICANT_DIGITS);
    Histogram service = new Histogram(Meter.SIGNIFICANT_DIGITS);
    Histogram lag = new Histogram(Meter.SIGNIFICANT_DIGITS);
    java.util.List<CallTotals> calls = new java.util.ArrayList<>();
    for (Totals t : parts) {
      calls.add(t.calls);
      sent += t.sent;
      ok += t.ok;
      errors += t.errors;
      dropped += t.dropped;
      late += t.late;
      unfinished += t.unfinished;
      t.errorClasses.forEach((k, v) -> classes.merge(k, v, Long::sum));
      latency.add(t.latency);
      service.add(t.service);
      lag.add(t.lag);
    }
    return new Totals(channel, target, sent, ok, errors, classes, dropped, late, unfinished, latency, service, lag,
        CallTotals.sum(calls));
  }
}
