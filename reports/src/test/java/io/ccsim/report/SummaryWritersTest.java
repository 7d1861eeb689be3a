package io.ccsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.ccsim.kpi.Kpi;
import io.ccsim.kpi.KpiEstimates;
import io.ccsim.kpi.Scope;
import io.ccsim.kpi.View;
import io.ccsim.run.ChannelSummary;
import io.ccsim.run.GroupSummary;
import io.ccsim.run.Summary;
import io.ccsim.stats.Estimate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SummaryWritersTest {
  static Summary summary() {
    Estimate e = new Estimate(0.5, 0.01);
    Estimate undefined = new Estimate(Double.NaN, Double.NaN);
    KpiEstimates channel = KpiEstimates.of(Scope.CHANNEL, kpi -> e).with(Kpi.UNFINISHED, new Estimate(0, 0));
    ChannelSummary phone = new ChannelSummary("live", channel.with(Kpi.OFFERED, new Estimate(100, 2))
        .with(Kpi.SERVICE_LEVEL, new Estimate(0.85, 0.02)), "answered-of-offered", 20, 0.8, "calendar");
    ChannelSummary chat = new ChannelSummary("live", channel.with(Kpi.ASA_SECONDS, undefined),
        "answered-of-answered", 60, 0.8, "calendar");
    Map<String, ChannelSummary> channels = new LinkedHashMap<>();
    channels.put("phone", phone);
    channels.put("chat", chat);
    GroupSummary team = new GroupSummary(10,
        KpiEstimates.undefined(Scope.GROUP).with(Kpi.OCCUPANCY, new Estimate(0.7, 0.05)), Map.of());
    return new Summary("Demo", 42, 5, 3600, 36000, channels, Map.of("team", team),
        KpiEstimates.of(Scope.JOURNEY, kpi -> e), null);
  }

  @Test
  void everyCatalogueEntry_appearsInSummaryJson_andInTheCsvAndTextItIsShownIn() {
    Summary summary = summary();
    JsonNode root = SummaryJson.parse(SummaryJson.toJson(summary));
    String channelsCsv = SummaryCsv.channels(summary).split("\n")[0] + ",";
    String groupsCsv = SummaryCsv.groups(summary).split("\n")[0] + ",";
    List<String> textRows = TextTable.render(summary).lines().toList();
    for (Kpi kpi : Kpi.values()) {
      JsonNode parent = switch (kpi.scope()) {
        case CHANNEL -> root.get("channels").get("phone");
        case GROUP -> root.get("groups").get("team");
        case JOURNEY -> root.get("journeys");
      };
      assertTrue(parent.get(kpi.key()).has("mean"), kpi.key() + " in summary.json");
      String csv = kpi.scope() == Scope.GROUP ? groupsCsv : channelsCsv;
      assertEquals(kpi.shownIn(View.CSV), csv.contains("," + kpi.key() + "_mean," + kpi.key() + "_ci95,"),
          kpi.key() + " in CSV");
      boolean inText = kpi.scope() == Scope.GROUP
          ? textRows.stream().anyMatch(l -> l.startsWith("group ") && l.contains("  " + kpi.label()))
          : textRows.stream().anyMatch(l -> l.startsWith(Units.labelWithoutSeconds(kpi) + "  "));
      assertEquals(kpi.shownIn(View.TEXT), inText, kpi.key() + " in the text table");
    }
  }

  @Test
  void summaryJson_hasContractKeysInOrder_andNullForUndefined() {
    JsonNode root = SummaryJson.parse(SummaryJson.toJson(summary()));
    List<String> top = new ArrayList<>();
    root.fieldNames().forEachRemaining(top::add);
    assertEquals(List.of("schema", "scenario", "seed", "replications", "warmupSeconds", "horizonSeconds", "channels",
        "groups", "journeys"), top);
    assertEquals("ccsim.summary/1", root.get("schema").asText());
    List<String> channels = new ArrayList<>();
    root.get("channels").fieldNames().forEachRemaining(channels::add);
    assertEquals(List.of("phone", "chat"), channels);
    JsonNode chat = root.get("channels").get("chat");
    assertTrue(chat.get("asaSeconds").get("mean").isNull());
    assertTrue(chat.get("asaSeconds").get("ci95").isNull());
    assertEquals(0.85, root.get("channels").get("phone").get("serviceLevel").get("mean").asDouble());
    assertEquals("answered-of-answered", chat.get("serviceLevelDefinition").asText());
    assertEquals(0.7, root.get("groups").get("team").get("occupancy").get("mean").asDouble());
    Iterator<String> keys = root.get("channels").get("phone").fieldNames();
    List<String> phoneKeys = new ArrayList<>();
    keys.forEachRemaining(phoneKeys::add);
    // The contract's order; later versions may only add keys after these.
    List<String> phoneContract = List.of("kind", "offered", "answered", "abandoned", "blocked", "serviceLevel",
        "serviceLevelDefinition", "serviceLevelThresholdSeconds", "serviceLevelTarget", "serviceLevelClock",
        "asaSeconds", "meanWaitSeconds", "probWait", "abandonRate", "blockRate", "waitP50Seconds", "waitP90Seconds",
        "waitP99Seconds", "unfinished", "ahtSeconds", "holdSeconds", "backlogAtEnd");
    assertEquals(phoneContract, phoneKeys.subList(0, phoneContract.size()));
    List<String> teamKeys = new ArrayList<>();
    root.get("groups").get("team").fieldNames().forEachRemaining(teamKeys::add);
    List<String> teamContract = List.of("agents", "occupancy", "slotOccupancy", "busyShare", "concurrency",
        "concurrencyDistribution", "interruptions", "overtimeSeconds");
    assertEquals(teamContract, teamKeys.subList(0, teamContract.size()));
  }

  @Test
  void channelsCsv_hasMeanAndCiColumnsPerKpi_andEmptyCellsForUndefined() {
    String[] lines = SummaryCsv.channels(summary()).split("\n");
    assertEquals(3, lines.length);
    String[] header = lines[0].split(",", -1);
    assertEquals("channel", header[0]);
    assertEquals("offered_mean", header[1]);
    assertEquals("offered_ci95", header[2]);
    assertEquals(1 + 2 * Kpi.shownIn(Scope.CHANNEL, View.CSV).size() + 2, header.length);
    String[] chat = lines[2].split(",", -1);
    assertEquals(header.length, chat.length);
    int asa = List.of(header).indexOf("asaSeconds_mean");
    assertEquals("", chat[asa]);
    assertTrue(lines[1].startsWith("phone,100.0,2.0,"), lines[1]);
  }

  @Test
  void textTable_showsEstimatesWithHalfWidths_andNaForUndefined() {
    String table = TextTable.render(summary());
    assertTrue(table.contains("85.00% ± 2.00%"), table);
    assertTrue(table.contains("n/a"), table);
    assertTrue(table.contains("service level of chat: answered-of-answered (answered within T / answered), T = 1m, target 80%"), table);
    assertTrue(table.contains("team"), table);
  }
}
