package io.ccsim.model;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Set;

/**
 * A complete, validated scenario: what the engine simulates. Built by the {@code config} module from a
 * file, or directly in code (tests, benchmarks).
 *
 * <p>With {@code intervalSeconds} > 0, every KPI is also reported per interval of that length from
 * time 0, attributed to the interval in which the contact arrived.
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
    List<AgentGroup> groups,
    Routing routing,
    Journeys journeys,
    double intervalSeconds) {
  /** A scenario with the default routing and no journeys. */
  public Scenario(String name, long seed, int replications, double warmupSeconds, double horizonSeconds,
      List<Channel> channels, List<ArrivalStream> arrivals, List<AgentGroup> groups) {
    this(name, seed, replications, warmupSeconds, horizonSeconds, channels, arrivals, groups, Routing.DEFAULT,
        Journeys.NONE);
  }

  /** A scenario without interval reports. */
  public Scenario(String name, long seed, int replications, double warmupSeconds, double horizonSeconds,
      List<Channel> channels, List<ArrivalStream> arrivals, List<AgentGroup> groups, Routing routing,
      Journeys journeys) {
    this(name, seed, replications, warmupSeconds, horizonSeconds, channels, arrivals, groups, routing, journeys, 0);
  }

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
    if (!(intervalSeconds >= 0) || Double.isInfinite(intervalSeconds)) {
      throw new IllegalArgumentException("reporting interval must be >= 0 seconds (0: none), got " + intervalSeconds);
    }
    if (intervalSeconds > 0 && horizonSeconds / intervalSeconds > 100_000) {
      throw new IllegalArgumentException("the horizon holds more than 100000 reporting intervals; use a longer interval");
    }
    if (routing == null || journeys == null) {
      throw new IllegalArgumentException("routing and journeys are required (use Routing.DEFAULT, Journeys.NONE)");
    }
    checkReferences(channels, arrivals, groups);
    checkRoutingAndJourneys(channels, groups, routing, journeys);
  }

  private static void checkRoutingAndJourneys(
      List<Channel> channels, List<AgentGroup> groups, Routing routing, Journeys journeys) {
    Map<String, Channel> byName = new HashMap<>();
    channels.forEach(c -> byName.put(c.name(), c));
    Set<String> groupNames = new HashSet<>();
    groups.forEach(g -> groupNames.add(g.name()));
    for (Channel c : channels) {
      for (String live : c.interruptibleBy()) {
        Channel interrupter = byName.get(live);
        if (interrupter == null || interrupter.kind() != ChannelKind.LIVE) {
          throw new IllegalArgumentException("channel " + c.name() + " may be interrupted by '" + live
              + "', which is not a live channel");
        }
      }
    }
    for (Reservation r : routing.reservations()) {
      if (!byName.containsKey(r.channel())) {
        throw new IllegalArgumentException("reservation names channel '" + r.channel() + "' which is not defined");
      }
    }
    for (Overflow o : routing.overflows()) {
      if (!byName.containsKey(o.channel())) {
        throw new IllegalArgumentException("overflow names channel '" + o.channel() + "' which is not defined");
      }
      if (!groupNames.contains(o.group())) {
        throw new IllegalArgumentException("overflow names group '" + o.group() + "' which is not defined");
      }
    }
    for (FollowUp f : journeys.followUps()) {
      for (String channel : List.of(f.from(), f.to())) {
        if (!byName.containsKey(channel)) {
          throw new IllegalArgumentException("follow-up names channel '" + channel + "' which is not defined");
        }
      }
      if (f.on() == FollowUp.Outcome.UNANSWERED && byName.get(f.from()).kind() != ChannelKind.DEFERRED) {
        throw new IllegalArgumentException(
            "an 'unanswered' follow-up needs a deferred channel, but " + f.from() + " is live");
      }
    }
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
    Set<String> withArrivals = new HashSet<>();
    for (ArrivalStream a : arrivals) {
      if (!channelNames.contains(a.channel())) {
        throw new IllegalArgumentException("arrivals name channel '" + a.channel() + "' which is not defined");
      }
      // Each channel's arrivals draw from one random stream named after it, so two entries would repeat
      // the same arrivals rather than add up: combine them (a profile, bursts) instead.
      if (!withArrivals.add(a.channel())) {
        throw new IllegalArgumentException("channel " + a.channel() + " has more than one arrivals entry; "
            + "give one entry per channel (use a profile or bursts for varying rates)");
      }
      if (a.initialBacklog() > 0) {
        for (Channel c : channels) {
          if (c.name().equals(a.channel()) && c.kind() != ChannelKind.DEFERRED) {
            throw new IllegalArgumentException("channel " + a.channel()
                + " is live, so it cannot start with a backlog; initialBacklog is for deferred channels");
          }
        }
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
    return new Scenario(name, newSeed, newReplications, warmupSeconds, horizonSeconds, channels, arrivals, groups,
        routing, journeys, intervalSeconds);
  }
}
