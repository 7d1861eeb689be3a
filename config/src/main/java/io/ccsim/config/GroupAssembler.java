package io.ccsim.config;

import io.ccsim.model.AgentCapacity;
import io.ccsim.model.AgentGroup;
import io.ccsim.model.Shift;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks the entries under {@code agents}, including that every skill names a channel, and builds the
 * groups; their {@code proficiency} and {@code capacity} are checked by {@link CapacityAssembler}, their
 * {@code shifts}, {@code shrinkage} and (with shifts) {@code count} by {@link ScheduleAssembler}.
 */
final class GroupAssembler {
  private final ScenarioSource source;
  private final Set<String> channelNames;

  GroupAssembler(ScenarioSource source, Set<String> channelNames) {
    this.source = source;
    this.channelNames = channelNames;
  }

  List<AgentGroup> assemble(List<AgentGroupSpec> specs) {
    String allowedList = "a list of {group: NAME, count: N, skills: [CHANNEL, ...]} entries";
    source.required(specs, "agents", allowedList);
    if (specs.isEmpty()) {
      throw source.error("agents", "needs at least one agent group", allowedList);
    }
    Map<String, String> firstPathByName = new HashMap<>();
    List<AgentGroup> groups = new ArrayList<>();
    for (int i = 0; i < specs.size(); i++) {
      String path = Paths.index("agents", i);
      AgentGroupSpec spec = source.required(specs.get(i), path,
          "a mapping such as {group: phone-team, count: 14, skills: [phone]}");
      String namePath = Paths.field(path, "group");
      String name = source.name("group",
          source.required(spec.group(), namePath, "a group name such as phone-team"), namePath, false);
      String first = firstPathByName.putIfAbsent(name, namePath);
      if (first != null) {
        throw source.error(namePath, "group '" + name + "' is already defined at " + first, "a unique group name");
      }
      String countPath = Paths.field(path, "count");
      if (spec.shifts() == null && spec.staffing() == null) {
        source.between(source.required(spec.count(), countPath, "a whole number >= 1, or shifts"), 1,
            Limits.MAX_AGENTS, countPath, "a whole number >= 1 such as 14", "agents per group");
      }
      List<String> skills = skills(spec.skills(), Paths.field(path, "skills"));
      CapacityAssembler capacityAssembler = new CapacityAssembler(source, name, skills);
      Map<String, Double> proficiency = capacityAssembler.proficiency(spec.proficiency(),
          Paths.field(path, "proficiency"));
      AgentCapacity capacity = capacityAssembler.capacity(spec.capacity(), Paths.field(path, "capacity"));
      ScheduleAssembler schedule = new ScheduleAssembler(source);
      String shiftsPath = Paths.field(path, "shifts");
      List<Shift> shifts = spec.staffing() == null ? schedule.shifts(spec.shifts(), shiftsPath)
          : new StaffingAssembler(source).shifts(spec.staffing(), Paths.field(path, "staffing"), spec.shifts() != null);
      if (spec.staffing() != null) {
        shiftsPath = Paths.field(path, "staffing");
      }
      int count = schedule.count(spec.count(), countPath, shifts, shiftsPath);
      double shrinkage = schedule.shrinkage(spec.shrinkage(), Paths.field(path, "shrinkage"), shifts);
      double elasticity = staffingElasticity(spec.staffingElasticity(), Paths.field(path, "staffingElasticity"),
          shifts);
      groups.add(source.construct(path,
          () -> new AgentGroup(name, count, skills, proficiency, capacity, shifts, shrinkage, elasticity)));
    }
    return groups;
  }

  /** A staffing elasticity in [0, 2]; 0 when absent. Like shrinkage, it needs shifts or a staffing. */
  private double staffingElasticity(Double spec, String path, List<Shift> shifts) {
    if (spec == null) {
      return 0;
    }
    String allowed = "a number from 0 to 2 such as 0.4 (1: staffing in proportion to the day's busyness)";
    if (!(spec >= 0 && spec <= 2)) {
      throw source.error(path, "'" + source.text(path, spec) + "' is outside [0, 2]", allowed);
    }
    if (spec > 0 && shifts.isEmpty()) {
      throw source.keyError(path, "staffingElasticity applies to scheduled agents, and this group has no shifts "
          + "or staffing", "omit staffingElasticity, or give shifts or a staffing");
    }
    return spec;
  }

  private List<String> skills(List<String> skills, String path) {
    String channels = String.join(", ", channelNames);
    source.required(skills, path, "a list of channel names such as [" + channels + "]");
    if (skills.isEmpty()) {
      throw source.error(path, "needs at least one channel", "a list of channel names such as [" + channels + "]");
    }
    for (int j = 0; j < skills.size(); j++) {
      String skillPath = Paths.index(path, j);
      String skill = source.required(skills.get(j), skillPath, channels);
      if (!channelNames.contains(skill)) {
        throw source.error(skillPath,
            "no channel is named '" + skill + "'" + Keys.suggestion(skill, channelNames), channels);
      }
      if (skills.indexOf(skill) < j) {
        throw source.error(skillPath, "skill '" + skill + "' is listed twice", "each channel once");
      }
    }
    return skills;
  }
}
