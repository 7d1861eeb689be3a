package io.ccsim.report.compare;

import io.ccsim.model.AgentGroup;
import io.ccsim.model.Channel;
import io.ccsim.report.Kpi;
import io.ccsim.run.ReplicationKpis;
import io.ccsim.run.RunResult;
import io.ccsim.run.Summary;
import io.ccsim.stats.Estimate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Scenarios run with the same seed and replication count (common random numbers), compared KPI by KPI:
 * each run's estimate, and for each run after the first the paired difference per replication
 * (B − A, C − A, ...) with its Student-t 95% confidence interval. Pairing removes the noise the runs
 * share, so the interval of a difference is much narrower than the two runs' own intervals suggest.
 *
 * <p>A KPI that is undefined in either run of a replication (say ASA with nothing answered) drops that
 * replication from the difference. Wait percentiles are differences of per-replication percentiles,
 * so their mean need not equal the difference of the merged-histogram figures shown beside them.
 */
public final class Comparison {
  /** The subject that stands for every agent of a scenario together (busy agents / agents). */
  public static final String ALL_AGENTS = "all agents";

  private final List<ComparedRun> runs;
  private final List<ComparisonRow> rows;

  private Comparison(List<ComparedRun> runs, List<ComparisonRow> rows) {
    this.runs = List.copyOf(runs);
    this.rows = List.copyOf(rows);
  }

  /**
   * Compares {@code runs}; every run must have the same seed and number of replications, since the
   * pairing is by replication index.
   */
  public static Comparison of(List<ComparedRun> runs) {
    if (runs.size() < 2) {
      throw new IllegalArgumentException("a comparison needs at least two runs, got " + runs.size());
    }
    RunResult first = runs.get(0).run();
    for (ComparedRun r : runs) {
      if (r.run().scenario().seed() != first.scenario().seed()
          || r.run().replications().size() != first.replications().size()) {
        throw new IllegalArgumentException("compared runs must share seed and replications: " + r.label()
            + " has seed " + r.run().scenario().seed() + " and " + r.run().replications().size()
            + " replications, " + runs.get(0).label() + " has " + first.scenario().seed() + " and "
            + first.replications().size());
      }
    }
    List<ComparisonRow> rows = new ArrayList<>();
    for (String channel : union(runs, true)) {
      for (Kpi kpi : Kpi.all()) {
        rows.add(channelRow(runs, channel, kpi));
      }
    }
    for (String group : union(runs, false)) {
      rows.add(groupRow(runs, group));
    }
    rows.add(allAgentsRow(runs));
    if (runs.stream().allMatch(r -> r.run().summary().journeys() != null)) {
      for (String key : ReplicationKpis.JOURNEY_KEYS) {
        rows.add(journeyRow(runs, key));
      }
    }
    return new Comparison(runs, rows);
  }

  private static Set<String> union(List<ComparedRun> runs, boolean channels) {
    Set<String> names = new LinkedHashSet<>();
    for (ComparedRun r : runs) {
      if (channels) {
        r.run().scenario().channels().stream().map(Channel::name).forEach(names::add);
      } else {
        r.run().scenario().groups().stream().map(AgentGroup::name).forEach(names::add);
      }
    }
    return names;
  }

  private static ComparisonRow channelRow(List<ComparedRun> runs, String channel, Kpi kpi) {
    List<Estimate> estimates = new ArrayList<>();
    for (ComparedRun r : runs) {
      Summary s = r.run().summary();
      estimates.add(s.channels().containsKey(channel) ? kpi.of(s.channels().get(channel)) : null);
    }
    List<Estimate> differences = new ArrayList<>();
    RunResult first = runs.get(0).run();
    // A KPI without a per-replication definition can be shown side by side but not paired.
    boolean pairable = ReplicationKpis.CHANNEL_KEYS.contains(kpi.key());
    boolean inFirst = pairable && first.summary().channels().containsKey(channel);
    double[] a = inFirst ? ReplicationKpis.channel(first, channel, kpi.key()) : null;
    for (ComparedRun r : runs.subList(1, runs.size())) {
      boolean inThis = r.run().summary().channels().containsKey(channel);
      differences.add(inFirst && inThis ? paired(a, ReplicationKpis.channel(r.run(), channel, kpi.key())) : null);
    }
    return new ComparisonRow(channel, kpi.key(), Collections.unmodifiableList(estimates),
        Collections.unmodifiableList(differences));
  }

