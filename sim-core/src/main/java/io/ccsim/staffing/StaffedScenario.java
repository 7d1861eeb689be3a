package io.ccsim.staffing;

import io.ccsim.model.AgentGroup;
import io.ccsim.model.Scenario;
import io.ccsim.model.Shift;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the scenario that a staffing plan describes: each group's head count (stationary plans) or
 * shifts that put exactly the plan's agents on duty in every interval.
 *
 * <p>The per-interval counts are cut into layers: the k-th agent of a group works every maximal run of
 * consecutive intervals in which the plan has at least k agents, as one shift. So an agent stays logged in
 * across intervals while the count does not fall, and the only logouts (with the overtime of finishing the
 * item in hand) are where the plan really lowers the count. The group's shrinkage is kept; its breaks are
 * not (the plan is the count on duty; fitting breaks is a scheduling step after it).
 */
public final class StaffedScenario {
  private StaffedScenario() {}

  /** {@code base} with its groups staffed as {@code plan} says. */
  public static Scenario apply(Scenario base, StaffingPlan plan) {
    List<AgentGroup> groups = new ArrayList<>();
    for (int g = 0; g < base.groups().size(); g++) {
      AgentGroup spec = base.groups().get(g);
      if (plan.stationary()) {
        groups.add(new AgentGroup(spec.name(), plan.agents(0, g), spec.skills(), spec.proficiency(),
            spec.capacity(), List.of(), spec.shrinkage()));
      } else {
        List<Shift> shifts = shifts(plan.ofGroup(g), plan.intervalSeconds());
        int count = shifts.stream().mapToInt(Shift::count).sum();
        groups.add(new AgentGroup(spec.name(), count, spec.skills(), spec.proficiency(), spec.capacity(), shifts,
            spec.shrinkage(), spec.staffingElasticity()));
      }
    }
    return new Scenario(base.name(), base.seed(), base.replications(), base.warmupSeconds(), base.horizonSeconds(),
        base.channels(), base.arrivals(), groups, base.routing(), base.journeys(), base.intervalSeconds());
  }

  /**
   * Shifts, without breaks, that put {@code perInterval[i]} agents on duty in interval i (of
   * {@code intervalSeconds} from 00:00); shifts with the same start and end are merged into one.
   */
  public static List<Shift> shifts(int[] perInterval, double intervalSeconds) {
    Map<String, int[]> runs = new LinkedHashMap<>();
    int max = 0;
    for (int n : perInterval) {
      max = Math.max(max, n);
    }
    for (int level = 1; level <= max; level++) {
      int i = 0;
      while (i < perInterval.length) {
        if (perInterval[i] < level) {
          i++;
          continue;
        }
        int start = i;
        while (i < perInterval.length && perInterval[i] >= level) {
          i++;
        }
        runs.computeIfAbsent(start + ":" + i, k -> new int[1])[0]++;
      }
    }
    List<Shift> shifts = new ArrayList<>();
    runs.forEach((key, count) -> {
      String[] bounds = key.split(":");
      double start = Integer.parseInt(bounds[0]) * intervalSeconds;
      double end = Integer.parseInt(bounds[1]) * intervalSeconds;
      shifts.add(new Shift(start, end, count[0], List.of()));
    });
    shifts.sort((a, b) -> a.startSeconds() != b.startSeconds() ? Double.compare(a.startSeconds(), b.startSeconds())
        : Double.compare(a.endSeconds(), b.endSeconds()));
    return shifts;
  }
}
