package io.ccsim.center;

import io.ccsim.model.AgentGroup;
import io.ccsim.model.Channel;
import io.ccsim.model.Overflow;
import io.ccsim.model.Reservation;
import io.ccsim.model.RoutingMode;
import io.ccsim.model.Scenario;
import io.ccsim.random.RandomStreams;
import io.ccsim.stats.IntervalTally;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Who serves what in one replication, built once from the scenario: channel and group states, skills,
 * overflow, reservations, which channels interrupt which, and interval tallies.
 */
final class Topology {
  final ChannelState[] channels;
  final GroupState[] groups;
  /** skilled[g][c]: whether group g serves channel c without overflow. */
  final boolean[][] skilled;
  /** Reporting interval length, and how many intervals cover the horizon (0: no interval reports). */
  final double intervalSeconds;
  final int intervalCount;

  Topology(Scenario scenario, RandomStreams streams) {
    List<Channel> channelSpecs = scenario.channels();
    List<AgentGroup> groupSpecs = scenario.groups();
    channels = new ChannelState[channelSpecs.size()];
    for (int c = 0; c < channels.length; c++) {
      channels[c] = new ChannelState(c, channelSpecs.get(c), groupsServing(scenario, channelSpecs.get(c).name()),
          streams);
    }
    configureInterruptions(scenario);
    int[][] served = new int[groupSpecs.size()][];
    for (int g = 0; g < served.length; g++) {
      served[g] = channelsOf(scenario, groupSpecs.get(g));
    }
    for (Overflow overflow : scenario.routing().overflows()) {
      ChannelState channel = channels[scenario.channelIndex(overflow.channel())];
      int g = groupIndex(groupSpecs, overflow.group());
      channel.overflowAfterSeconds = Math.min(channel.overflowAfterSeconds, overflow.afterSeconds());
      channel.overflowGroupIndexes = append(channel.overflowGroupIndexes, g);
      channel.allGroupIndexes = append(channel.allGroupIndexes, g);
      served[g] = append(served[g], channel.index);
    }
    boolean siloed = scenario.routing().mode() == RoutingMode.SILOED;
    groups = new GroupState[groupSpecs.size()];
    skilled = new boolean[groups.length][channels.length];
    for (int g = 0; g < groups.length; g++) {
      AgentGroup spec = groupSpecs.get(g);
      groups[g] = new GroupState(g, spec, channelsOf(scenario, spec), served[g], channelSpecs, siloed,
          scenario.warmupSeconds(), scenario.horizonSeconds());
      for (int c : groups[g].channelIndexes) {
        skilled[g][c] = true;
      }
    }
    for (Reservation reservation : scenario.routing().reservations()) {
      ChannelState channel = channels[scenario.channelIndex(reservation.channel())];
      channel.reservedIdleAgents = reservation.minIdleAgents();
      for (int g : channel.groupIndexes) {
        ChannelState[] reserved = Arrays.copyOf(groups[g].reservedChannels, groups[g].reservedChannels.length + 1);
        reserved[reserved.length - 1] = channel;
        groups[g].reservedChannels = reserved;
        channel.idleAgents += groups[g].idle.size();
      }
    }
    double interval = scenario.intervalSeconds();
    intervalSeconds = interval > 0 ? interval : 0;
    intervalCount = interval > 0 ? (int) Math.ceil(scenario.horizonSeconds() / interval) : 0;
    if (intervalCount > 0) {
      for (ChannelState channel : channels) {
        channel.intervals =
            new IntervalTally(channel.spec.serviceLevel().thresholdSeconds(), intervalSeconds, intervalCount);
      }
      for (GroupState group : groups) {
        group.tally.reportIntervals(intervalSeconds, intervalCount);
      }
    }
  }

  /** The reporting interval a contact arriving at {@code nowSeconds} counts in, or -1 when none. */
  int intervalOf(double nowSeconds) {
    return intervalCount > 0 && nowSeconds < intervalCount * intervalSeconds ? (int) (nowSeconds / intervalSeconds) : -1;
  }

  private void configureInterruptions(Scenario scenario) {
    for (ChannelState channel : channels) {
      channel.interruptibleBy = new boolean[channels.length];
      for (String live : channel.spec.interruptibleBy()) {
        int l = scenario.channelIndex(live);
        channel.interruptibleBy[l] = true;
        channels[l].interrupts = true;
      }
    }
  }

  private static int[] append(int[] values, int value) {
    for (int v : values) {
      if (v == value) {
        return values;
      }
    }
    int[] grown = Arrays.copyOf(values, values.length + 1);
    grown[values.length] = value;
    return grown;
  }

  private static int groupIndex(List<AgentGroup> groups, String name) {
    for (int g = 0; g < groups.size(); g++) {
      if (groups.get(g).name().equals(name)) {
        return g;
      }
    }
    throw new IllegalArgumentException("no group named " + name);
  }

  private static int[] groupsServing(Scenario scenario, String channelName) {
    List<AgentGroup> specs = scenario.groups();
    return IntStream.range(0, specs.size()).filter(g -> specs.get(g).skills().contains(channelName)).toArray();
  }

  private static int[] channelsOf(Scenario scenario, AgentGroup group) {
    return group.skills().stream().mapToInt(scenario::channelIndex).sorted().toArray();
  }
}
