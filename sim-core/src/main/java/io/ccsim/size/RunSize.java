package io.ccsim.size;

import io.ccsim.model.AgentGroup;
import io.ccsim.model.ArrivalStream;
import io.ccsim.model.Burst;
import io.ccsim.model.Channel;
import io.ccsim.model.FollowUp;
import io.ccsim.model.Journeys;
import io.ccsim.model.Scenario;
import io.ccsim.model.Shift;
import io.ccsim.run.Engine;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A coarse, deliberately generous estimate of what one replication of a scenario holds at once (contacts
 * in service or waiting, agents) and of how many contacts it simulates, made before running so that a
 * scenario the heap cannot hold is refused with a reason instead of failing with OutOfMemoryError.
 *
 * <p>Per channel, contacts present at once are those in service (at most the agents' slots, and about
 * the offered load) plus those waiting: with patience about arrival rate × mean patience (Little's law
 * with every customer waiting to the end of its patience), without patience the initial backlog plus
 * what the arrivals bring beyond the agents' service rate over the whole horizon; a finite queue caps
 * the waiting. Follow-ups multiply every channel's rates (see {@link #followUpFactor}). The bytes per contact and per agent were measured with {@code -Xmx100m} on OpenJDK 17
 * (about 300 bytes per contact in the general engine, 180 in the single-skill kernel, 250 per agent in
 * the general engine) and are used here with a margin.
 */
public final class RunSize {
  /** Heap bytes per contact present at once in the general engine (measured ~300). */
  static final long GENERAL_BYTES_PER_CONTACT = 400;
  /** Heap bytes per contact present at once in the single-skill kernel (measured ~180). */
  static final long KERNEL_BYTES_PER_CONTACT = 240;
  /** Heap bytes per agent in the general engine (measured ~250); the kernel keeps a count per group. */
  static final long GENERAL_BYTES_PER_AGENT = 320;
  /** What a run needs besides contacts and agents: classes, tallies, the report. */
  static final long BASE_BYTES = 16L << 20;
  /** Contacts per first contact at most assumed for follow-ups (see {@link #followUpFactor}). */
  static final double MAX_FOLLOW_UP_FACTOR = 10;

  /** What is present at once on one channel, and what drives it. */
  public record ChannelLoad(String channel, double inService, double waiting, boolean fromBacklog, String reason) {
    public double present() {
      return inService + waiting;
    }
  }

  private final List<ChannelLoad> channels;
  private final long agents;
  private final double contactsPerReplication;
  private final int replications;

  private RunSize(List<ChannelLoad> channels, long agents, double contactsPerReplication, int replications) {
    this.channels = List.copyOf(channels);
    this.agents = agents;
    this.contactsPerReplication = contactsPerReplication;
    this.replications = replications;
  }

