package io.ccsim.loadgen;

import io.ccsim.arrivals.ScheduledContact;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a load run will send, worked out by reading the whole schedule once before sending: how many
 * contacts per channel, over how much wall time, and the busiest wall-clock second (checked against the
 * rate cap). Contacts past a cap are counted as cut.
 *
 * @param planned contacts that will be sent, per channel in the scenario's order
 * @param scheduled every contact of the source, caps ignored
 * @param lastArrivalSeconds the simulated arrival time of the last planned contact
 * @param wallSeconds when the last planned contact is due, from the start
 * @param peakPerSecond the most planned contacts due in one wall-clock second
 * @param cutBy which cap cut the schedule short, or {@code null}
 */
public record Plan(String source, String scenario, double speed, Map<String, Long> planned, long scheduled,
    double lastArrivalSeconds, double wallSeconds, long peakPerSecond, Cap cutBy) {
  public Plan {
    planned = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(planned));
  }

  /** The cap that ended a plan (or a run) early. */
  public enum Cap {
    MAX_DURATION("max-duration"), MAX_CONTACTS("max-contacts");

    private final String key;

    Cap(String key) {
      this.key = key;
    }

    public String key() {
      return key;
    }
  }

  /** Planned contacts in all. */
  public long total() {
    return planned.values().stream().mapToLong(Long::longValue).sum();
  }

  /** Planned contacts per wall-clock second on average; 0 for an empty plan. */
  public double meanPerSecond() {
    return wallSeconds > 0 ? total() / wallSeconds : 0;
  }

  /** Whether the busiest second is over the rate cap. */
  public boolean exceeds(double maxRatePerSecond) {
    return peakPerSecond > maxRatePerSecond;
  }

  /** Reads {@code source} once and applies the caps of {@code options}. */
  public static Plan of(ContactSource source, LoadOptions options) {
    Map<String, Long> planned = new LinkedHashMap<>();
    source.channels().forEach(c -> planned.put(c, 0L));
    long maxDurationNanos = options.maxDuration().toNanos();
    long scheduled = 0;
    long count = 0;
    double last = 0;
    long lastOffset = 0;
    long peak = 0;
    long second = -1;
    long inSecond = 0;
    Cap cut = null;
    try (ContactSource.Cursor cursor = source.open()) {
      while (cursor.hasNext()) {
        ScheduledContact c = cursor.next();
        scheduled++;
        if (cut != null) {
          continue;
        }
        long offset = options.offsetNanos(c.arrivalSeconds());
        if (offset >= maxDurationNanos) {
          cut = Cap.MAX_DURATION;
          continue;
        }
        if (count >= options.maxContacts()) {
          cut = Cap.MAX_CONTACTS;
          continue;
        }
        count++;
        planned.merge(c.channel(), 1L, Long::sum);
        last = c.arrivalSeconds();
        lastOffset = offset;
        long s = offset / 1_000_000_000L;
        if (s != second) {
          second = s;
          inSecond = 0;
        }
        peak = Math.max(peak, ++inSecond);
      }
    }
    return new Plan(source.description(), source.scenarioName(), options.speed(), planned, scheduled, last,
        lastOffset / 1e9, peak, cut);
  }
}