  private static ComparisonRow groupRow(List<ComparedRun> runs, String group) {
    List<Estimate> estimates = new ArrayList<>();
    for (ComparedRun r : runs) {
      var g = r.run().summary().groups().get(group);
      estimates.add(g == null ? null : g.occupancy());
    }
    List<Estimate> differences = new ArrayList<>();
    RunResult first = runs.get(0).run();
    boolean inFirst = first.summary().groups().containsKey(group);
    double[] a = inFirst ? ReplicationKpis.occupancy(first, group) : null;
    for (ComparedRun r : runs.subList(1, runs.size())) {
      boolean inThis = r.run().summary().groups().containsKey(group);
      differences.add(inFirst && inThis ? paired(a, ReplicationKpis.occupancy(r.run(), group)) : null);
    }
    return new ComparisonRow("groups." + group, "occupancy", Collections.unmodifiableList(estimates),
        Collections.unmodifiableList(differences));
  }

  private static ComparisonRow allAgentsRow(List<ComparedRun> runs) {
    List<Estimate> estimates = new ArrayList<>();
    for (ComparedRun r : runs) {
      estimates.add(Estimate.of(ReplicationKpis.allAgentsOccupancy(r.run())));
    }
    double[] a = ReplicationKpis.allAgentsOccupancy(runs.get(0).run());
    List<Estimate> differences = new ArrayList<>();
    for (ComparedRun r : runs.subList(1, runs.size())) {
      differences.add(paired(a, ReplicationKpis.allAgentsOccupancy(r.run())));
    }
    return new ComparisonRow(ALL_AGENTS, "occupancy", Collections.unmodifiableList(estimates),
        Collections.unmodifiableList(differences));
  }

  /** One journey KPI (subject {@value #JOURNEYS}), when every scenario has journeys. */
  private static ComparisonRow journeyRow(List<ComparedRun> runs, String key) {
    List<Estimate> estimates = new ArrayList<>();
    List<double[]> perReplication = new ArrayList<>();
    for (ComparedRun r : runs) {
      double[] values = r.run().replications().stream()
          .mapToDouble(rep -> ReplicationKpis.journey(key, rep.journeys())).toArray();
      perReplication.add(values);
      estimates.add(Estimate.of(values));
    }
    List<Estimate> differences = new ArrayList<>();
    for (double[] b : perReplication.subList(1, perReplication.size())) {
      differences.add(paired(perReplication.get(0), b));
    }
    return new ComparisonRow(JOURNEYS, key, Collections.unmodifiableList(estimates),
        Collections.unmodifiableList(differences));
  }

  /** The subject of the journey rows. */
  public static final String JOURNEYS = "journeys";

  /** The paired difference b − a per replication; a replication where either is undefined is skipped. */
  static Estimate paired(double[] a, double[] b) {
    double[] d = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      d[i] = b[i] - a[i];
    }
    return Estimate.of(d);
  }

  public List<ComparedRun> runs() {
    return runs;
  }

  public List<ComparisonRow> rows() {
    return rows;
  }

  /** The rows of one subject, in KPI order. */
  public List<ComparisonRow> rows(String subject) {
    return rows.stream().filter(r -> r.subject().equals(subject)).toList();
  }

  /** The subjects in order: channels, groups ({@code groups.NAME}), then all agents. */
  public List<String> subjects() {
    return rows.stream().map(ComparisonRow::subject).distinct().toList();
  }

  /** The row of one subject's KPI. */
  public ComparisonRow row(String subject, String kpi) {
    return rows.stream().filter(r -> r.subject().equals(subject) && r.kpi().equals(kpi)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no row " + subject + "." + kpi));
  }
}
