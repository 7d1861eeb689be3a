package io.ccsim.report.compare;

import io.ccsim.kpi.Kpi;
import io.ccsim.kpi.Scope;
import io.ccsim.kpi.View;
import io.ccsim.model.AgentGroup;
import io.ccsim.model.Channel;
import io.ccsim.run.ReplicationKpis;
import io.ccsim.run.RunResult;
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
          || r.run().replicationCount() != first.replicationCount()) {
        throw new IllegalArgumentException("compared runs must share seed and replications: " + r.label()
            + " has seed " + r.run().scenario().seed() + " and " + r.run().replicationCount()
            + " replications, " + runs.get(0).label() + " has " + first.scenario().seed() + " and "
            + first.replicationCount());
      }
    }
    List<ComparisonRow> rows = new ArrayList<>();
    for (String channel : union(runs, true)) {
      for (Kpi kpi : Kpi.shownIn(Scope.CHANNEL, View.COMPARE)) {
        rows.add(row(runs, channel, channel, kpi));
      }
    }
    for (String group : union(runs, false)) {
      for (Kpi kpi : Kpi.shownIn(Scope.GROUP, View.COMPARE)) {
        rows.add(row(runs, "groups." + group, group, kpi));
      }
    }
    rows.add(allAgentsRow(runs));
    if (runs.stream().allMatch(r -> r.run().summary().journeys() != null)) {
      for (Kpi kpi : Kpi.shownIn(Scope.JOURNEY, View.COMPARE)) {
        rows.add(row(runs, JOURNEYS, JOURNEYS, kpi));
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

  /**
   * One KPI of the channel or group {@code name} (ignored for journeys): each run's estimate as in its
   * summary.json, and the paired differences where both runs have the subject.
   */
  private static ComparisonRow row(List<ComparedRun> runs, String subject, String name, Kpi kpi) {
    List<Estimate> estimates = new ArrayList<>();
    for (ComparedRun r : runs) {
      estimates.add(r.run().summary().estimate(kpi, name).orElse(null));
    }
    List<Estimate> differences = new ArrayList<>();
    boolean inFirst = estimates.get(0) != null;
    double[] a = inFirst ? ReplicationKpis.perReplication(runs.get(0).run(), kpi, name) : null;
    for (int i = 1; i < runs.size(); i++) {
      boolean inThis = estimates.get(i) != null;
      differences.add(inFirst && inThis ? paired(a, ReplicationKpis.perReplication(runs.get(i).run(), kpi, name))
          : null);
    }
    return new ComparisonRow(subject, kpi, Collections.unmodifiableList(estimates),
        Collections.unmodifiableList(differences));
  }

  /** Every agent of a scenario together, as occupancy: busy agents of every group / all agents. */
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
    return new ComparisonRow(ALL_AGENTS, Kpi.OCCUPANCY, Collections.unmodifiableList(estimates),
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

  /** The row of one subject's KPI, by its summary.json key. */
  public ComparisonRow row(String subject, String kpi) {
    return rows.stream().filter(r -> r.subject().equals(subject) && r.kpi().key().equals(kpi)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no row " + subject + "." + kpi));
  }
}
