package io.ccsim.model;

import java.util.List;
import java.util.Map;

/**
 * A group of identical agents who serve the channels in {@code skills}.
 *
 * @param proficiency per skill, a factor on handle time (0.8: 20% faster); a skill not listed is 1.0
 * @param capacity how many items an agent holds at once and how concurrency slows work
 * @param shifts when agents work; empty: {@code count} agents logged in all the time. With shifts,
 *     {@code count} is the sum of the shifts' counts
 * @param shrinkage the probability that a scheduled agent is absent for a day (0 to 1)
 */
public record AgentGroup(
    String name,
    int count,
    List<String> skills,
    Map<String, Double> proficiency,
    AgentCapacity capacity,
    List<Shift> shifts,
    double shrinkage) {
  /** Agents who serve one contact at a time at standard speed, logged in all the time. */
  public AgentGroup(String name, int count, List<String> skills) {
    this(name, count, skills, Map.of(), AgentCapacity.SINGLE);
  }

  /** Agents logged in all the time. */
  public AgentGroup(String name, int count, List<String> skills, Map<String, Double> proficiency,
      AgentCapacity capacity) {
    this(name, count, skills, proficiency, capacity, List.of(), 0);
  }

  /** Agents who work {@code staffing} every day: its shifts by layers (see {@link StaffingCurve#shifts()}). */
  public static AgentGroup staffed(String name, List<String> skills, Map<String, Double> proficiency,
      AgentCapacity capacity, StaffingCurve staffing, double shrinkage) {
    List<Shift> shifts = staffing.shifts();
    return new AgentGroup(name, shifts.stream().mapToInt(Shift::count).sum(), skills, proficiency, capacity, shifts,
        shrinkage);
  }

  public AgentGroup {
    Names.check("group", name);
    if (count < 1) {
      throw new IllegalArgumentException("group " + name + ": count must be >= 1, got " + count);
    }
    if (skills == null || skills.isEmpty()) {
      throw new IllegalArgumentException("group " + name + ": skills must name at least one channel");
    }
    skills = List.copyOf(skills);
    proficiency = Map.copyOf(proficiency);
    proficiency.forEach((skill, factor) -> {
      if (!(factor > 0) || Double.isInfinite(factor)) {
        throw new IllegalArgumentException(
            "group " + name + ": proficiency of " + skill + " must be a positive factor, got " + factor);
      }
    });
    if (capacity == null) {
      throw new IllegalArgumentException("group " + name + ": capacity is required");
    }
    shifts = List.copyOf(shifts);
    if (!shifts.isEmpty() && shifts.stream().mapToInt(Shift::count).sum() != count) {
      throw new IllegalArgumentException("group " + name + ": count must equal the sum of its shifts' counts");
    }
    if (!(shrinkage >= 0 && shrinkage < 1)) {
      throw new IllegalArgumentException("group " + name + ": shrinkage must be in [0, 1), got " + shrinkage);
    }
  }

  /** The factor on handle time for {@code channel}. */
  public double proficiencyOf(String channel) {
    return proficiency.getOrDefault(channel, 1.0);
  }
}
