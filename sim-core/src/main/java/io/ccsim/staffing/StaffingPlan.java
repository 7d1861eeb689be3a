package io.ccsim.staffing;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Agents on duty per staffing interval and group: what the staffing search varies. A scenario without
 * reporting intervals has one interval covering the whole run; otherwise the intervals are the day's
 * reporting intervals from 00:00, and the plan repeats every day.
 *
 * @param intervalSeconds the length of an interval; 0 for the single interval of a stationary scenario
 * @param groups the group names, in the scenario's order (the columns of {@code agents})
 * @param agents agents per interval (rows) and group (columns), each >= 0
 */
public record StaffingPlan(double intervalSeconds, List<String> groups, int[][] agents) implements Serializable {
  private static final long serialVersionUID = 1L;

  public StaffingPlan {
    groups = List.copyOf(groups);
    if (!(intervalSeconds >= 0)) {
      throw new IllegalArgumentException("interval length must be >= 0 seconds, got " + intervalSeconds);
    }
    int[][] copy = new int[agents.length][];
    for (int i = 0; i < agents.length; i++) {
      if (agents[i].length != groups.size()) {
        throw new IllegalArgumentException("interval " + i + " has " + agents[i].length + " counts for "
            + groups.size() + " groups");
      }
      for (int n : agents[i]) {
        if (n < 0) {
          throw new IllegalArgumentException("agents per interval must be >= 0, got " + n);
        }
      }
      copy[i] = agents[i].clone();
    }
    if (copy.length == 0) {
      throw new IllegalArgumentException("a staffing plan needs at least one interval");
    }
    agents = copy;
  }

  /** Whether the plan is for a stationary scenario (one interval, a plain head count per group). */
  public boolean stationary() {
    return intervalSeconds == 0;
  }

  public int intervals() {
    return agents.length;
  }

  public int agents(int interval, int group) {
    return agents[interval][group];
  }

  /** A copy with {@code agents(interval, group)} changed by {@code delta}. */
  public StaffingPlan plus(int interval, int group, int delta) {
    int[][] next = agents();
    next[interval][group] += delta;
    return new StaffingPlan(intervalSeconds, groups, next);
  }

  /** The agents of one group in every interval. */
  public int[] ofGroup(int group) {
    int[] counts = new int[agents.length];
    for (int i = 0; i < agents.length; i++) {
      counts[i] = agents[i][group];
    }
    return counts;
  }

  /** The agents per group summed over the intervals. */
  public int total(int group) {
    return Arrays.stream(ofGroup(group)).sum();
  }

  /**
   * Agent-hours: per day for interval plans; for a stationary plan, its head count times
   * {@code stationaryHours} (the measured window).
   */
  public double agentHours(int group, double stationaryHours) {
    return stationary() ? agents[0][group] * stationaryHours : total(group) * intervalSeconds / 3600;
  }

  /** Agent-hours over every group. */
  public double agentHours(double stationaryHours) {
    double sum = 0;
    for (int g = 0; g < groups.size(); g++) {
      sum += agentHours(g, stationaryHours);
    }
    return sum;
  }

  /** Agent-hours weighted by each group's cost per agent-hour (a group not listed costs 1). */
  public double cost(Map<String, Double> costPerHour, double stationaryHours) {
    double sum = 0;
    for (int g = 0; g < groups.size(); g++) {
      sum += agentHours(g, stationaryHours) * costPerHour.getOrDefault(groups.get(g), 1.0);
    }
    return sum;
  }

  @Override
  public int[][] agents() {
    int[][] copy = new int[agents.length][];
    for (int i = 0; i < agents.length; i++) {
      copy[i] = agents[i].clone();
    }
    return copy;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof StaffingPlan p && p.intervalSeconds == intervalSeconds && p.groups.equals(groups)
        && Arrays.deepEquals(p.agents, agents);
  }

  @Override
  public int hashCode() {
    return Double.hashCode(intervalSeconds) * 31 * 31 + groups.hashCode() * 31 + Arrays.deepHashCode(agents);
  }

  @Override
  public String toString() {
    return "StaffingPlan[" + intervalSeconds + " s, " + groups + ", " + Arrays.deepToString(agents) + "]";
  }
}
