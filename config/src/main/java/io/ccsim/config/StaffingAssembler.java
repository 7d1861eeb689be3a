package io.ccsim.config;

import io.ccsim.model.Shift;
import io.ccsim.model.StaffingCurve;
import io.ccsim.model.TimeOfDay;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Checks a group's {@code staffing} (agents per interval of the day) and builds its {@link StaffingCurve},
 * whose shifts by layers the group then works (an agent logs out only where the staffing drops).
 */
final class StaffingAssembler {
  static final String EXAMPLE = "{start: \"07:00\", interval: 30m, agents: [3, 4, 6]}";

  private final ScenarioSource source;

  StaffingAssembler(ScenarioSource source) {
    this.source = source;
  }

  List<Shift> shifts(AgentGroupSpec.Staffing spec, String path, boolean hasShifts) {
    if (hasShifts) {
      throw source.keyError(path, "a group has either shifts or staffing, and this one already has shifts",
          "shifts or staffing, not both");
    }
    String startPath = Paths.field(path, "start");
    String intervalPath = Paths.field(path, "interval");
    String agentsPath = Paths.field(path, "agents");
    double start = new TimesOfDay(source).start(source.required(spec.start(), startPath, "a time of day such as "
        + "\"07:00\""), startPath);
    String intervalAllowed = "a duration above 0 that divides 24h and the start, such as 5m, 15m or 30m";
    double interval = source.required(spec.interval(), intervalPath, intervalAllowed).seconds();
    double before = start / interval;
    if (!(interval > 0) || Math.abs(before - Math.rint(before)) > 1e-9) {
      throw source.error(intervalPath, "'" + source.text(intervalPath, interval) + "' does not divide the time "
          + "from 00:00 to the start '" + spec.start() + "'", intervalAllowed);
    }
    if (spec.agentsByDay() != null) {
      return byDay(spec, path, start, interval, before, intervalPath);
    }
    List<Integer> agents = source.required(spec.agents(), agentsPath, "a list of whole numbers >= 0, one per interval");
    List<Integer> perInterval = day(agents, agentsPath, start, interval, before, intervalPath, spec.start());
    if (agents.stream().mapToInt(Integer::intValue).max().orElse(0) < 1) {
      throw source.error(agentsPath, "no interval has an agent", "at least one interval with 1 or more agents");
    }
    return source.construct(path, () -> new StaffingCurve(interval, perInterval).shifts());
  }

  /** {@code agentsByDay}: one list per day of a cycle, worked on its day only; a day may have no agent. */
  private List<Shift> byDay(AgentGroupSpec.Staffing spec, String path, double start, double interval, double before,
      String intervalPath) {
    String daysPath = Paths.field(path, "agentsByDay");
    if (spec.agents() != null) {
      throw source.keyError(daysPath, "a staffing has either agents (every day) or agentsByDay (a list per day), "
          + "and this one already has agents", "agents or agentsByDay, not both");
    }
    String dayAllowed = "a list per day of whole numbers >= 0, one per interval, such as [[3, 4, 6], [2, 4, 5]]";
    if (spec.agentsByDay().isEmpty()) {
      throw source.error(daysPath, "the list is empty", dayAllowed);
    }
    List<List<Integer>> days = new ArrayList<>();
    for (int d = 0; d < spec.agentsByDay().size(); d++) {
      String dayPath = Paths.index(daysPath, d);
      days.add(day(source.required(spec.agentsByDay().get(d), dayPath, dayAllowed), dayPath, start, interval, before,
          intervalPath, spec.start()));
    }
    if (days.stream().flatMap(List::stream).mapToInt(Integer::intValue).max().orElse(0) < 1) {
      throw source.error(daysPath, "no day has an agent", "at least one interval of some day with 1 or more agents");
    }
    return source.construct(path, () -> StaffingCurve.shiftsByDay(interval, days));
  }

  /** One day's agents per interval from {@code start}, checked, as a list from 00:00. */
  private List<Integer> day(List<Integer> agents, String agentsPath, double start, double interval, double before,
      String intervalPath, String startText) {
    if (agents.isEmpty()) {
      throw source.error(agentsPath, "needs at least one interval", "a list of whole numbers >= 0 such as [3, 4, 6]");
    }
    List<Integer> perInterval = new ArrayList<>(Collections.nCopies((int) Math.rint(before), 0));
    for (int i = 0; i < agents.size(); i++) {
      String itemPath = Paths.index(agentsPath, i);
      perInterval.add(source.atLeast(source.required(agents.get(i), itemPath, "a whole number >= 0"), 0, itemPath,
          "a whole number >= 0 of agents in this interval"));
    }
    if (start + agents.size() * interval > TimeOfDay.DAY_SECONDS + 1e-6) {
      throw source.error(agentsPath, agents.size() + " intervals of " + source.text(intervalPath, interval)
          + " from " + startText + " pass midnight", "intervals that end by 24:00");
    }
    return perInterval;
  }
}
