package io.ccsim.loadgen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ccsim.arrivals.ArrivalSchedule;
import io.ccsim.loadgen.csv.ArrivalsCsvFile;
import io.ccsim.loadgen.csv.ArrivalsCsvWriter;
import io.ccsim.loadgen.target.TargetSettings;
import io.ccsim.loadgen.target.TargetSpec;
import io.ccsim.model.Scenario;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** What the load generator sends is the exported arrivals CSV of the same scenario and seed, row for row. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ScheduleMatchesCsvTest {
  private static List<String> sentRows(Path jsonl) throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    List<String> rows = new ArrayList<>();
    for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
      JsonNode e = mapper.readTree(line);
      rows.add(e.get("arrivalSeconds").asText() + "," + e.get("channel").asText() + ","
          + (e.get("handleSeconds").isNull() ? "" : e.get("handleSeconds").asText()) + ","
          + (e.get("patienceSeconds").isNull() ? "" : e.get("patienceSeconds").asText()) + ",");
    }
    return rows;
  }

  private static LoadResult send(ContactSource source, Path jsonl) throws Exception {
    LoadOptions options = Scenarios.options(0.5);
    Plan plan = Plan.of(source, options);
    TargetSpec target = TargetSpec.parse("jsonl:" + jsonl);
    Map<String, TargetSpec> routing = Map.of("phone", target, "chat", target, "email", target);
    return new LoadGenerator(source, plan, options, routing,
        new TargetSettings(options.timeout(), 1000, 1, 1000, new StringWriter()), List.of(), IntervalListener.NONE)
        .run();
  }

  @Test
  void sentContacts_equalTheExportedCsv_andReplayingTheCsvSendsTheSame(@TempDir Path dir) throws Exception {
    Scenario scenario = Scenarios.threeChannels(77, 400, 200, 100);
    Path csv = dir.resolve("arrivals.csv");
    long rows = ArrivalsCsvWriter.writeFile(ArrivalSchedule.of(scenario, 0), csv);
    List<String> exported = Files.readAllLines(csv, StandardCharsets.UTF_8);
    exported = exported.subList(1, exported.size());

    Path fromScenario = dir.resolve("scenario.jsonl");
    LoadResult r = send(ContactSource.of("s", scenario, 0), fromScenario);
    assertEquals(rows, r.overall().ok());
    assertTrue(rows > 600);
    // jsonl writes in send order, which is the schedule's order.
    assertEquals(exported, sentRows(fromScenario));

    Path fromCsv = dir.resolve("csv.jsonl");
    send(ContactSource.of(new ArrivalsCsvFile(csv, ContactSource.channelNames(scenario)), scenario.name()), fromCsv);
    assertEquals(exported, sentRows(fromCsv));
  }
}
