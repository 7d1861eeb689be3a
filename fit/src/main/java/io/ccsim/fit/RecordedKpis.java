package io.ccsim.fit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The KPIs a log recorded over a selection: in total, per day and per interval of the day (summed over
 * the days), each contact attributed to the interval in which it arrived, as the simulator does.
 *
 * @param thresholdSeconds the service-level threshold T (answered with a wait of at most T)
 */
public record RecordedKpis(double thresholdSeconds, Kpis total, Map<Integer, Kpis> perDay, List<Kpis> perInterval) {
  public RecordedKpis {
    perDay = Collections.unmodifiableMap(new TreeMap<>(perDay));
    perInterval = List.copyOf(perInterval);
  }

  /** The recorded KPIs of {@code log} over {@code selection}; the log must record waits. */
  public static RecordedKpis of(CallLog log, Selection selection, double thresholdSeconds) {
    if (!log.hasWaits()) {
      throw new IllegalArgumentException(log.source() + ": a " + log.format().cliName()
          + " log records no waits or outcomes, so it has no recorded KPIs");
    }
    Map<Integer, Kpis> perDay = new TreeMap<>();
    List<Kpis> perInterval = new ArrayList<>(Collections.nCopies(selection.intervals(), Kpis.ZERO));
    Kpis total = Kpis.ZERO;
    for (Call c : log.calls()) {
      int i = selection.intervalOf(c);
      if (i < 0) {
        continue;
      }
      boolean answered = c.outcome() == Call.Outcome.ANSWERED;
      Kpis one = new Kpis(1, answered ? 1 : 0, answered ? 0 : 1,
          answered && c.waitSeconds() <= thresholdSeconds ? 1 : 0, answered ? c.waitSeconds() : 0);
      total = total.plus(one);
      perDay.merge(c.day(), one, Kpis::plus);
      perInterval.set(i, perInterval.get(i).plus(one));
    }
    return new RecordedKpis(thresholdSeconds, total, perDay, perInterval);
  }
}
