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
    List<Integer> agents = source.required(spec.agents(), agentsPath, "a list of whole numbers >= 0, one per interval");
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
          + " from " + spec.start() + " pass midnight", "intervals that end by 24:00");
    }
    if (agents.stream().mapToInt(Integer::intValue).max().orElse(0) < 1) {
      throw source.error(agentsPath, "no interval has an agent", "at least one interval with 1 or more agents");
    }
    return source.construct(path, () -> new StaffingCurve(interval, perInterval).shifts());
  }
}
