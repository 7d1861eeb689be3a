package io.ccsim.fit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Staffing per interval from a log that names who answered, and the share of it available for these calls.
 *
 * <p><b>Counted agents</b> of a day's interval are the distinct agents serving at some time in it; idle
 * agents leave no trace, so this is what the log can show of who was logged in.
 *
 * <p><b>Availability</b> is estimated by <i>busy while callers wait</i>, in the spirit of Erlang-S (Azriel,
 * Feigin and Mandelbaum): while a caller waits in queue, an agent who is logged in and really available
 * would take the call, so the number of busy agents at such moments is the number available. Per interval
 * of the day, over the days, availability = ∫ busy · 1{queue > 0} dt / ∫ counted · 1{queue > 0} dt; an
 * interval with less than {@link #MIN_WAITING_SECONDS} of waiting time in all takes the estimate of the
 * whole window. The rest of the counted time went to what the log does not record: not ready, after-call
 * work, other tasks, or being counted for a part of the interval only. The estimate is biased low where
 * availability dips for a while (callers wait exactly then, so those moments weigh most), and high where
 * the skills of busy agents and waiting callers differ; a caller counts as waiting only after
 * {@link #SETTLING_SECONDS} in queue, so routing delays do not count as a lack of agents. The validation
 * against the recorded KPIs (docs/fit.md) shows how far it carries.
 *
 * <p><b>The share written.</b> With an after-call time estimated ({@link AfterCallFit}), part of that
 * shortfall is after-call work, which the scenario gets as wrap-up: an agent cycling through calls is busy
 * handle + after-call time per call, not the handle time alone that the log shows as busy. The share of
 * counted agents written to the staffing is then availability × (handle + after-call) / handle, at most 1;
 * the rest is not ready for these calls. Without it, the share is the availability. {@code --availability
 * SHARE} replaces the share by the user's.
 *
 * @param counted mean counted agents per interval of the window, over the days
 * @param occupancy per interval, busy time / (counted agents × interval length)
 * @param availability per interval, the estimate above
 * @param share per interval, the share of counted agents written to the staffing (see above)
 * @param available per interval, counted × share: the staffing the scenario gets
 * @param windowAvailability the estimate over the whole window
 * @param countedHoursPerDay per day, the counted agents summed over the window's intervals × interval length, in hours
 * @param countedByDay per selected day in date order, the counted agents per interval ({@code --by-date})
 */
public record StaffingFit(double[] counted, double[] occupancy, double[] availability, double[] share, double[] available,
    double windowAvailability, double windowOccupancy, Map<Integer, Double> countedHoursPerDay,
    double[][] countedByDay) {
  /** Intervals with less waiting time than this over all days take the window's availability. */
  public static final double MIN_WAITING_SECONDS = 600;
  /** A caller counts as waiting once in queue this long: shorter waits are routing, not a lack of agents. */
  public static final double SETTLING_SECONDS = 10;

  /**
   * @param cycleFactor (handle + after-call) / handle with an after-call time in the scenario, else 1
   */
  static StaffingFit of(CallLog log, Selection selection, Double availabilityOverride, double cycleFactor) {
    double len = selection.intervalSeconds();
    int offset = (int) Math.round(selection.windowStartSeconds() / len);
    int slots = (int) Math.ceil(2 * 86_400 / len);
    int n = selection.intervals();
    Map<Integer, List<Call>> byDay = selection.callsByDay(log);
    double[] counted = new double[n];
    double[] busy = new double[n];
    double[] waitBusy = new double[n];
    double[] waitCounted = new double[n];
    double[] waiting = new double[n];
    Map<Integer, Double> hours = new java.util.TreeMap<>();
    List<Integer> dayOrder = selection.dayList();
    double[][] countedByDay = new double[dayOrder.size()][n];
    for (Map.Entry<Integer, List<Call>> entry : byDay.entrySet()) {
      List<Call> day = entry.getValue();
      List<Set<String>> agents = new ArrayList<>();
      for (int i = 0; i < slots; i++) {
        agents.add(new HashSet<>());
      }
      List<double[]> events = new ArrayList<>();
      for (Call c : day) {
        if (c.waitSeconds() > SETTLING_SECONDS) {
          events.add(new double[] {c.arrivalSeconds() + SETTLING_SECONDS, 0, 1});
          events.add(new double[] {c.answerSeconds(), 0, -1});
        }
        if (c.outcome() == Call.Outcome.ANSWERED && c.agent() != null) {
          double start = c.answerSeconds();
          double end = start + c.handleSeconds();
          events.add(new double[] {start, 1, 0});
          events.add(new double[] {end, -1, 0});
          int last = Math.min(slots - 1, (int) Math.floor(Math.max(start, end - 1e-9) / len));
          for (int i = (int) Math.floor(start / len); i <= last; i++) {
            agents.get(i).add(c.agent());
          }
        }
      }
      events.sort((a, b) -> Double.compare(a[0], b[0]));
      int[] dayCounted = new int[n];
      for (int j = 0; j < n; j++) {
        dayCounted[j] = agents.get(offset + j).size();
        counted[j] += dayCounted[j];
        countedByDay[dayOrder.indexOf(entry.getKey())][j] = dayCounted[j];
        hours.merge(entry.getKey(), dayCounted[j] * len / 3600, Double::sum);
      }
      int b = 0;
      int q = 0;
      double t = 0;
      for (double[] e : events) {
        integrate(t, e[0], b, q, len, offset, dayCounted, busy, waitBusy, waitCounted, waiting);
        t = e[0];
        b += (int) e[1];
        q += (int) e[2];
      }
    }
    int days = selection.days().size();
    double allWaitBusy = Arrays.stream(waitBusy).sum();
    double allWaitCounted = Arrays.stream(waitCounted).sum();
    double window = allWaitCounted > 0 ? allWaitBusy / allWaitCounted : 1;
    double[] occupancy = new double[n];
    double[] availability = new double[n];
    double[] share = new double[n];
    double[] available = new double[n];
    double allBusy = 0;
    double allCounted = 0;
    for (int j = 0; j < n; j++) {
      occupancy[j] = counted[j] > 0 ? busy[j] / (counted[j] * len) : Double.NaN;
      availability[j] = waiting[j] >= MIN_WAITING_SECONDS && waitCounted[j] > 0 ? waitBusy[j] / waitCounted[j]
          : window;
      share[j] = availabilityOverride != null ? availabilityOverride : Math.min(1, availability[j] * cycleFactor);
      allBusy += busy[j];
      allCounted += counted[j] * len;
      counted[j] /= days;
      available[j] = counted[j] * share[j];
    }
    return new StaffingFit(counted, occupancy, availability, share, available, window, allBusy / allCounted, hours,
        countedByDay);
  }

  /** Adds [from, to) with b busy and q waiting to the window's interval sums. */
  private static void integrate(double from, double to, int b, int q, double len, int offset, int[] dayCounted,
      double[] busy, double[] waitBusy, double[] waitCounted, double[] waiting) {
    double t = from;
    while (t < to) {
      int slot = (int) Math.floor(t / len);
      double end = Math.min(to, (slot + 1) * len);
      int j = slot - offset;
      if (j >= 0 && j < busy.length) {
        double dt = end - t;
        busy[j] += b * dt;
        if (q > 0) {
          waiting[j] += dt;
          waitBusy[j] += b * dt;
          waitCounted[j] += dayCounted[j] * dt;
        }
      }
      t = end;
    }
  }

  /**
   * Per selected day in date order, the staffing the scenario gets: that day's counted agents × the month's
   * share of the interval. (Each date's own busy-while-waiting share, scaled to the month's intraday shape,
   * changed January's replay by 0.03 points: the dates' availability is not what differs.)
   */
  public double[][] availableByDay() {
    double[][] out = new double[countedByDay.length][];
    for (int d = 0; d < out.length; d++) {
      out[d] = new double[share.length];
      for (int j = 0; j < share.length; j++) {
        out[d][j] = countedByDay[d][j] * share[j];
      }
    }
    return out;
  }
}
