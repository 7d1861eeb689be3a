package io.ccsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The done-when on the shipped retail bank's day: every target holds on independent runs; blending saves agent-hours. */
class StaffRetailBankTest {
  private static final Map<String, Double> TARGETS = Map.of("phone", 0.80, "chat", 0.80, "email", 0.90);

  @Test
  void retailBankDay_staffingFound_meetsEveryTargetOnIndependentRuns_andBlendedNeedsFewerAgentHours(@TempDir Path dir) {
    CliRun blended = CliRun.of("staff", "../scenarios/retail-bank-day.yaml", "--out", dir.toString(), "--json",
        "--quiet");
    CliRun siloed = CliRun.of("staff", "../scenarios/retail-bank-day-siloed.yaml", "--json", "--quiet");
    assertEquals(0, blended.exitCode(), blended.err());
    assertEquals(0, siloed.exitCode(), siloed.err());
    for (CliRun run : new CliRun[] {blended, siloed}) {
      JsonNode json = run.json();
      assertTrue(json.get("feasible").asBoolean());
      assertTrue(json.get("targetsMet").asBoolean(), run.out());
      assertEquals(24, json.get("intervals").size(), "08:00 to 20:00 in half hours");
      assertEquals(49, json.get("verification").get("targets").size(), "phone and chat per interval, email");
    }
    double blendedHours = blended.json().get("agentHours").asDouble();
    double siloedHours = siloed.json().get("agentHours").asDouble();
    assertTrue(blendedHours < siloedHours, "blended " + blendedHours + " vs siloed " + siloedHours);

    // A second independent re-run, of the staffed scenario file itself, with yet another seed.
    CliRun rerun = CliRun.of("run", dir.resolve("staffed.yaml").toString(), "--seed", "2027", "--json", "--quiet");
    assertEquals(0, rerun.exitCode(), rerun.err());
    JsonNode summary = rerun.json();
    for (String channel : new String[] {"phone", "chat"}) {
      JsonNode offered = summary.get("intervals").get("channels").get(channel).get("offered");
      JsonNode sl = summary.get("intervals").get("channels").get(channel).get("serviceLevel");
      for (int j = 0; j < sl.size(); j++) {
        if (offered.get(j).get("mean").asDouble() > 0 && !sl.get(j).get("mean").isNull()) {
          double upper = sl.get(j).get("mean").asDouble() + sl.get(j).get("ci95").asDouble();
          assertTrue(upper >= TARGETS.get(channel), channel + " interval " + j + ": " + sl.get(j));
        }
      }
    }
    JsonNode email = summary.get("channels").get("email").get("serviceLevel");
    assertTrue(email.get("mean").asDouble() + email.get("ci95").asDouble() >= TARGETS.get("email"), email.toString());
  }
}
