package io.ccsim.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Agents logged in per interval of a day, from 00:00: {@code agents.get(i)} agents work from
 * {@code i × intervalSeconds} for one interval, and none after the last interval.
 *
 * <p>{@link #shifts()} turns the curve into shifts by layers: agent k (from 1) works every run of
 * consecutive intervals in which the curve is at least k, as one shift. An agent therefore logs out
 * only where the curve drops, so the overtime of finishing the contact in hand happens at real staffing
 * drops and not at every interval bound, as it would with one shift per interval.
 */
public record StaffingCurve(double intervalSeconds, List<Integer> agents) {
  public StaffingCurve {
    if (!(intervalSeconds > 0) || Double.isInfinite(intervalSeconds)) {
      throw new IllegalArgumentException("staffing interval must be more than 0 s, got " + intervalSeconds);
    }
    agents = List.copyOf(agents);
    if (agents.isEmpty()) {
      throw new IllegalArgumentException("a staffing curve needs at least one interval");
    }
    if (intervalSeconds * agents.size() > TimeOfDay.DAY_SECONDS + 1e-6) {
      throw new IllegalArgumentException("a staffing curve spans at most 24h, got " + agents.size()
          + " intervals of " + intervalSeconds + " s");
    }
    for (int i = 0; i < agents.size(); i++) {
      if (agents.get(i) < 0) {
        throw new IllegalArgumentException("staffing interval " + i + " has " + agents.get(i) + " agents; "
            + "allowed: 0 or more");
      }
    }
    if (agents.stream().mapToInt(Integer::intValue).max().orElse(0) < 1) {
      throw new IllegalArgumentException("a staffing curve needs at least one agent in some interval");
    }
  }

  /** The most agents logged in at once: the group's head count. */
  public int peak() {
    return agents.stream().mapToInt(Integer::intValue).max().orElseThrow();
  }

  /** Agents logged in at {@code secondsOfDay} (0 after the last interval). */
  public int at(double secondsOfDay) {
    int i = (int) Math.floor(secondsOfDay / intervalSeconds);
    return i >= 0 && i < agents.size() ? agents.get(i) : 0;
  }

  /** The curve as daily shifts by layers (see the type's comment), runs of equal bounds merged. */
  public List<Shift> shifts() {
    List<Shift> shifts = new ArrayList<>();
    for (int layer = 1; layer <= peak(); layer++) {
      int i = 0;
      while (i < agents.size()) {
        if (agents.get(i) < layer) {
          i++;
          continue;
        }
        int start = i;
        while (i < agents.size() && agents.get(i) >= layer) {
          i++;
        }
        add(shifts, start * intervalSeconds, Math.min(i * intervalSeconds, TimeOfDay.DAY_SECONDS));
      }
    }
    return shifts;
  }

  private static void add(List<Shift> shifts, double start, double end) {
    for (int j = 0; j < shifts.size(); j++) {
      Shift s = shifts.get(j);
      if (s.startSeconds() == start && s.endSeconds() == end) {
        shifts.set(j, new Shift(start, end, s.count() + 1, List.of()));
        return;
      }
    }
    shifts.add(new Shift(start, end, 1, List.of()));
  }

  /**
   * Shifts for a staffing given day by day: day p's curve by layers, each shift worked on day p of the
   * cycle of {@code days.size()} days. A day with no agent has no shift; at least one day has one.
   *
   * @param days agents per interval from 00:00, one list per day of the cycle
   */
  public static List<Shift> shiftsByDay(double intervalSeconds, List<List<Integer>> days) {
    List<Shift> shifts = new ArrayList<>();
    for (int p = 0; p < days.size(); p++) {
      List<Integer> day = days.get(p);
      if (day.stream().mapToInt(Integer::intValue).max().orElse(0) < 1) {
        continue;
      }
      for (Shift s : new StaffingCurve(intervalSeconds, day).shifts()) {
        shifts.add(s.onDayOf(p, days.size()));
      }
    }
    if (shifts.isEmpty()) {
      throw new IllegalArgumentException("a staffing by day needs at least one agent on some day");
    }
    return shifts;
  }
}