  /** Estimates {@code scenario}. */
  public static RunSize of(Scenario scenario) {
    double horizon = scenario.horizonSeconds();
    List<ChannelLoad> loads = new ArrayList<>();
    double contacts = 0;
    double followUps = followUpFactor(scenario.journeys());
    for (Channel channel : scenario.channels()) {
      double meanRate = 0;
      double peakRate = 0;
      long backlog = 0;
      for (ArrivalStream s : scenario.arrivals()) {
        if (!s.channel().equals(channel.name())) {
          continue;
        }
        double burst = 1;
        for (Burst b : s.bursts()) {
          burst *= Math.max(1, b.factor());
        }
        double busy = 1 + 4 * s.busyness().cv();
        double peak = 0;
        for (double r : s.profile().ratesPerSecond()) {
          peak = Math.max(peak, r);
        }
        meanRate += s.profile().meanRatePerSecond();
        peakRate += peak * burst * busy;
        backlog += s.initialBacklog();
      }
      // Follow-ups come back, mostly by phone: every channel is counted as if it received all of them.
      meanRate *= followUps;
      peakRate *= followUps;
      contacts += meanRate * horizon + backlog;
      double work = channel.handleTime().meanSeconds() + (channel.hasWrapUp() ? channel.wrapUp().meanSeconds() : 0);
      double slots = 0;
      double serviceRate = 0;
      for (AgentGroup g : scenario.groups()) {
        if (!g.skills().contains(channel.name())) {
          continue;
        }
        double groupSlots = (double) g.count() * g.capacity().maxOf(channel.name());
        slots += groupSlots;
        serviceRate += groupSlots * loggedInShare(g) / Math.max(work * g.proficiencyOf(channel.name()), 1e-9);
      }
      double inService = Math.min(slots, 2 * peakRate * work + backlog + 10);
      double waiting;
      String reason;
      if (channel.hasPatience()) {
        waiting = peakRate * channel.patience().meanSeconds() * 2 + 10;
        reason = "rate × patience";
      } else {
        double growth = Math.max(0, meanRate - serviceRate) * horizon;
        waiting = backlog + growth + 10;
        reason = growth >= backlog ? "no patience, arrivals outpace agents" : "initial backlog";
      }
      boolean fromBacklog = !channel.hasPatience() && backlog >= waiting - backlog;
      if (channel.queueCapacity() != Channel.UNLIMITED_QUEUE) {
        waiting = Math.min(waiting, channel.queueCapacity());
      }
      // Customers between a contact and their follow-up are held too (their issue and return event).
      waiting += 2 * peakRate * pendingFollowUpSeconds(scenario.journeys(), channel.name());
      loads.add(new ChannelLoad(channel.name(), inService, waiting, fromBacklog, reason));
    }
    long agents = 0;
    for (AgentGroup g : scenario.groups()) {
      agents += g.count();
    }
    return new RunSize(loads, agents, contacts, scenario.replications());
  }

  /**
   * Contacts per first contact once follow-ups come back, generously: a contact leads to at most the
   * chases of its unanswered rules plus the larger of its abandoned, blocked and unresolved rules (those
   * outcomes exclude each other; unresolved weighted by the chance a handled contact is not resolved),
   * and a follow-up can lead to more, so the largest such share q over channels gives 1 / (1 - q),
   * capped at {@link #MAX_FOLLOW_UP_FACTOR} where q nears 1.
   */
  static double followUpFactor(Journeys journeys) {
    Map<String, double[]> byChannel = new HashMap<>();
    for (FollowUp f : journeys.followUps()) {
      byChannel.computeIfAbsent(f.from(), k -> new double[FollowUp.Outcome.values().length])[f.on().ordinal()]
          += f.probability();
    }
    double q = 0;
    for (Map.Entry<String, double[]> e : byChannel.entrySet()) {
      double[] p = e.getValue();
      double unresolved = 1 - Math.min(journeys.resolutionOf(e.getKey(), false), journeys.resolutionOf(e.getKey(), true));
      double exclusive = Math.max(Math.max(p[FollowUp.Outcome.ABANDONED.ordinal()], p[FollowUp.Outcome.BLOCKED.ordinal()]),
          p[FollowUp.Outcome.UNRESOLVED.ordinal()] * unresolved);
      q = Math.max(q, p[FollowUp.Outcome.UNANSWERED.ordinal()] + exclusive);
    }
    return q >= 1 - 1 / MAX_FOLLOW_UP_FACTOR ? MAX_FOLLOW_UP_FACTOR : 1 / (1 - q);
  }

  /** Per contact of {@code channel}, the expected seconds a follow-up of it is pending before it arrives. */
  private static double pendingFollowUpSeconds(Journeys journeys, String channel) {
    double seconds = 0;
    for (FollowUp f : journeys.followUps()) {
      if (f.from().equals(channel) && f.delay() != null) {
        seconds += f.probability() * f.delay().meanSeconds();
      }
    }
    return seconds;
  }

