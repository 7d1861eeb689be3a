package io.ccsim.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.ccsim.model.Shift;
import io.ccsim.model.TimeOfDay;
import io.ccsim.staffing.StaffedScenario;
import io.ccsim.staffing.StaffingPlan;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Writes a scenario file with a staffing plan in place of its groups' head counts and shifts
 * ({@code ccsim staff}'s {@code staffed.yaml}): the source file's tree with, per group, either
 * {@code count} (stationary plans) or the shifts of {@link StaffedScenario#shifts}; everything else is kept
 * as written (comments are not).
 */
public final class StaffedScenarioFile {
  private static final YAMLMapper YAML = YAMLMapper.builder().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
      .build();

  private StaffedScenarioFile() {}

  /**
   * The YAML text of {@code content} (the scenario file {@code displayName}, YAML or JSON, already loaded
   * once, so valid) staffed as {@code plan} says, headed by {@code comment} lines.
   */
  public static String render(String displayName, String content, StaffingPlan plan, String comment) {
    ScenarioFormat format = ScenarioFormat.forFile(displayName).orElseThrow(
        () -> new IllegalArgumentException("unsupported scenario file type: " + displayName));
    String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
    try {
      ObjectNode root = (ObjectNode) format.mapper().readTree(text);
      if (root.hasNonNull("name")) {
        root.put("name", root.get("name").asText() + " (staffed)");
      }
      ArrayNode agents = (ArrayNode) root.get("agents");
      for (JsonNode node : agents) {
        ObjectNode group = (ObjectNode) node;
        int g = plan.groups().indexOf(group.get("group").asText());
        if (g < 0) {
          continue;
        }
        if (plan.stationary()) {
          group.remove("shifts");
          group.put("count", plan.agents(0, g));
          continue;
        }
        group.remove("count");
        ArrayNode shifts = YAML.createArrayNode();
        for (Shift shift : StaffedScenario.shifts(plan.ofGroup(g), plan.intervalSeconds())) {
          ObjectNode s = shifts.addObject();
          s.put("start", TimeOfDay.format(shift.startSeconds()));
          s.put("end", shift.endSeconds() >= TimeOfDay.DAY_SECONDS ? "24:00" : TimeOfDay.format(shift.endSeconds()));
          s.put("count", shift.count());
        }
        group.set("shifts", shifts);
      }
      StringBuilder out = new StringBuilder();
      for (String line : comment.split("\n", -1)) {
        out.append("# ").append(line).append('\n');
      }
      return out.append(YAML.writeValueAsString(root)).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
