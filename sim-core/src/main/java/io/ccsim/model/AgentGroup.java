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
 * @param staffingElasticity how a day's staffing follows its shared busyness factor f: each shift brings
 *     its count × f^elasticity agents that day (at most {@link #MAX_STAFFING_FACTOR} times its count,
 *     rounded at random to whole agents); 0: the same staffing every day. Shifts only
 */
public record AgentGroup(
    String name,
    int count,
    List<String> skills,
    Map<String, Double> proficiency,
    AgentCapacity capacity,
    List<Shift> shifts,
    double shrinkage,
    double staffingElasticity) {
  /** A shift brings at most this many times its count on the busiest day (its reserve agents). */
  public static final double MAX_STAFFING_FACTOR = 2;

  /** A group whose staffing is the same every day. */
  public AgentGroup(String name, int count, List<String> skills, Map<String, Double> proficiency,
      AgentCapacity capacity, List<Shift> shifts, double shrinkage) {
    this(name, count, skills, proficiency, capacity, shifts, shrinkage, 0);
  }

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
    if (!(staffingElasticity >= 0 && staffingElasticity <= 2)) {
      throw new IllegalArgumentException(
          "group " + name + ": staffingElasticity must be in [0, 2], got " + staffingElasticity);
    }
    if (staffingElasticity > 0 && shifts.isEmpty()) {
      throw new IllegalArgumentException("group " + name + ": staffingElasticity needs shifts");
    }
  }

  /** The agents a shift may bring beyond its count on a busy day (none without a staffing elasticity). */
  public int reserveOf(Shift shift) {
    return staffingElasticity > 0 ? (int) Math.ceil(shift.count() * (MAX_STAFFING_FACTOR - 1)) : 0;
  }

  /** The agents the engine keeps for the group: its count and every shift's reserve. */
  public int agentsWithReserve() {
    int reserve = 0;
    for (Shift shift : shifts) {
      reserve += reserveOf(shift);
    }
    return count + reserve;
  }

  /** The factor on handle time for {@code channel}. */
  public double proficiencyOf(String channel) {
    return proficiency.getOrDefault(channel, 1.0);
  }
}
