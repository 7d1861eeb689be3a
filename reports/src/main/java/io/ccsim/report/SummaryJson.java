package io.ccsim.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ccsim.kpi.Kpi;
import io.ccsim.kpi.Scope;
import io.ccsim.run.ChannelSummary;
import io.ccsim.run.GroupSummary;
import io.ccsim.run.IntervalSummary;
import io.ccsim.run.Summary;
import io.ccsim.stats.Estimate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * Writes {@code summary.json}, the documented contract that CI scripts parse (docs/summary-json.md).
 *
 * <p>The tree is built explicitly rather than by reflection: the KPIs in the catalogue's order
 * ({@link Kpi}, where new ones go last), the other fields at fixed places here, so that key names and
 * order cannot change by accident. Undefined values (NaN) are written as null.
 */
public final class SummaryJson {
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  /** The value of the {@code schema} key: the contract's name and major version. */
  public static final String SCHEMA = "ccsim.summary/1";

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
    root.put("schema", SCHEMA);
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
      ObjectNode journeys = root.putObject("journeys");
      for (Kpi kpi : Kpi.of(Scope.JOURNEY)) {
        estimate(journeys, kpi.key(), summary.journeys().get(kpi));
      }
    }
    if (summary.intervals() != null) {
      intervals(root.putObject("intervals"), summary.intervals());
    }
    if (summary.vru() != null) {
      ObjectNode vru = root.putObject("vru");
      summary.vru().forEach((name, v) -> {
        ObjectNode channel = vru.putObject(name);
        estimate(channel, "arrivals", v.arrivals());
        estimate(channel, "dropOuts", v.dropOuts());
        estimate(channel, "dropOutShare", v.dropOutShare());
      });
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
    for (Kpi kpi : Kpi.of(Scope.GROUP)) {
      estimate(g, kpi.key(), group.get(kpi));
      if (kpi == Kpi.CONCURRENCY) {
        // The distribution has always followed the mean it breaks down; the order is part of the contract.
        ObjectNode distribution = g.putObject("concurrencyDistribution");
        group.concurrencyDistribution().forEach((level, share) -> estimate(distribution, level, share));
      }
    }
  }

  private static void channel(ObjectNode node, ChannelSummary c) {
    node.put("kind", c.kind());
    for (Kpi kpi : Kpi.of(Scope.CHANNEL)) {
      estimate(node, kpi.key(), c.get(kpi));
      if (kpi == Kpi.SERVICE_LEVEL) {
        // The goal's fields have always followed the service level; the order is part of the contract.
        node.put("serviceLevelDefinition", c.serviceLevelDefinition());
        node.put("serviceLevelThresholdSeconds", c.serviceLevelThresholdSeconds());
        node.put("serviceLevelTarget", c.serviceLevelTarget());
        node.put("serviceLevelClock", c.serviceLevelClock());
      }
    }
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