  private static double loggedInShare(AgentGroup g) {
    if (g.shifts().isEmpty()) {
      return 1;
    }
    double agentSeconds = 0;
    for (Shift s : g.shifts()) {
      // A shift of a staffing given day by day is worked one day in its cycle.
      agentSeconds += s.count() * (s.endSeconds() - s.startSeconds()) / s.cycleDays();
    }
    return Math.min(1, agentSeconds / 86_400 / Math.max(1, g.count())) * (1 - g.shrinkage());
  }

  /** The contacts present at once, summed over channels. */
  public double contactsAtOnce() {
    double sum = 0;
    for (ChannelLoad c : channels) {
      sum += c.present();
    }
    return sum;
  }

  /** The channel with the most contacts present at once. */
  public ChannelLoad busiestChannel() {
    ChannelLoad most = channels.get(0);
    for (ChannelLoad c : channels) {
      if (c.present() > most.present()) {
        most = c;
      }
    }
    return most;
  }

  /** Every channel's load, in the scenario's order. */
  public List<ChannelLoad> channels() {
    return channels;
  }

  /** Agents over all groups. */
  public long agents() {
    return agents;
  }

  /** The expected number of arriving contacts of one replication (arrivals over the horizon and backlogs). */
  public double contactsPerReplication() {
    return contactsPerReplication;
  }

  /** The expected contacts of the whole run: per replication times replications. */
  public double contactsPerRun() {
    return contactsPerReplication * replications;
  }

  /** Heap bytes one replication needs on {@code engine} (GENERAL or SINGLE_SKILL). */
  public double bytesPerReplication(Engine engine) {
    return contactBytes(engine) + agentBytes(engine);
  }

  /** Heap bytes for the contacts present at once. */
  public double contactBytes(Engine engine) {
    return contactsAtOnce() * (engine == Engine.SINGLE_SKILL ? KERNEL_BYTES_PER_CONTACT : GENERAL_BYTES_PER_CONTACT);
  }

  /** Heap bytes for the agents: only the general engine keeps one object per agent. */
  public double agentBytes(Engine engine) {
    return engine == Engine.SINGLE_SKILL ? 0 : (double) agents * GENERAL_BYTES_PER_AGENT;
  }

  /** Whether one replication on {@code engine} fits in a heap of {@code heapBytes}. */
  public boolean fits(Engine engine, long heapBytes) {
    return BASE_BYTES + bytesPerReplication(engine) <= 0.9 * heapBytes;
  }

  /**
   * How many replications may run at once on {@code engine} in {@code heapBytes}, at most {@code threads}
   * and at least 1 (results do not depend on the thread count).
   */
  public int threadsThatFit(Engine engine, long heapBytes, int threads) {
    double each = Math.max(1, bytesPerReplication(engine));
    double room = 0.9 * heapBytes - BASE_BYTES;
    return (int) Math.max(1, Math.min(threads, Math.floor(room / each)));
  }

  /** Bytes as a short text in binary units: 512 MiB, 6.4 GiB, 120 GiB. */
  public static String bytes(double bytes) {
    double gib = bytes / (1L << 30);
    if (gib >= 10) {
      return String.format(java.util.Locale.ROOT, "%.0f GiB", gib);
    }
    if (gib >= 1) {
      return String.format(java.util.Locale.ROOT, "%.1f GiB", gib);
    }
    return String.format(java.util.Locale.ROOT, "%.0f MiB", Math.ceil(bytes / (1L << 20)));
  }

  /** A wall time as a rough text: 40s, 12m, 15h, 3d. */
  public static String roughDuration(double seconds) {
    if (seconds >= 2 * 86_400) {
      return Math.round(seconds / 86_400) + "d";
    }
    if (seconds >= 2 * 3600) {
      return Math.round(seconds / 3600) + "h";
    }
    if (seconds >= 120) {
      return Math.round(seconds / 60) + "m";
    }
    return Math.round(seconds) + "s";
  }

  /** A count as a short text: 1200, 3.6e+10. */
  public static String count(double n) {
    return n < 1e7 ? String.format(java.util.Locale.ROOT, "%.0f", n) : String.format(java.util.Locale.ROOT, "%.2g", n);
  }
}
