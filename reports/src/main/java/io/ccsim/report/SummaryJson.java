package io.ccsim.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ccsim.run.ChannelSummary;
import io.ccsim.run.GroupSummary;
import io.ccsim.run.IntervalSummary;
import io.ccsim.run.JourneySummary;
import io.ccsim.run.Summary;
import io.ccsim.stats.Estimate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * Writes {@code summary.json}, the documented contract that CI scripts parse (docs/summary-json.md).
 *
 * <p>The tree is built field by field rather than by reflection so that key names and order are fixed
 * here, in one place, and cannot change by accident when a record gains a component. Undefined
 * values (NaN) are written as null.
 */
public final class SummaryJson {
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  private SummaryJson() {}

  /** The summary as indented JSON text, ending with a newline. */
  public static String toJson(Summary summary) {
    try {
      return MAPPER.writeValueAsString(toTree(summary)) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The summary as a JSON tree. */
  public static ObjectNode toTree(Summary summary) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("scenario", summary.scenario());
    root.put("seed", summary.seed());
    root.put("replications", summary.replications());
    root.put("warmupSeconds", summary.warmupSeconds());
    root.put("horizonSeconds", summary.horizonSeconds());
    ObjectNode channels = root.putObject("channels");
    for (Map.Entry<String, ChannelSummary> e : summary.channels().entrySet()) {
      channel(channels.putObject(e.getKey()), e.getValue());
    }
    ObjectNode groups = root.putObject("groups");
    for (Map.Entry<String, GroupSummary> e : summary.groups().entrySet()) {
      group(groups.putObject(e.getKey()), e.getValue());
    }
    if (summary.journeys() != null) {
      JourneySummary j = summary.journeys();
      ObjectNode journeys = root.putObject("journeys");
      estimate(journeys, "issues", j.issues());
      estimate(journeys, "contactsPerIssue", j.contactsPerIssue());
      estimate(journeys, "repeatContactRate", j.repeatContactRate());
      estimate(journeys, "channelSwitchesPerIssue", j.channelSwitchesPerIssue());
      estimate(journeys, "resolvedRate", j.resolvedRate());
      estimate(journeys, "timeToResolutionSeconds", j.timeToResolutionSeconds());
      estimate(journeys, "workloadSecondsPerIssue", j.workloadSecondsPerIssue());
      estimate(journeys, "openAtEnd", j.openAtEnd());
    }
    if (summary.intervals() != null) {
      intervals(root.putObject("intervals"), summary.intervals());
    }
    return root;
  }

  private static void intervals(ObjectNode node, IntervalSummary intervals) {
    node.put("intervalSeconds", intervals.intervalSeconds());
    ArrayNode starts = node.putArray("startSeconds");
    intervals.startSeconds().forEach(starts::add);
    series(node.putObject("channels"), intervals.channels());
    series(node.putObject("groups"), intervals.groups());
  }

  private static void series(ObjectNode parent, Map<String, Map<String, List<Estimate>>> byName) {
    byName.forEach((name, kpis) -> {
      ObjectNode entry = parent.putObject(name);
      kpis.forEach((key, values) -> {
        ArrayNode array = entry.putArray(key);
        for (Estimate e : values) {
          ObjectNode item = array.addObject();
          number(item, "mean", e.mean());
          number(item, "ci95", e.ci95());
        }
      });
    });
  }

  private static void group(ObjectNode g, GroupSummary group) {
    g.put("agents", group.agents());
    estimate(g, "occupancy", group.occupancy());
    estimate(g, "slotOccupancy", group.slotOccupancy());
    estimate(g, "busyShare", group.busyShare());
    estimate(g, "concurrency", group.concurrency());
    ObjectNode distribution = g.putObject("concurrencyDistribution");
    group.concurrencyDistribution().forEach((level, share) -> estimate(distribution, level, share));
    estimate(g, "interruptions", group.interruptions());
    estimate(g, "overtimeSeconds", group.overtimeSeconds());
  }

  private static void channel(ObjectNode node, ChannelSummary c) {
    node.put("kind", c.kind());
    estimate(node, "offered", c.offered());
    estimate(node, "answered", c.answered());
    estimate(node, "abandoned", c.abandoned());
    estimate(node, "blocked", c.blocked());
    estimate(node, "serviceLevel", c.serviceLevel());
    node.put("serviceLevelDefinition", c.serviceLevelDefinition());
    node.put("serviceLevelThresholdSeconds", c.serviceLevelThresholdSeconds());
    node.put("serviceLevelTarget", c.serviceLevelTarget());
    node.put("serviceLevelClock", c.serviceLevelClock());
    estimate(node, "asaSeconds", c.asaSeconds());
    estimate(node, "meanWaitSeconds", c.meanWaitSeconds());
    estimate(node, "probWait", c.probWait());
    estimate(node, "abandonRate", c.abandonRate());
    estimate(node, "blockRate", c.blockRate());
    estimate(node, "waitP50Seconds", c.waitP50Seconds());
    estimate(node, "waitP90Seconds", c.waitP90Seconds());
    estimate(node, "waitP99Seconds", c.waitP99Seconds());
    estimate(node, "unfinished", c.unfinished());
    estimate(node, "ahtSeconds", c.ahtSeconds());
    estimate(node, "holdSeconds", c.holdSeconds());
    estimate(node, "backlogAtEnd", c.backlogAtEnd());
  }

  private static void estimate(ObjectNode parent, String key, Estimate estimate) {
    ObjectNode node = parent.putObject(key);
    number(node, "mean", estimate.mean());
    number(node, "ci95", estimate.ci95());
  }

  private static void number(ObjectNode node, String key, double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      node.putNull(key);
    } else {
      node.put(key, value);
    }
  }

  /** Parses a summary.json text into a tree (baselines, tests). */
  public static JsonNode parse(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
