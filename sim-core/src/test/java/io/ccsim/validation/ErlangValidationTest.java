package io.ccsim.validation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccsim.analytic.BirthDeathQueue;
import io.ccsim.analytic.ErlangA;
import io.ccsim.analytic.ErlangAResult;
import io.ccsim.analytic.ErlangB;
import io.ccsim.analytic.ErlangC;
import io.ccsim.analytic.ErlangCResult;
import io.ccsim.analytic.QueueLimits;
import io.ccsim.analytic.Traffic;
import io.ccsim.distribution.Exponential;
import io.ccsim.model.AgentGroup;
import io.ccsim.model.ArrivalStream;
import io.ccsim.model.Channel;
import io.ccsim.model.Scenario;
import io.ccsim.model.ServiceLevelGoal;
import io.ccsim.kpi.Kpi;
import io.ccsim.run.ChannelSummary;
import io.ccsim.run.ProgressListener;
import io.ccsim.run.ReplicationRunner;
import io.ccsim.run.Summary;
import io.ccsim.stats.Estimate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The engine against closed forms: every KPI the formulas give must lie inside the simulation's 95%
 * confidence interval (mean ± ci95 over replications, fixed seed). To make sure a check can fail, each
 * interval must also be narrow: a half-width of at most {@value #MAX_RELATIVE_HALF_WIDTH} of the value
 * (or {@value #MAX_ABSOLUTE_HALF_WIDTH} absolute for probabilities near zero).
 */
class ErlangValidationTest {
  private static final double MAX_RELATIVE_HALF_WIDTH = 0.10;
  private static final double MAX_ABSOLUTE_HALF_WIDTH = 0.01;
  private static final double AHT_SECONDS = 180;
  private static final double THRESHOLD_SECONDS = 20;

  /** Erlang C (M/M/c): light load with 1-2 agents, moderate and heavy (utilization >= 0.9) with 10-20, and 100+. */
  @ParameterizedTest(name = "M/M/{0} at utilization {1}")
  @CsvSource({
    "1, 0.30, 40000",
    "2, 0.50, 40000",
    "10, 0.70, 20000",
    "14, 0.714285714, 20000",
    "20, 0.90, 8000",
    "15, 0.95, 6000",
    "100, 0.90, 1500",
    "150, 0.95, 1500"
  })
  void erlangC_kpis_insideConfidenceIntervals(int agents, double utilization, double horizonHours) {
    Traffic traffic = new Traffic(agents * utilization / AHT_SECONDS, AHT_SECONDS);
    ErlangCResult expected = ErlangC.evaluate(traffic, agents, THRESHOLD_SECONDS);
    ChannelSummary simulated = simulate(traffic, agents, null, Channel.UNLIMITED_QUEUE, horizonHours, 24);
    Checks checks = new Checks("M/M/" + agents + " rho=" + utilization);
    checks.inside("probWait", simulated.get(Kpi.PROB_WAIT), expected.probWait());
    checks.inside("serviceLevel", simulated.get(Kpi.SERVICE_LEVEL), expected.serviceLevel());
    checks.inside("asaSeconds", simulated.get(Kpi.ASA_SECONDS), expected.asaSeconds());
    checks.inside("meanWaitSeconds", simulated.get(Kpi.MEAN_WAIT_SECONDS), expected.asaSeconds());
    checks.inside("occupancy", lastOccupancy, expected.occupancy());
    double p90 = ErlangC.waitQuantileSeconds(traffic, agents, 0.90);
    if (p90 > 1) {
      // Below a second the 1 ms histogram resolution dominates; the quantile is checked where it is resolvable.
      checks.inside("waitP90Seconds", simulated.get(Kpi.WAIT_P90_SECONDS), p90);
    }
    checks.assertAll();
  }

  /** Erlang A (M/M/c+M) and M/M/c/K, with abandonment, a finite queue, or both. */
  @ParameterizedTest(name = "M/M/{0}+M, load {1} Erlangs, patience {2} s, queue {3}")
  @CsvSource({
    "1, 0.8, 120, -1, 40000",
    "2, 1.6, 300, -1, 40000",
    "14, 10, 300, -1, 20000",
    "14, 12, 300, 3, 20000",
    "20, 20, 180, -1, 8000",
    "15, 16, 600, -1, 8000",
    "100, 95, 300, -1, 1500",
    "5, 4.5, -1, 10, 40000",
    "20, 19, -1, 5, 10000",
    "120, 118, -1, 30, 1500"
  })
  void erlangA_andFiniteQueue_kpis_insideConfidenceIntervals(
      int agents, double loadErlangs, double patienceSeconds, int queueCapacity, double horizonHours) {
    Traffic traffic = new Traffic(loadErlangs / AHT_SECONDS, AHT_SECONDS);
    QueueLimits limits = new QueueLimits(
        patienceSeconds < 0 ? QueueLimits.NO_ABANDONMENT : patienceSeconds,
        queueCapacity < 0 ? QueueLimits.UNLIMITED_QUEUE : queueCapacity);
    ErlangAResult expected = ErlangA.evaluate(traffic, agents, limits, THRESHOLD_SECONDS);
    double expectedMeanWaitAllOffered =
        BirthDeathQueue.solve(traffic, agents, limits).meanQueueLength() / traffic.arrivalRatePerSecond();
    ChannelSummary simulated = simulate(traffic, agents,
        patienceSeconds < 0 ? null : new Exponential(patienceSeconds),
        queueCapacity < 0 ? Channel.UNLIMITED_QUEUE : queueCapacity, horizonHours, 24);
    Checks checks = new Checks("M/M/" + agents + "+M load=" + loadErlangs + " K=" + queueCapacity);
    checks.inside("probWait", simulated.get(Kpi.PROB_WAIT), expected.probWait());
    checks.inside("serviceLevel", simulated.get(Kpi.SERVICE_LEVEL), expected.serviceLevel());
    checks.inside("abandonRate", simulated.get(Kpi.ABANDON_RATE), expected.probAbandon());
    checks.inside("blockRate", simulated.get(Kpi.BLOCK_RATE), expected.probBlock());
    checks.inside("asaSeconds", simulated.get(Kpi.ASA_SECONDS), expected.asaSeconds());
    checks.inside("meanWaitSeconds", simulated.get(Kpi.MEAN_WAIT_SECONDS), expectedMeanWaitAllOffered);
    checks.inside("occupancy", lastOccupancy, expected.occupancy());
    checks.assertAll();
  }

  /** Erlang B: no waiting room at all (queueCapacity 0). */
  @ParameterizedTest(name = "Erlang B, {0} agents, load {1}")
  @CsvSource({"1, 0.5, 40000", "10, 8, 20000", "20, 25, 10000", "100, 90, 2000"})
  void erlangB_blocking_insideConfidenceInterval(int agents, double loadErlangs, double horizonHours) {
    Traffic traffic = new Traffic(loadErlangs / AHT_SECONDS, AHT_SECONDS);
    double blocking = ErlangB.blockingProbability(agents, loadErlangs);
    ChannelSummary simulated = simulate(traffic, agents, null, 0, horizonHours, 24);
    Checks checks = new Checks("Erlang B c=" + agents + " a=" + loadErlangs);
    checks.inside("blockRate", simulated.get(Kpi.BLOCK_RATE), blocking);
    checks.inside("probWait", simulated.get(Kpi.PROB_WAIT), blocking);
    checks.inside("occupancy", lastOccupancy, loadErlangs * (1 - blocking) / agents);
    checks.inside("serviceLevel", simulated.get(Kpi.SERVICE_LEVEL), 1 - blocking);
    checks.assertAll();
  }

  private Estimate lastOccupancy;

  private ChannelSummary simulate(Traffic traffic, int agents, Exponential patience, int queueCapacity,
      double horizonHours, int replications) {
    Scenario scenario = new Scenario("validation", 20261123L, replications, 10 * 3600, 10 * 3600 + horizonHours * 3600 / replications,
        List.of(new Channel("phone", ServiceLevelGoal.DEFAULT, new Exponential(traffic.meanHandleSeconds()),
            patience, queueCapacity)),
        List.of(new ArrivalStream("phone", traffic.arrivalRatePerSecond())),
        List.of(new AgentGroup("team", agents, List.of("phone"))));
    Summary summary = ReplicationRunner.run(scenario, 2, ProgressListener.NONE).summary();
    lastOccupancy = summary.groups().get("team").get(Kpi.OCCUPANCY);
    return summary.channels().get("phone");
  }

  /** Collects every check of one configuration so that a failure lists all of them, not just the first. */
  private static final class Checks {
    private final String configuration;
    private final List<String> failures = new ArrayList<>();
    private final StringBuilder report = new StringBuilder();

    Checks(String configuration) {
      this.configuration = configuration;
    }

    void inside(String kpi, Estimate simulated, double expected) {
      String line = String.format(Locale.ROOT, "%s %s: simulated %.6g ± %.3g, analytic %.6g", configuration, kpi,
          simulated.mean(), simulated.ci95(), expected);
      report.append(line).append('\n');
      if (!simulated.contains(expected)) {
        failures.add(line + " (outside the 95% CI)");
      }
      double allowed = Math.max(MAX_RELATIVE_HALF_WIDTH * Math.abs(expected), MAX_ABSOLUTE_HALF_WIDTH);
      if (!(simulated.ci95() <= allowed)) {
        failures.add(line + " (interval too wide to be a test: allowed " + allowed + ")");
      }
    }

    void assertAll() {
      System.out.print(report);
      assertTrue(failures.isEmpty(), String.join("\n", failures));
    }
  }
}
