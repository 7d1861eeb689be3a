package io.ccsim.report.staffing;

import io.ccsim.model.Scenario;
import io.ccsim.model.TimeOfDay;
import io.ccsim.staffing.Demand;
import io.ccsim.staffing.StaffingPlan;
import io.ccsim.staffing.StaffingResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The rows every staffing output shows: the intervals worth listing (those where a channel is open with
 * demand, or that have agents), and the totals. Shared by the text, CSV, JSON and chart writers.
 */
public final class StaffingTable {
  private final Scenario scenario;
  private final StaffingResult result;
  private final Map<String, Double> costPerHour;
  private final List<Integer> rows;

  public StaffingTable(Scenario scenario, StaffingResult result, Map<String, Double> costPerHour) {
    this.scenario = scenario;
    this.result = result;
    this.costPerHour = Map.copyOf(costPerHour);
    Demand demand = Demand.of(scenario);
    List<Integer> listed = new ArrayList<>();
    StaffingPlan plan = result.plan();
    for (int i = 0; i < plan.intervals(); i++) {
      boolean staffed = false;
      for (int g = 0; g < plan.groups().size(); g++) {
        staffed |= plan.agents(i, g) > 0;
      }
      if (staffed || demand.staffable(i) || plan.stationary()) {
        listed.add(i);
      }
    }
    this.rows = List.copyOf(listed);
  }

  public Scenario scenario() {
    return scenario;
  }

  public StaffingResult result() {
    return result;
  }

  public StaffingPlan plan() {
    return result.plan();
  }

  /** The staffing intervals listed, by index. */
  public List<Integer> rows() {
    return rows;
  }

  /** An interval's start as a clock time, {@code 08:00}; a stationary plan's single interval is {@code 00:00}. */
  public String start(int interval) {
    return clock(interval * plan().intervalSeconds());
  }

  /** A time of day as {@code HH:MM}, midnight at the end of the day as {@code 24:00}. */
  public static String clock(double secondOfDay) {
    return Math.abs(secondOfDay - TimeOfDay.DAY_SECONDS) < 0.5 ? "24:00" : TimeOfDay.format(secondOfDay);
  }

  /** An interval's end as a clock time ({@code 24:00} at midnight); empty for a stationary plan. */
  public String end(int interval) {
    return plan().stationary() ? "" : clock((interval + 1) * plan().intervalSeconds());
  }

  /** Hours a stationary plan's head count works: the measured window. */
  public double stationaryHours() {
    return (scenario.horizonSeconds() - scenario.warmupSeconds()) / 3600;
  }

  public double agentHours() {
    return plan().agentHours(stationaryHours());
  }

  public double agentHours(int group) {
    return plan().agentHours(group, stationaryHours());
  }

  public double cost() {
    return plan().cost(costPerHour, stationaryHours());
  }

  public int total(int interval) {
    int sum = 0;
    for (int g = 0; g < plan().groups().size(); g++) {
      sum += plan().agents(interval, g);
    }
    return sum;
  }
}
