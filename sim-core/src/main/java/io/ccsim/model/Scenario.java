package io.ccsim.model;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A complete, validated scenario: what the engine simulates. Built by the {@code config} module from a
 * file, or directly in code (tests, benchmarks).
 *
 * <p>Contacts that arrive in [warmup, horizon) are counted; the run goes on past the horizon until each
 * of them has an outcome, so no counted contact is cut off. Time-weighted figures (occupancy) cover
 * [warmup, horizon).
 */
public record Scenario(
    String name,
    long seed,
    int replications,
    double warmupSeconds,
    double horizonSeconds,
    List<Channel> channels,
    List<ArrivalStream> arrivals,
    List<AgentGroup> groups) {
  public Scenario {
    if (replications < 1) {
      throw new IllegalArgumentException("replications must be >= 1, got " + replications);
    }
    if (!(warmupSeconds >= 0)) {
      throw new IllegalArgumentException("warmup must be >= 0 seconds, got " + warmupSeconds);
    }
    if (!(horizonSeconds > warmupSeconds) || Double.isInfinite(horizonSeconds)) {
      throw new IllegalArgumentException(
          "horizon must be finite and longer than warmup, got horizon " + horizonSeconds + " s, warmup "
              + warmupSeconds + " s");
    }
    channels = List.copyOf(channels);
    arrivals = List.copyOf(arrivals);
    groups = List.copyOf(groups);
    checkReferences(channels, arrivals, groups);
  }

  private static void checkReferences(
      List<Channel> channels, List<ArrivalStream> arrivals, List<AgentGroup> groups) {
    if (channels.isEmpty()) {
      throw new IllegalArgumentException("a scenario needs at least one channel");
    }
    Set<String> channelNames = new HashSet<>();
    for (Channel c : channels) {
      if (!channelNames.add(c.name())) {
        throw new IllegalArgumentException("channel " + c.name() + " is defined twice");
      }
    }
    Set<String> groupNames = new HashSet<>();
    Set<String> served = new HashSet<>();
    for (AgentGroup g : groups) {
      if (!groupNames.add(g.name())) {
        throw new IllegalArgumentException("group " + g.name() + " is defined twice");
      }
      for (String skill : g.skills()) {
        if (!channelNames.contains(skill)) {
          throw new IllegalArgumentException(
              "group " + g.name() + " has skill '" + skill + "' but no channel has that name");
        }
        served.add(skill);
      }
    }
    for (ArrivalStream a : arrivals) {
      if (!channelNames.contains(a.channel())) {
        throw new IllegalArgumentException("arrivals name channel '" + a.channel() + "' which is not defined");
      }
    }
    for (Channel c : channels) {
      if (!served.contains(c.name())) {
        throw new IllegalArgumentException("channel " + c.name() + " is served by no agent group");
      }
    }
  }

  /** The index of a channel by name, or -1. */
  public int channelIndex(String channelName) {
    for (int i = 0; i < channels.size(); i++) {
      if (channels.get(i).name().equals(channelName)) {
        return i;
      }
    }
    return -1;
  }

  /** A copy with another seed and replication count (the CLI's --seed and --replications). */
  public Scenario withRun(long newSeed, int newReplications) {
    return new Scenario(name, newSeed, newReplications, warmupSeconds, horizonSeconds, channels, arrivals, groups);
  }
}
