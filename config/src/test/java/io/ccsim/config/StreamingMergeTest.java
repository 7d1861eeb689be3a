package io.ccsim.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccsim.center.ReplicationResult;
import io.ccsim.kpi.Kpi;
import io.ccsim.model.Scenario;
import io.ccsim.run.Engine;
import io.ccsim.run.ReplicationJob;
import io.ccsim.run.ReplicationOutcome;
import io.ccsim.run.ReplicationRunner;
import io.ccsim.run.RunAggregate;
import io.ccsim.run.Summary;
import io.ccsim.stats.ChannelTally;
import io.ccsim.stats.Estimate;
import io.ccsim.stats.GroupTally;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

/**
 * A run merges each replication as it finishes and keeps only KPI values: its figures must equal those
 * computed from every replication's full tallies kept side by side (the way runs worked before).
 */
class StreamingMergeTest {
  private static List<ReplicationResult> tallies(Scenario scenario) {
    return IntStream.range(0, scenario.replications()).mapToObj(r -> Engine.AUTO.simulate(scenario, r, null)).toList();
  }

  /** Chat agents holding up to 4 at low load over 2 h: replications reach different top levels. */
  private static Scenario lightChat() throws IOException {
    String text = Files.readString(Path.of("..", "scenarios", "chat-concurrency.yaml"))
        .replace("rate: 160/h", "rate: 90/h").replace("horizon: 24h", "horizon: 2h");
    return ScenarioLoader.load("light-chat.yaml", text);
  }

  @Test
  void concurrencyLevelFirstReachedLate_isFilledInForEarlierReplications() throws IOException {
    Scenario scenario = lightChat();
    List<ReplicationResult> all = tallies(scenario);
    List<Integer> maxLevels = all.stream().map(r -> r.groups().get(0).maxLevel()).toList();
    int top = maxLevels.stream().mapToInt(Integer::intValue).max().orElseThrow();
    assertTrue(maxLevels.get(0) < top, "the case needs a first replication below the top level: " + maxLevels);

    Summary summary = ReplicationRunner.run(scenario, 3, null).summary();
    var distribution = summary.groups().get("chat-team").concurrencyDistribution();
    assertEquals(top, distribution.size());
    for (int level = 1; level <= top; level++) {
      int items = level;
      assertEquals(Estimate.of(all.stream().mapToDouble(r -> r.groups().get(0).concurrencyShare(items, r.endSeconds()))
          .toArray()), distribution.get(Integer.toString(level)), "level " + level);
    }
    GroupTally first = all.get(0).groups().get(0);
    assertEquals(Estimate.of(all.stream().mapToDouble(r -> r.groups().get(0).slotOccupancy(r.endSeconds())).toArray()),
        summary.groups().get("chat-team").get(Kpi.OCCUPANCY), "occupancy of " + first.agents() + " agents");
  }

  @Test
  void waitPercentilesAndIntervals_equalThoseOfEveryTallyKept() throws IOException {
    Scenario scenario = ScenarioLoader.load(Path.of("..", "scenarios", "retail-bank-day.yaml")).withRun(5, 6);
    List<ReplicationResult> all = tallies(scenario);
    Summary summary = ReplicationRunner.run(scenario, 2, null).summary();
    Histogram merged = new Histogram(ChannelTally.SIGNIFICANT_DIGITS);
    all.forEach(r -> merged.add(r.channels().get(0).waitMillis()));
    double[] p90 = all.stream().mapToDouble(r -> r.channels().get(0).waitMillis().getValueAtPercentile(90) / 1000.0)
        .toArray();
    String channel = scenario.channels().get(0).name();
    assertEquals(Estimate.around(merged.getValueAtPercentile(90) / 1000.0, p90),
        summary.channels().get(channel).get(Kpi.WAIT_P90_SECONDS));
    int interval = 4;
    assertEquals(Estimate.of(all.stream().mapToDouble(r -> r.intervals().get(0).offered(interval)).toArray()),
        summary.intervals().channels().get(channel).get("offered").get(interval));
  }

  @Test
  void outcomes_sentThroughJavaSerialization_mergeToTheSameSummary() throws Exception {
    Scenario scenario = lightChat();
    ReplicationJob job = ReplicationRunner.job(scenario, null, Engine.AUTO);
    RunAggregate aggregate = new RunAggregate(scenario);
    for (int r = 0; r < scenario.replications(); r++) {
      aggregate.add(roundTrip(job.run(r)));
    }
    assertEquals(ReplicationRunner.run(scenario, 1, null).summary(), aggregate.finish().summary());
  }

  @Test
  void outcomeOutOfOrder_isRefused() throws IOException {
    Scenario scenario = lightChat();
    RunAggregate aggregate = new RunAggregate(scenario);
    ReplicationOutcome second = ReplicationRunner.job(scenario, null, Engine.AUTO).run(1);
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> aggregate.add(second));
    assertTrue(e.getMessage().contains("replication 1 arrived where replication 0 is next"), e.getMessage());
  }

  private static ReplicationOutcome roundTrip(ReplicationOutcome outcome) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(outcome);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (ReplicationOutcome) in.readObject();
    }
  }
}
