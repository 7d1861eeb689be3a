package io.ccsim.staffing;

import io.ccsim.analytic.ErlangA;
import io.ccsim.analytic.ErlangC;
import io.ccsim.analytic.QueueLimits;
import io.ccsim.analytic.Traffic;
import io.ccsim.model.AgentCapacity;
import io.ccsim.model.AgentGroup;
import io.ccsim.model.Channel;
import io.ccsim.model.ChannelKind;
import io.ccsim.model.Scenario;
import io.ccsim.model.ServiceLevelGoal;
import java.util.List;
import java.util.Map;

/**
 * The analytic starting point of the staffing search, interval by interval as if each were a steady state.
 *
 * <p>Each channel is given to the cheapest group skilled for it. A live channel needs the fewest agents m
 * whose m·k servers (k: the items of the channel an agent may hold at once, by its per-channel maximum and
 * its capacity units) meet the service-level target, each server working at the speed the slowdown at k
 * items and the proficiency allow: Erlang A when customers abandon (exponential patience with the
 * channel's mean), Erlang C otherwise. A deferred channel needs its workload (the day's arrivals and
 * backlog) spread evenly over its open intervals. A group that serves several channels pools them by
 * square-root staffing: the loads add up and the safety margin is that of the channel that needs the
 * widest (β = (m − a)/√a), so a blended team needs fewer agents than separate teams. Counts are raised
 * by the group's shrinkage and kept within {@code maxAgents}.
 */
public final class FirstGuess {
  private final StaffingPlan plan;
  private final double[] erlangAgents;
  private final double[] offeredLoad;

  private FirstGuess(StaffingPlan plan, double[] erlangAgents, double[] offeredLoad) {
    this.plan = plan;
    this.erlangAgents = erlangAgents;
    this.offeredLoad = offeredLoad;
  }

  /** The first guess for {@code demand}, with group costs and caps (groups not listed: cost 1, no cap). */
  public static FirstGuess of(Demand demand, Map<String, Double> costPerHour, Map<String, Integer> maxAgents) {
    Scenario scenario = demand.scenario();
    List<AgentGroup> groups = scenario.groups();
    int channels = scenario.channels().size();
    int[] owner = new int[channels];
    for (int c = 0; c < channels; c++) {
      owner[c] = cheapestServing(scenario, c, costPerHour);
    }
    double[] deferredAgents = deferredAgentsPerOpenInterval(demand, owner);
    int intervals = demand.intervals();
    int[][] agents = new int[intervals][groups.size()];
    double[] erlang = new double[intervals];
    double[] offered = new double[intervals];
    for (int i = 0; i < intervals; i++) {
      double[] load = new double[groups.size()];
      double[] liveLoad = new double[groups.size()];
      double[] beta = new double[groups.size()];
      double[] separate = new double[groups.size()];
      for (int c = 0; c < channels; c++) {
        offered[i] += demand.loadErlangs(i, c);
        if (!demand.open(i, c) && scenario.channels().get(c).kind() == ChannelKind.LIVE) {
          continue;
        }
        int g = owner[c];
        AgentGroup group = groups.get(g);
        Channel channel = scenario.channels().get(c);
        if (channel.kind() == ChannelKind.DEFERRED) {
          double a = demand.open(i, c) ? deferredAgents[c] : 0;
          load[g] += a;
          separate[g] += a;
          erlang[i] += Math.ceil(a);
          continue;
        }
        int slots = slots(group.capacity(), channel.name());
        double work = demand.workSeconds(c) * group.capacity().slowdownOf(channel.name(), slots)
            * group.proficiencyOf(channel.name());
        double rate = demand.ratePerSecond(i, c);
        if (rate <= 0) {
          continue;
        }
        int m = liveAgents(channel, new Traffic(rate, work), slots);
        double a = rate * work / slots;
        load[g] += a;
        liveLoad[g] += a;
        separate[g] += m;
        beta[g] = Math.max(beta[g], (m - a) / Math.sqrt(a));
        erlang[i] += m;
      }
      for (int g = 0; g < groups.size(); g++) {
        double pooled = Math.min(separate[g], load[g] + beta[g] * Math.sqrt(liveLoad[g]));
        int n = (int) Math.ceil(Math.ceil(pooled - 1e-9) / (1 - groups.get(g).shrinkage()) - 1e-9);
        agents[i][g] = Math.min(n, maxAgents.getOrDefault(groups.get(g).name(), Integer.MAX_VALUE));
      }
    }
    // Every group keeps at least one agent, so that the staffed scenario still has it.
    for (int g = 0; g < groups.size(); g++) {
      int total = 0;
      for (int[] row : agents) {
        total += row[g];
      }
      if (total == 0) {
        agents[busiestInterval(demand, groups.get(g))][g] = 1;
      }
    }
    List<String> names = groups.stream().map(AgentGroup::name).toList();
    return new FirstGuess(new StaffingPlan(demand.intervalSeconds(), names, agents), erlang, offered);
  }

