package io.ccsim.config;

import io.ccsim.model.BreakRule;
import io.ccsim.model.Shift;
import io.ccsim.model.TimeOfDay;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks one agent group's schedule, {@code shifts} (with their breaks), {@code count} against them,
 * and {@code shrinkage}, and builds the sim-core {@link Shift}s.
 *
 * <p>Times are clock times. A shift whose end is before its start passes midnight, so its end is the
 * next day; a break time in such a shift before the shift's start is on the next day too.
 */
final class ScheduleAssembler {
  static final String SHIFT_EXAMPLE = "a mapping such as {start: \"08:00\", end: \"16:00\", count: 10}";
  static final String BREAK_EXAMPLE = "a mapping such as {at: \"12:00\", duration: 30m} or "
      + "{window: [\"11:30\", \"13:30\"], duration: 30m}";

  private final ScenarioSource source;
  private final TimesOfDay times;

  ScheduleAssembler(ScenarioSource source) {
    this.source = source;
    this.times = new TimesOfDay(source);
  }

  /** The shifts; empty when {@code specs} is absent (agents logged in all the time). */
  List<Shift> shifts(List<AgentGroupSpec.Shift> specs, String path) {
    List<Shift> shifts = new ArrayList<>();
    if (specs == null) {
      return shifts;
    }
    if (specs.isEmpty()) {
      throw source.error(path, "needs at least one shift",
          "a list of shifts such as [{start: \"08:00\", end: \"16:00\", count: 10}], or omit shifts for agents "
              + "logged in all the time");
    }
    for (int i = 0; i < specs.size(); i++) {
      String itemPath = Paths.index(path, i);
      shifts.add(shift(source.required(specs.get(i), itemPath, SHIFT_EXAMPLE), itemPath));
    }
    return shifts;
  }

  private Shift shift(AgentGroupSpec.Shift spec, String path) {
    String startPath = Paths.field(path, "start");
    String endPath = Paths.field(path, "end");
    double start = times.start(spec.start(), startPath);
    double end = times.end(spec.end(), endPath);
    if (end == start) {
      throw source.error(endPath, "end '" + spec.end() + "' is the same time as start '" + spec.start() + "'",
          "a time after the start, or before it for a shift that passes midnight (such as 22:00-06:00)");
    }
    if (end < start) {
      end += TimeOfDay.DAY_SECONDS;
    }
    String countPath = Paths.field(path, "count");
    String countAllowed = "a whole number >= 1 of agents on this shift";
    int count = source.between(source.required(spec.count(), countPath, countAllowed), 1, Limits.MAX_AGENTS,
        countPath, countAllowed, "agents per shift");
    List<BreakRule> breaks = breaks(spec, Paths.field(path, "breaks"), start, end);
    double shiftEnd = end;
    return source.construct(path, () -> new Shift(start, shiftEnd, count, breaks));
  }

  private List<BreakRule> breaks(AgentGroupSpec.Shift shift, String path, double start, double end) {
    List<AgentGroupSpec.Break> specs = shift.breaks();
    List<BreakRule> breaks = new ArrayList<>();
    if (specs == null) {
      return breaks;
    }
    for (int i = 0; i < specs.size(); i++) {
      String itemPath = Paths.index(path, i);
      breaks.add(breakRule(source.required(specs.get(i), itemPath, BREAK_EXAMPLE), itemPath, shift, start, end));
    }
    return breaks;
  }

