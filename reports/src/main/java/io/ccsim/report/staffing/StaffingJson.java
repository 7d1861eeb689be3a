package io.ccsim.report.staffing;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ccsim.staffing.StaffingPlan;
import io.ccsim.staffing.StaffingResult;
import io.ccsim.staffing.TargetCheck;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Writes {@code staffing.json} ({@code ccsim staff --json}), a contract documented in docs/staffing.md:
 * {@code intervals[].start}, {@code intervals[].groups}, {@code agentHours}, {@code cost} and
 * {@code targetsMet} first, then the details. Built key by key so that names and order are fixed here.
 */
public final class StaffingJson {
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  private StaffingJson() {}

  /** The staffing as indented JSON text, ending with a newline. */
  public static String toJson(StaffingTable table, String per) {
    StaffingResult result = table.result();
    StaffingPlan plan = table.plan();
    ObjectNode root = MAPPER.createObjectNode();
    ArrayNode intervals = root.putArray("intervals");
    for (int i : table.rows()) {
      ObjectNode row = intervals.addObject();
      row.put("start", table.start(i));
      ObjectNode groups = row.putObject("groups");
      for (int g = 0; g < plan.groups().size(); g++) {
        groups.put(plan.groups().get(g), plan.agents(i, g));
      }
    }
    root.put("agentHours", round(table.agentHours()));
    root.put("cost", round(table.cost()));
    root.put("targetsMet", result.targetsMet());
    root.put("everyMeanMeetsItsTarget", result.everyMeanMeetsItsTarget());
    root.put("scenario", table.scenario().name());
    root.put("per", per);
    root.put("intervalSeconds", plan.intervalSeconds());
    ObjectNode byGroup = root.putObject("agentHoursByGroup");
    for (int g = 0; g < plan.groups().size(); g++) {
      byGroup.put(plan.groups().get(g), round(table.agentHours(g)));
    }
    root.put("feasible", result.feasible());
    if (result.problem() != null) {
      root.put("problem", result.problem());
    }
    root.put("seed", table.scenario().seed());
    root.put("replications", result.replications());
    root.put("simulations", result.simulations());
    root.put("replicationsSimulated", result.replicationsSimulated());
    ObjectNode verification = root.putObject("verification");
    verification.put("seed", result.verificationSeed());
    ArrayNode targets = verification.putArray("targets");
    for (TargetCheck check : result.verificationChecks()) {
      ObjectNode t = targets.addObject();
      t.put("channel", check.channel());
      if (check.wholeRun()) {
        t.putNull("interval");
      } else {
        t.put("interval", StaffingTable.clock(check.startSeconds() % 86_400));
        t.put("day", (int) (check.startSeconds() / 86_400) + 1);
      }
      t.put("target", check.target());
      number(t, "mean", check.achieved().mean());
      number(t, "ci95", check.achieved().ci95());
      t.put("met", check.met());
      t.put("holds", check.holds());
    }
    try {
      return MAPPER.writeValueAsString(root) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static double round(double value) {
    return Math.round(value * 1000) / 1000.0;
  }

  private static void number(ObjectNode node, String key, double value) {
    if (Double.isNaN(value)) {
      node.putNull(key);
    } else {
      node.put(key, value);
    }
  }
}