  /** The items of {@code channel} an agent may hold at once: its per-channel maximum within its units. */
  static int slots(AgentCapacity capacity, String channel) {
    int slots = capacity.maxOf(channel);
    if (capacity.units() > 0 && capacity.costOf(channel) > 0) {
      slots = Math.min(slots, capacity.units() / capacity.costOf(channel));
    }
    return Math.max(1, slots);
  }

  /** The fewest agents whose {@code slots} servers each meet the channel's target (Erlang A or C). */
  static int liveAgents(Channel channel, Traffic traffic, int slots) {
    ServiceLevelGoal goal = channel.serviceLevel();
    int start = Math.max(1, (int) Math.floor(traffic.loadErlangs() / slots));
    for (int m = start; m < start + 10_000; m++) {
      int servers = m * slots;
      double sl;
      if (channel.patience() == null && channel.queueCapacity() == Channel.UNLIMITED_QUEUE) {
        sl = ErlangC.evaluate(traffic, servers, goal.thresholdSeconds()).serviceLevel();
      } else {
        double patience = channel.patience() == null ? QueueLimits.NO_ABANDONMENT : channel.patience().meanSeconds();
        int capacity = channel.queueCapacity() == Channel.UNLIMITED_QUEUE ? QueueLimits.UNLIMITED_QUEUE
            : channel.queueCapacity();
        sl = ErlangA.evaluate(traffic, servers, new QueueLimits(patience, capacity), goal.thresholdSeconds())
            .serviceLevel(goal.definition());
      }
      if (sl >= goal.target()) {
        return m;
      }
    }
    throw new IllegalArgumentException("channel " + channel.name() + ": no staffing up to 10000 agents meets "
        + "its target analytically");
  }

  private static double[] deferredAgentsPerOpenInterval(Demand demand, int[] owner) {
    Scenario scenario = demand.scenario();
    double[] perInterval = new double[scenario.channels().size()];
    for (int c = 0; c < perInterval.length; c++) {
      Channel channel = scenario.channels().get(c);
      if (channel.kind() != ChannelKind.DEFERRED) {
        continue;
      }
      AgentGroup group = scenario.groups().get(owner[c]);
      double work = demand.workSeconds(c) * group.proficiencyOf(channel.name()) / slots(group.capacity(),
          channel.name());
      if (demand.intervalSeconds() == 0) {
        perInterval[c] = demand.loadErlangs(0, c) / demand.workSeconds(c) * work;
        continue;
      }
      double contacts = 0;
      int open = 0;
      for (int i = 0; i < demand.intervals(); i++) {
        contacts += demand.ratePerSecond(i, c) * demand.intervalSeconds();
        open += demand.open(i, c) ? 1 : 0;
      }
      String name = channel.name();
      contacts += scenario.arrivals().stream().filter(a -> a.channel().equals(name))
          .mapToInt(a -> a.initialBacklog()).sum();
      perInterval[c] = open == 0 ? 0 : contacts * work / (open * demand.intervalSeconds());
    }
    return perInterval;
  }

  private static int cheapestServing(Scenario scenario, int c, Map<String, Double> costPerHour) {
    String channel = scenario.channels().get(c).name();
    int best = -1;
    for (int g = 0; g < scenario.groups().size(); g++) {
      AgentGroup group = scenario.groups().get(g);
      if (group.skills().contains(channel) && (best < 0
          || costPerHour.getOrDefault(group.name(), 1.0) < costPerHour.getOrDefault(
              scenario.groups().get(best).name(), 1.0))) {
        best = g;
      }
    }
    return best;
  }

  private static int busiestInterval(Demand demand, AgentGroup group) {
    int best = 0;
    double most = -1;
    for (int i = 0; i < demand.intervals(); i++) {
      double load = 0;
      for (int c = 0; c < demand.scenario().channels().size(); c++) {
        if (group.skills().contains(demand.scenario().channels().get(c).name())) {
          load += demand.loadErlangs(i, c);
        }
      }
      if (load > most) {
        most = load;
        best = i;
      }
    }
    return best;
  }

  /** The starting plan. */
  public StaffingPlan plan() {
    return plan;
  }

  /** Per interval, the agents Erlang gives channel by channel (no pooling, no shrinkage): for comparison. */
  public double[] erlangAgents() {
    return erlangAgents.clone();
  }

  /** Per interval, the offered load over all channels in Erlangs (agent-equivalents at full speed). */
  public double[] offeredLoad() {
    return offeredLoad.clone();
  }
}