  private BreakRule breakRule(AgentGroupSpec.Break spec, String path, AgentGroupSpec.Shift shift, double start,
      double end) {
    String atPath = Paths.field(path, "at");
    String windowPath = Paths.field(path, "window");
    String durationPath = Paths.field(path, "duration");
    if (spec.at() != null && spec.window() != null) {
      throw source.keyError(windowPath, "a break has either at (a fixed start) or window (a range of starts), "
          + "and this one already has at", "at or window, not both");
    }
    if (spec.at() == null && spec.window() == null) {
      throw source.error(path, "a break needs at (a fixed start) or window (a range of starts)", BREAK_EXAMPLE);
    }
    String durationAllowed = "a duration above 0 such as 30m";
    double duration = source.required(spec.duration(), durationPath, durationAllowed).seconds();
    if (!(duration > 0)) {
      throw source.error(durationPath, "'" + source.text(durationPath, duration) + "' is not longer than 0",
          durationAllowed);
    }
    String durationText = source.text(durationPath, duration);
    String span = shift.start().trim() + "-" + shift.end().trim();
    String allowed = "a break that starts at or after " + shift.start().trim() + " and ends by "
        + shift.end().trim();
    if (spec.at() != null) {
      double at = onShiftDay(times.start(spec.at(), atPath), start, end);
      if (at < start || at + duration > end) {
        throw source.error(atPath, "the break at '" + spec.at() + "' for " + durationText
            + " does not lie within its shift " + span, allowed);
      }
      return source.construct(path, () -> new BreakRule(at, at, duration));
    }
    String windowAllowed = "[earliest, latest]: two times of day, such as [\"11:30\", \"13:30\"]";
    List<String> window = spec.window();
    if (window.size() != 2) {
      throw source.error(windowPath, "a window has " + window.size() + " time" + (window.size() == 1 ? "" : "s")
          + ", not 2", windowAllowed);
    }
    double earliest = onShiftDay(times.start(window.get(0), Paths.index(windowPath, 0)), start, end);
    double latest = onShiftDay(times.start(window.get(1), Paths.index(windowPath, 1)), start, end);
    if (latest < earliest) {
      throw source.error(Paths.index(windowPath, 1), "latest '" + window.get(1) + "' is before earliest '"
          + window.get(0) + "'", windowAllowed);
    }
    if (earliest < start || latest + duration > end) {
      throw source.error(windowPath, "the break window '" + window.get(0) + "'-'" + window.get(1) + "' for "
          + durationText + " does not lie within its shift " + span,
          allowed + " (the latest start plus the duration)");
    }
    return source.construct(path, () -> new BreakRule(earliest, latest, duration));
  }

  /** In a shift that passes midnight, a time before the shift's start is on the next day. */
  private static double onShiftDay(double time, double start, double end) {
    return end > TimeOfDay.DAY_SECONDS && time < start ? time + TimeOfDay.DAY_SECONDS : time;
  }

  /**
   * The group's count: as written when there are no shifts (then required); with shifts, the sum of their
   * counts, which a written count must equal.
   */
  int count(Integer spec, String path, List<Shift> shifts, String shiftsPath) {
    if (shifts.isEmpty()) {
      String allowed = "a whole number >= 1 such as 14, or shifts";
      return source.atLeast(source.required(spec, path, allowed), 1, path, allowed);
    }
    long total = shifts.stream().mapToLong(Shift::count).sum();
    if (total > Limits.MAX_AGENTS) {
      throw source.error(shiftsPath, "the shifts hold " + total + " agents, more than the limit of " + Limits.MAX_AGENTS
          + " agents per group", "at most " + Limits.MAX_AGENTS + " (see Limits in docs/scenario-format.md)");
    }
    int sum = (int) total;
    if (spec != null && spec != sum) {
      throw source.error(path, "count " + source.text(path, spec) + " is not the sum of the counts under "
          + shiftsPath + " (" + sum + ")", sum + ", or omit count");
    }
    return sum;
  }

  /** The group's shrinkage in [0, 1); 0 when absent. It needs shifts: agents without are never absent. */
  double shrinkage(Fraction spec, String path, List<Shift> shifts) {
    if (spec == null) {
      return 0;
    }
    String allowed = "a fraction from 0 to below 1 such as 0.10, or a percentage below 100% such as 10%";
    double shrinkage = spec.value();
    if (!(shrinkage >= 0 && shrinkage < 1)) {
      throw source.error(path, "'" + source.text(path, shrinkage) + "' is outside [0, 1)", allowed);
    }
    if (shrinkage > 0 && shifts.isEmpty()) {
      throw source.keyError(path, "shrinkage applies to scheduled agents, and this group has no shifts "
          + "(its agents are logged in all the time)", "omit shrinkage, or give shifts");
    }
    return shrinkage;
  }
}
