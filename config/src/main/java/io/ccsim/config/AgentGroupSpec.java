package io.ccsim.config;

import java.util.List;
import java.util.Map;

/**
 * One entry under {@code agents} as written: a group of identical agents.
 *
 * @param count optional with {@code shifts}, where it is the sum of the shifts' counts
 * @param shrinkage the probability that a scheduled agent is absent for a day (shifts only)
 * @param shifts when the agents work; absent: logged in all the time
 * @param staffing instead of shifts: the agents logged in per interval of the day
 * @param staffingElasticity how a day's staffing follows the day's shared busyness factor (shifts only)
 */
record AgentGroupSpec(
    String group,
    Integer count,
    List<String> skills,
    Map<String, Double> proficiency,
    CapacitySpec capacity,
    Fraction shrinkage,
    List<Shift> shifts,
    Staffing staffing,
    Double staffingElasticity) {
  /** {@code count} agents from {@code start} to {@code end} ("HH:MM") every day, taking {@code breaks}. */
  record Shift(String start, String end, Integer count, List<Break> breaks) {}

  /** {@code agents[i]} agents from {@code start + i × interval} for one interval, every day. */
  record Staffing(String start, Duration interval, List<Integer> agents, List<List<Integer>> agentsByDay) {}

  /** A break of {@code duration}, starting {@code at} a fixed time or within {@code window} [earliest, latest]. */
  record Break(String at, List<String> window, Duration duration) {}
}
