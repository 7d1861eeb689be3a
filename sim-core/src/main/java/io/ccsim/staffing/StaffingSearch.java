package io.ccsim.staffing;

import io.ccsim.model.AgentGroup;
import io.ccsim.model.Channel;
import io.ccsim.model.ChannelKind;
import io.ccsim.model.Scenario;
import io.ccsim.run.IntervalSummary;
import io.ccsim.run.ProgressListener;
import io.ccsim.run.ReplicationRunner;
import io.ccsim.run.Summary;
import io.ccsim.stats.Estimate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the cheapest staffing per interval and group that meets every service-level target, by
 * simulation (docs/staffing.md).
 *
 * <p>In the spirit of the iterative staffing algorithm of Feldman, Mandelbaum, Massey and Whitt
 * ("Staffing of time-varying queues to achieve time-stable performance", Management Science 54(2), 2008):
 * start from the analytic guess, simulate, raise the staffing of every interval that misses its target,
 * and repeat until every target is met. Then a cost-reducing pass lowers, one agent at a time, the most
 * expensive group of every interval at once; a lowering that makes a target fail is undone and that
 * (interval, group) is not lowered again (failures of an interval are blamed on lowerings in it and in
 * the interval before; failures over the whole run halve the batch until the culprit is found). Every run
 * uses the scenario's seed and replications (common random numbers), so each comparison is between
 * staffings, not noise, and the search is deterministic. A target counts as met in the search when the
 * lower end of its 95% confidence interval reaches it. The search stops when no lowering is left to try.
 * The staffing found is then re-run with seed + 1 and reported.
 */
public final class StaffingSearch {
  /** The search's runs, at most; past it the cheapest staffing that met every target is kept. */
  public static final int DEFAULT_MAX_SIMULATIONS = 300;
  private static final int MAX_RAISE_STEP = 3;

