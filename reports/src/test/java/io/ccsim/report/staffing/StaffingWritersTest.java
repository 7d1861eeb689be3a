package io.ccsim.report.staffing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ccsim.model.Scenario;
import io.ccsim.report.Runs;
import io.ccsim.report.chart.ChartImage;
import io.ccsim.report.chart.StaffingChart;
import io.ccsim.run.ProgressListener;
import io.ccsim.staffing.StaffingResult;
import io.ccsim.staffing.StaffingSearch;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StaffingWritersTest {
  private static final Map<String, Double> COSTS = Map.of("phone-team", 2.0);

  private static StaffingTable table() {
    Scenario scenario = Runs.scenario("silos", false, 10, 3, 4);
    StaffingResult result = StaffingSearch.run(scenario, new StaffingSearch.Options(false, COSTS, Map.of(), 1,
        StaffingSearch.DEFAULT_MAX_SIMULATIONS, ProgressListener.NONE));
    return new StaffingTable(scenario, result, COSTS);
  }

  @Test
  void json_startsWithTheContractKeys_andCostsWeighAgentHours() throws Exception {
    StaffingTable table = table();
    JsonNode json = new ObjectMapper().readTree(StaffingJson.toJson(table, "interval"));
    List<String> keys = new ArrayList<>();
    json.fieldNames().forEachRemaining(keys::add);
    assertEquals(List.of("intervals", "agentHours", "cost", "targetsMet"), keys.subList(0, 4));
    assertEquals(1, json.get("intervals").size(), "a stationary scenario has one interval");
    JsonNode interval = json.get("intervals").get(0);
    assertEquals("00:00", interval.get("start").asText());
    int phone = interval.get("groups").get("phone-team").asInt();
    int chat = interval.get("groups").get("chat-team").asInt();
    double hours = 5.5; // the measured window: 6 h horizon less a 30-minute warm-up
    assertEquals((phone + chat) * hours, json.get("agentHours").asDouble(), 1e-9);
    assertEquals((2 * phone + chat) * hours, json.get("cost").asDouble(), 1e-9);
    assertEquals(table.result().targetsMet(), json.get("targetsMet").asBoolean());
    assertEquals(2, json.get("verification").get("targets").size());
  }

  @Test
  void csvAndText_listTheStaffing_andTheChartRenders() {
    StaffingTable table = table();
    String csv = StaffingCsv.render(table);
    assertTrue(csv.startsWith("interval_start,interval_end,phone-team,chat-team,total,erlang_agents,"
        + "offered_load_erlangs\n00:00,,"), csv);
    String text = StaffingText.render(table, "interval");
    assertTrue(text.contains("agent-hours over the measured 5.5 h"), text);
    assertTrue(text.contains("Targets on the re-run with fresh random numbers (seed 4)"), text);
    ChartImage chart = StaffingChart.render(table);
    assertEquals("staffing", chart.name());
    assertTrue(chart.png().length > 1000);
  }
}
