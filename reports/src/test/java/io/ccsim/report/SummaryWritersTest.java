package io.ccsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
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
    ChannelSummary phone = new ChannelSummary(new Estimate(100, 2), e, e, e, new Estimate(0.85, 0.02), e, e, e, e, e,
        e, e, e, "answered-of-offered", 20, 0.8, new Estimate(0, 0));
    ChannelSummary chat = new ChannelSummary(e, e, e, e, e, undefined, e, e, e, e, e, e, e,
        "answered-of-answered", 60, 0.8, new Estimate(0, 0));
    Map<String, ChannelSummary> channels = new LinkedHashMap<>();
    channels.put("phone", phone);
    channels.put("chat", chat);
    return new Summary("Demo", 42, 5, 3600, 36000, channels,
        Map.of("team", new GroupSummary(10, new Estimate(0.7, 0.05))));
  }

  @Test
  void summaryJson_hasContractKeysInOrder_andNullForUndefined() {
    JsonNode root = SummaryJson.parse(SummaryJson.toJson(summary()));
    List<String> top = new ArrayList<>();
    root.fieldNames().forEachRemaining(top::add);
    assertEquals(List.of("scenario", "seed", "replications", "warmupSeconds", "horizonSeconds", "channels", "groups"), top);
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
    for (Kpi kpi : Kpi.all()) {
      assertTrue(phoneKeys.contains(kpi.key()), kpi.key());
    }
  }

  @Test
  void channelsCsv_hasMeanAndCiColumnsPerKpi_andEmptyCellsForUndefined() {
    String[] lines = SummaryCsv.channels(summary()).split("\n");
    assertEquals(3, lines.length);
    String[] header = lines[0].split(",", -1);
    assertEquals("channel", header[0]);
    assertEquals("offered_mean", header[1]);
    assertEquals("offered_ci95", header[2]);
    assertEquals(1 + 2 * Kpi.all().size() + 2, header.length);
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
