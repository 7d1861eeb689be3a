package io.ccsim.singleskill;

import io.ccsim.model.AgentCapacity;
import io.ccsim.model.AgentGroup;
import io.ccsim.model.Channel;
import io.ccsim.model.Scenario;
import io.ccsim.routing.LongestIdle;
import io.ccsim.routing.PriorityFifo;
import io.ccsim.routing.RoutingRegistry;

/**
 * Which scenarios the {@link SingleSkillKernel} runs exactly as the general engine would. For each of
 * these the general engine's rules reduce to the kernel's: with one group per channel and one contact
 * per agent, longest-idle routing gives the contact to some idle agent of that group (agents are alike,
 * so which one changes no figure) and a freed agent takes the head of its channel's queue.
 */
public final class Eligibility {
  private Eligibility() {}

  /** Why the kernel cannot run {@code scenario}, or null when it can. */
  public static String whyNot(Scenario scenario) {
    if (scenario.journeys().active()) {
      return "it has customer journeys";
    }
    if (scenario.intervalSeconds() > 0) {
      return "it reports intervals";
    }
    if (!scenario.routing().reservations().isEmpty() || !scenario.routing().overflows().isEmpty()) {
      return "it has reservations or overflow";
    }
    // By class, not name: a user may have registered another policy under a built-in name.
    if (RoutingRegistry.agentSelection(scenario.routing().agentSelection()).getClass() != LongestIdle.class
        || RoutingRegistry.contactSelection(scenario.routing().contactSelection()).getClass()
            != PriorityFifo.class) {
      return "its routing policies are not longest-idle and priority-fifo";
    }
    for (AgentGroup group : scenario.groups()) {
      String reason = groupReason(group);
      if (reason != null) {
        return "group " + group.name() + " " + reason;
      }
    }
    for (Channel channel : scenario.channels()) {
      if (servingGroup(scenario, channel.name()) < 0) {
        return "channel " + channel.name() + " is served by more than one group";
      }
      if (channel.businessHours() != null || !channel.interruptibleBy().isEmpty()) {
        return "channel " + channel.name() + " has business hours or interruptions";
      }
      if (channel.hasVru()) {
        return "channel " + channel.name() + " has a VRU stage";
      }
      if (channel.handleTimeFactors() != null || channel.patienceFactors() != null) {
        return "channel " + channel.name() + " has handle time or patience by time of day";
      }
    }
    return null;
  }

  private static String groupReason(AgentGroup group) {
    if (group.skills().size() != 1) {
      return "serves several channels";
    }
    if (!group.shifts().isEmpty() || group.shrinkage() > 0) {
      return "has shifts or shrinkage";
    }
    AgentCapacity capacity = group.capacity();
    String skill = group.skills().get(0);
    if (capacity.maxOf(skill) != 1 || capacity.units() != 0 || capacity.slowdown().containsKey(skill)) {
      return "takes more than one contact at a time or has effort rules";
    }
    return null;
  }

  /** The index of the only group skilled for {@code channel}, or -1 when there is not exactly one. */
  static int servingGroup(Scenario scenario, String channel) {
    int found = -1;
    for (int g = 0; g < scenario.groups().size(); g++) {
      if (scenario.groups().get(g).skills().contains(channel)) {
        if (found >= 0) {
          return -1;
        }
        found = g;
      }
    }
    return found;
  }
}
