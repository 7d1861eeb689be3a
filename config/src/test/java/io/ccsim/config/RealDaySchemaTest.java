package io.ccsim.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The schema's definitions for a real day against the binder, and the real-day example against the schema. */
class RealDaySchemaTest {
  @BeforeAll
  static void readSchema() throws IOException {
    ScenarioSchemaTest.readSchema();
  }

  @ParameterizedTest
  @CsvSource({"businessHours, io.ccsim.config.ChannelSpec$BusinessHours",
      "shift, io.ccsim.config.AgentGroupSpec$Shift", "break, io.ccsim.config.AgentGroupSpec$Break"})
  void nestedRealDayKeys_schemaAndBinder_areEqual(String definition, Class<?> spec) {
    JsonNode objectSchema = ScenarioSchemaTest.schema.get("$defs").get(definition);

    assertEquals(ScenarioSchemaTest.boundKeys(spec), ScenarioSchemaTest.schemaKeys(objectSchema));
    assertEquals(ScenarioSchemaTest.boundKeys(spec), new LinkedHashSet<>(Keys.of(spec)));
    assertFalse(objectSchema.get("additionalProperties").asBoolean(true), definition + " must be closed");
  }

  @Test
  void serviceLevelClocks_schemaAndLoader_areEqual() {
    assertEquals(List.copyOf(ChannelAssembler.CLOCKS.keySet()), ScenarioSchemaTest.schemaEnum("serviceLevel", "clock"));
  }

  private static ObjectNode example() throws IOException {
    String yaml = ScenarioLoaderTest.resource(RealDayLoaderTest.EXAMPLE);
    ObjectMapper json = new ObjectMapper();
    return (ObjectNode) json.readTree(json.writeValueAsString(new YAMLMapper().readTree(yaml)));
  }

  private static List<String> check(JsonNode document) {
    return new SchemaChecker(ScenarioSchemaTest.schema).check(document);
  }

  @Test
  void realDayExample_conformsToSchema() throws IOException {
    assertEquals(List.of(), check(example()));
  }

  @Test
  void daysWithoutHorizon_andShiftsWithoutCount_conformToSchema() throws IOException {
    ObjectNode example = example();
    example.remove("horizon");
    ((ObjectNode) example.get("agents").get(1)).remove("count");

    assertEquals(List.of(), check(example));
  }

  @Test
  void neitherHorizonNorDays_orNeitherCountNorShifts_areRejectedBySchema() throws IOException {
    ObjectNode example = example();
    example.remove("horizon");
    example.remove("days");
    ObjectNode night = (ObjectNode) example.get("agents").get(1);
    night.remove("count");
    night.remove("shifts");

    List<String> problems = check(example);

    assertTrue(problems.contains("$: matches 0 of the anyOf alternatives"), problems.toString());
    assertTrue(problems.contains("$.agents[1]: matches 0 of the anyOf alternatives"), problems.toString());
  }

  @Test
  void realDayMistakes_areRejectedBySchema() throws IOException {
    ObjectNode example = example();
    example.put("days", 0);
    ObjectNode email = (ObjectNode) example.get("channels").get("email");
    ((ObjectNode) email.get("serviceLevel")).put("clock", "office");
    ((ObjectNode) email.get("businessHours")).put("close", "24:30");
    ((ObjectNode) example.get("channels").get("phone").get("businessHours")).put("open", "24:00");
    ObjectNode team = (ObjectNode) example.get("agents").get(0);
    team.put("shrinkage", "100%");
    ObjectNode early = (ObjectNode) team.get("shifts").get(0);
    early.put("count", 0);
    ((ObjectNode) early.get("breaks").get(0)).set("window",
        JsonNodeFactory.instance.arrayNode().add("11:00").add("13:00"));
    ((ObjectNode) example.get("agents").get(1)).put("shrinkage", 1.0);
    ((ObjectNode) team.get("shifts").get(1).get("breaks").get(0)).set("window",
        JsonNodeFactory.instance.arrayNode().add("15:00").add("16:00").add("17:00"));

    List<String> problems = check(example);

    for (String expected : List.of("$.days: below minimum", "$.channels.email.serviceLevel.clock: not one of",
        "$.channels.email.businessHours.close: '24:30' does not match",
        "$.channels.phone.businessHours.open: '24:00' does not match",
        "$.agents[0].shrinkage: matches 0 of the anyOf alternatives", "$.agents[0].shifts[0].count: below minimum",
        "$.agents[0].shifts[0].breaks[0]: matches 2 of the oneOf alternatives",
        "$.agents[0].shifts[1].breaks[0].window: too many items",
        "$.agents[1].shrinkage: matches 0 of the anyOf alternatives")) {
      assertTrue(problems.stream().anyMatch(p -> p.startsWith(expected)), () -> expected + " in " + problems);
    }
  }
}
