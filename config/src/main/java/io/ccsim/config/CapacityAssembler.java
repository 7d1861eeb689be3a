package io.ccsim.config;

import io.ccsim.model.AgentCapacity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks the per-channel settings of one agent group, {@code proficiency} and {@code capacity}, whose
 * keys must be skills of the group, and builds its {@link AgentCapacity}.
 */
final class CapacityAssembler {
  /** {@code wrapUpHolds} values: whether wrap-up holds the whole agent. */
  static final Map<String, Boolean> WRAP_UP_HOLDS = wrapUpHolds();

  private final ScenarioSource source;
  private final String group;
  private final List<String> skills;

  CapacityAssembler(ScenarioSource source, String group, List<String> skills) {
    this.source = source;
    this.group = group;
    this.skills = skills;
  }

  private static Map<String, Boolean> wrapUpHolds() {
    Map<String, Boolean> values = new LinkedHashMap<>();
    values.put("slot", false);
    values.put("agent", true);
    return values;
  }

  /** The group's {@code proficiency}: per skill, a positive factor on handle time. */
  Map<String, Double> proficiency(Map<String, Double> spec, String path) {
    Map<String, Double> proficiency = new LinkedHashMap<>();
    if (spec == null) {
      return proficiency;
    }
    String allowed = "a factor > 0 on handle time, such as 0.9 (10% faster) or 1.2 (20% slower)";
    spec.forEach((channel, factor) -> {
      String valuePath = skillKey(channel, path);
      proficiency.put(channel, source.boundedFactor(source.required(factor, valuePath, allowed), valuePath, allowed));
    });
    return proficiency;
  }

  /** The group's {@code capacity}; absent: one item at a time ({@link AgentCapacity#SINGLE}). */
  AgentCapacity capacity(CapacitySpec spec, String path) {
    if (spec == null) {
      return AgentCapacity.SINGLE;
    }
    Map<String, Integer> perChannel = new LinkedHashMap<>();
    if (spec.perChannel() != null) {
      spec.perChannel().forEach((channel, max) -> {
        String valuePath = skillKey(channel, Paths.field(path, "perChannel"));
        String allowed = "a whole number >= 1: the most " + channel + " items an agent holds at once";
        perChannel.put(channel, source.between(source.required(max, valuePath, allowed), 1, Limits.MAX_PER_CHANNEL,
            valuePath, allowed, channel + " items per agent"));
      });
    }
    String unitsPath = Paths.field(path, "units");
    int units = spec.units() == null ? 0 : source.between(spec.units(), 0, Limits.MAX_UNITS, unitsPath,
        "a whole number >= 0 such as 100 (0: units are not used)", "units");
    Map<String, Integer> unitCost = unitCost(spec.unitCost(), Paths.field(path, "unitCost"), units);
    boolean mixChannels = spec.mixChannels() != null && spec.mixChannels();
    Set<String> exclusive = exclusive(spec.exclusive(), Paths.field(path, "exclusive"));
    Map<String, List<Double>> slowdown = slowdown(spec.slowdown(), Paths.field(path, "slowdown"), perChannel);
    boolean wrapUpHoldsAgent = spec.wrapUpHolds() != null
        && source.choice("wrapUpHolds value", spec.wrapUpHolds(), WRAP_UP_HOLDS, Paths.field(path, "wrapUpHolds"));
    return source.construct(path, () -> new AgentCapacity(perChannel, units, unitCost, mixChannels, exclusive,
        slowdown, wrapUpHoldsAgent));
  }

  private Map<String, Integer> unitCost(Map<String, Integer> spec, String path, int units) {
    Map<String, Integer> unitCost = new LinkedHashMap<>();
    if (spec == null) {
      return unitCost;
    }
    String allowed = units > 0 ? "a whole number from 0 to units (" + units + ")" : "a whole number >= 0";
    spec.forEach((channel, cost) -> {
      String valuePath = skillKey(channel, path);
      source.atLeast(source.required(cost, valuePath, allowed), 0, valuePath, allowed);
      if (units > 0 && cost > units) {
        throw source.error(valuePath, "an item of " + channel + " costs " + source.text(valuePath, cost)
            + " units, more than the agent's capacity of " + units + " units, so it could never be served", allowed);
      }
      unitCost.put(channel, cost);
    });
    return unitCost;
  }

  private Set<String> exclusive(List<String> spec, String path) {
    Set<String> exclusive = new LinkedHashSet<>();
    if (spec == null) {
      return exclusive;
    }
    for (int i = 0; i < spec.size(); i++) {
      String itemPath = Paths.index(path, i);
      String channel = skill(source.required(spec.get(i), itemPath, String.join(", ", skills)), itemPath, false);
      if (!exclusive.add(channel)) {
        throw source.error(itemPath, "channel '" + channel + "' is listed twice", "each channel once");
      }
    }
    return exclusive;
  }

  private Map<String, List<Double>> slowdown(
      Map<String, List<Double>> spec, String path, Map<String, Integer> perChannel) {
    Map<String, List<Double>> slowdown = new LinkedHashMap<>();
    if (spec == null) {
      return slowdown;
    }
    spec.forEach((channel, factors) -> {
      String listPath = skillKey(channel, path);
      int max = perChannel.getOrDefault(channel, 1);
      String allowed = "1 to " + max + " factors >= 1.0, one per number of " + channel + " items held, such as "
          + "[1.0, 1.25, 1.6]";
      source.required(factors, listPath, allowed);
      if (factors.isEmpty()) {
        throw source.error(listPath, "the list is empty", allowed);
      }
      if (factors.size() > max) {
        throw source.error(listPath, factors.size() + " factors, but capacity.perChannel." + channel
            + " lets an agent hold at most " + max, allowed);
      }
      List<Double> checked = new ArrayList<>();
      for (int i = 0; i < factors.size(); i++) {
        String itemPath = Paths.index(listPath, i);
        double factor = source.required(factors.get(i), itemPath, allowed);
        if (!(factor >= 1.0)) {
          throw source.error(itemPath, "'" + source.text(itemPath, factor) + "' is not a factor >= 1.0",
              "a factor >= 1.0 such as 1.25 (25% slower while that many items are held)");
        }
        source.boundedFactor(factor, itemPath, "a factor >= 1.0");
        checked.add(factor);
      }
      slowdown.put(channel, checked);
    });
    return slowdown;
  }

  /** The path of the value under key {@code channel}, which must be a skill of the group (error at the key). */
  String skillKey(String channel, String mapPath) {
    String valuePath = Paths.field(mapPath, channel);
    skill(channel, valuePath, true);
    return valuePath;
  }

  private String skill(String channel, String path, boolean atKey) {
    if (skills.contains(channel)) {
      return channel;
    }
    String problem = "'" + channel + "' is not a skill of group '" + group + "'" + Keys.suggestion(channel, skills);
    String allowed = "a skill of group '" + group + "': " + String.join(", ", skills);
    throw atKey ? source.keyError(path, problem, allowed) : source.error(path, problem, allowed);
  }
}