  /**
   * How to search.
   *
   * @param perDay judge live channels over the whole run instead of per interval
   * @param costPerHour cost of an agent-hour per group (not listed: 1)
   * @param maxAgents the most agents per interval per group (not listed: no cap)
   * @param simulation how each staffing is simulated (null: {@link Simulation#LOCAL})
   */
  public record Options(boolean perDay, Map<String, Double> costPerHour, Map<String, Integer> maxAgents, int threads,
      int maxSimulations, ProgressListener progress, Simulation simulation) {
    /** Options that simulate on this machine's threads. */
    public Options(boolean perDay, Map<String, Double> costPerHour, Map<String, Integer> maxAgents, int threads,
        int maxSimulations, ProgressListener progress) {
      this(perDay, costPerHour, maxAgents, threads, maxSimulations, progress, null);
    }

    public Options {
      simulation = simulation == null ? Simulation.LOCAL : simulation;
      costPerHour = Map.copyOf(costPerHour);
      maxAgents = Map.copyOf(maxAgents);
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be >= 1, got " + threads);
      }
      if (maxSimulations < 1) {
        throw new IllegalArgumentException("the search needs at least one simulation, got " + maxSimulations);
      }
    }
  }

  private final Scenario base;
  private final Options options;
  private final int intervals;
  private final List<AgentGroup> groups;
  private int simulations;

  private StaffingSearch(Scenario base, Options options) {
    this.base = base;
    this.options = options;
    this.intervals = Demand.intervalsPerDay(base);
    this.groups = base.groups();
  }

  /** Searches the staffing of {@code scenario}, with its seed and replications. */
  public static StaffingResult run(Scenario scenario, Options options) {
    return new StaffingSearch(scenario, options).search();
  }

  private StaffingResult search() {
    FirstGuess guess = FirstGuess.of(Demand.of(base), options.costPerHour(), options.maxAgents());
    StaffingPlan plan = guess.plan();
    boolean[][] fixed = new boolean[intervals][groups.size()];
    List<int[]> batch = null;
    int batchSize = options.perDay() ? Math.max(1, intervals / 4) : intervals;
    StaffingPlan best = null;
    Summary bestSummary = null;
    List<TargetCheck> bestChecks = List.of();
    List<TargetCheck> lastChecks = List.of();
    String problem = null;
    while (simulations < options.maxSimulations()) {
      // Undoing a whole batch gives back the last staffing that met every target: its run is known.
      Summary summary = plan.equals(best) ? bestSummary : simulate(plan, base.seed());
      List<TargetCheck> checks = Targets.of(base, summary, options.perDay());
      lastChecks = checks;
      List<TargetCheck> failures = checks.stream().filter(c -> !c.confidentlyMet()).toList();
      if (failures.isEmpty()) {
        best = plan;
        bestSummary = summary;
        bestChecks = checks;
        List<int[]> candidates = lowerCandidates(plan, fixed, summary);
        if (candidates.isEmpty()) {
          break;
        }
        batch = new ArrayList<>(candidates.subList(0, Math.min(batchSize, candidates.size())));
        for (int[] c : batch) {
          plan = plan.plus(c[0], c[1], -1);
        }
        continue;
      }
      if (batch != null) {
        Set<int[]> blamed = blame(batch, failures);
        if (blamed != null) {
          for (int[] c : blamed) {
            plan = plan.plus(c[0], c[1], 1);
            fixed[c[0]][c[1]] = true;
          }
          batch.removeAll(blamed);
        } else if (batch.size() == 1) {
          int[] c = batch.remove(0);
          plan = plan.plus(c[0], c[1], 1);
          fixed[c[0]][c[1]] = true;
        } else {
          List<int[]> undone = new ArrayList<>(batch.subList(batch.size() / 2, batch.size()));
          for (int[] c : undone) {
            plan = plan.plus(c[0], c[1], 1);
          }
          batch.removeAll(undone);
          batchSize = Math.max(1, batch.size());
        }
        if (batch.isEmpty()) {
          batch = null;
        }
        continue;
      }
      StaffingPlan raised = raise(plan, failures, summary);
      if (raised.equals(plan)) {
        problem = "the targets cannot be met within --max-agents: " + describe(failures.get(0))
            + " stays short with every group skilled for it at its cap";
        break;
      }
      plan = raised;
    }
    if (best == null && problem == null) {
      problem = "no staffing met every target within " + options.maxSimulations() + " simulations";
    }
    StaffingPlan found = best != null ? best : plan;
    long verificationSeed = base.seed() + 1;
    Summary verification = simulate(found, verificationSeed);
    simulations--; // the verification run is counted apart
    return new StaffingResult(found, guess, best != null, problem, simulations, base.replications(),
        best != null ? bestChecks : lastChecks, verificationSeed, verification,
        Targets.of(base, verification, options.perDay()));
  }

  private Summary simulate(StaffingPlan plan, long seed) {
    simulations++;
    Scenario staffed = StaffedScenario.apply(base, plan).withRun(seed, base.replications());
    return options.simulation().run(staffed, plan, seed, options);
  }

  /**
   * Simulates one staffing of the search: {@code staffed} is the base scenario with {@code plan} and
   * {@code seed} applied, as another machine can rebuild it from the base, the plan and the seed.
   */
  @FunctionalInterface
  public interface Simulation {
    /** On this machine's threads. */
    Simulation LOCAL = (staffed, plan, seed, options) ->
        ReplicationRunner.run(staffed, options.threads(), options.progress()).summary();

    Summary run(Scenario staffed, StaffingPlan plan, long seed, Options options);
  }

  /**
   * One (interval, group) per interval: its most expensive group with agents, best margin first; never so
   * many of one group that the batch would take its last agent (the staffed scenario must keep it).
   */
  private List<int[]> lowerCandidates(StaffingPlan plan, boolean[][] fixed, Summary summary) {
    List<int[]> candidates = new ArrayList<>();
    List<Double> margins = new ArrayList<>();
    for (int i = 0; i < intervals; i++) {
      int pick = -1;
      for (int g = 0; g < groups.size(); g++) {
        if (plan.agents(i, g) > 0 && !fixed[i][g] && plan.total(g) > 1 && (pick < 0 || cost(g) >= cost(pick))) {
          pick = g;
        }
      }
      if (pick >= 0) {
        candidates.add(new int[] {i, pick});
        margins.add(margin(summary, i, pick));
      }
    }
    List<Integer> order = new ArrayList<>();
    for (int k = 0; k < candidates.size(); k++) {
      order.add(k);
    }
    order.sort(Comparator.comparingDouble((Integer k) -> -margins.get(k)).thenComparingInt(k -> k));
    int[] left = new int[groups.size()];
    for (int g = 0; g < groups.size(); g++) {
      left[g] = plan.total(g);
    }
    List<int[]> sorted = new ArrayList<>();
    for (int k : order) {
      int[] c = candidates.get(k);
      if (left[c[1]] > 1) {
        left[c[1]]--;
        sorted.add(c);
      }
    }
    return sorted;
  }

  /** The smallest lower-bound margin of the live channels group g serves in staffing interval i. */
  private double margin(Summary summary, int i, int g) {
    IntervalSummary perInterval = summary.intervals();
    if (perInterval == null || stationary()) {
      return 0;
    }
    double margin = Double.POSITIVE_INFINITY;
    for (Channel channel : base.channels()) {
      if (channel.kind() != ChannelKind.LIVE || !groups.get(g).skills().contains(channel.name())) {
        continue;
      }
      List<Estimate> offered = perInterval.channels().get(channel.name()).get("offered");
      List<Estimate> sl = perInterval.channels().get(channel.name()).get("serviceLevel");
      for (int j = i; j < sl.size(); j += intervals) {
        if (offered.get(j).mean() > 0 && !Double.isNaN(sl.get(j).mean())) {
          margin = Math.min(margin, new TargetCheck(channel.name(), j, 0, channel.serviceLevel().target(), sl.get(j))
              .margin());
        }
      }
    }
    return margin;
  }

  private boolean stationary() {
    return base.intervalSeconds() == 0;
  }

  /**
   * The lowerings of {@code batch} to undo for per-interval failures: those of a group serving the channel in
   * the failing interval or the one before; null when some failure cannot be blamed that way.
   */
  private Set<int[]> blame(List<int[]> batch, List<TargetCheck> failures) {
    Set<int[]> blamed = new HashSet<>();
    for (TargetCheck f : failures) {
      if (f.wholeRun()) {
        return null;
      }
      int i = f.interval() % intervals;
      boolean found = false;
      for (int[] c : batch) {
        boolean near = c[0] == i || c[0] == (i + intervals - 1) % intervals;
        if (near && groups.get(c[1]).skills().contains(f.channel())) {
          blamed.add(c);
          found = true;
        }
      }
      if (!found) {
        return null;
      }
    }
    return blamed;
  }

  /** The plan with more agents where targets fail; the same plan when every group that could help is capped. */
  private StaffingPlan raise(StaffingPlan plan, List<TargetCheck> failures, Summary summary) {
    StaffingPlan next = plan;
    for (TargetCheck f : failures) {
      Channel channel = base.channels().get(base.channelIndex(f.channel()));
      if (!f.wholeRun()) {
        next = raiseIn(next, f.interval() % intervals, channel, step(f));
      } else if (stationary()) {
        next = raiseIn(next, 0, channel, channel.kind() == ChannelKind.LIVE ? step(f) : 1);
      } else {
        for (int i : worstIntervals(next, channel, summary)) {
          next = raiseIn(next, i, channel, 1);
        }
      }
    }
    return next;
  }

  private static int step(TargetCheck f) {
    return Math.max(1, Math.min(MAX_RAISE_STEP, (int) Math.ceil(-f.margin() / 0.1)));
  }

  /** Adds up to {@code step} agents in interval i to the cheapest groups serving the channel, within caps. */
  private StaffingPlan raiseIn(StaffingPlan plan, int i, Channel channel, int step) {
    StaffingPlan next = plan;
    for (int k = 0; k < step; k++) {
      int pick = -1;
      for (int g = 0; g < groups.size(); g++) {
        if (groups.get(g).skills().contains(channel.name()) && next.agents(i, g) < cap(g)
            && (pick < 0 || cost(g) < cost(pick))) {
          pick = g;
        }
      }
      if (pick < 0) {
        return next;
      }
      next = next.plus(i, pick, 1);
    }
    return next;
  }

  /**
   * Where to add agents for a channel that misses its target over the whole run: a quarter of its open
   * intervals (at least one), those with the lowest service level (live) or the longest queue (deferred).
   */
  private List<Integer> worstIntervals(StaffingPlan plan, Channel channel, Summary summary) {
    Map<String, List<Estimate>> kpis = summary.intervals().channels().get(channel.name());
    boolean live = channel.kind() == ChannelKind.LIVE;
    List<Estimate> values = kpis.get(live ? "serviceLevel" : "queueLength");
    List<Estimate> offered = kpis.get("offered");
    double[] score = new double[intervals];
    boolean[] eligible = new boolean[intervals];
    for (int i = 0; i < intervals; i++) {
      score[i] = live ? Double.POSITIVE_INFINITY : 0;
    }
    for (int j = 0; j < values.size(); j++) {
      int i = j % intervals;
      double t = j * base.intervalSeconds();
      boolean open = channel.businessHours() == null || channel.businessHours().isOpen(t + base.intervalSeconds() / 2);
      if (!open || (live && !(offered.get(j).mean() > 0)) || Double.isNaN(values.get(j).mean())) {
        continue;
      }
      eligible[i] = true;
      double v = values.get(j).mean();
      score[i] = live ? Math.min(score[i], v) : Math.max(score[i], v);
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < intervals; i++) {
      if (eligible[i]) {
        order.add(i);
      }
    }
    order.sort(Comparator.comparingDouble((Integer i) -> live ? score[i] : -score[i]).thenComparingInt(i -> i));
    return order.subList(0, Math.min(order.size(), Math.max(1, order.size() / 4)));
  }

  private double cost(int g) {
    return options.costPerHour().getOrDefault(groups.get(g).name(), 1.0);
  }

  private int cap(int g) {
    return options.maxAgents().getOrDefault(groups.get(g).name(), Integer.MAX_VALUE);
  }

  private String describe(TargetCheck f) {
    String where = f.wholeRun() ? "over the run" : "in the interval from "
        + io.ccsim.model.TimeOfDay.format(f.startSeconds());
    return f.channel() + "'s service level " + where;
  }
}
