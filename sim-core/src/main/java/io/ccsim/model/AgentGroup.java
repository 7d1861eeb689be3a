package io.ccsim.model;

import java.util.List;

/** A group of identical agents who serve the channels in {@code skills}, one contact at a time. */
public record AgentGroup(String name, int count, List<String> skills) {
  public AgentGroup {
    Names.check("group", name);
    if (count < 1) {
      throw new IllegalArgumentException("group " + name + ": count must be >= 1, got " + count);
    }
    if (skills == null || skills.isEmpty()) {
      throw new IllegalArgumentException("group " + name + ": skills must name at least one channel");
    }
    skills = List.copyOf(skills);
  }
}
