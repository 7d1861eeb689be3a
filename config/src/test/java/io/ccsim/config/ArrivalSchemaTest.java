package io.ccsim.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The schema's arrival definitions against the binder, and the time-varying example against the schema. */
class ArrivalSchemaTest {
  @BeforeAll
  static void readSchema() throws IOException {
    ScenarioSchemaTest.readSchema();
  }

  @ParameterizedTest
  @CsvSource({"profile, io.ccsim.config.ArrivalSpec$Profile", "intraday, io.ccsim.config.ArrivalSpec$Intraday",
      "busyness, io.ccsim.config.ArrivalSpec$Busyness", "burst, io.ccsim.config.ArrivalSpec$Burst"})
  void nestedArrivalKeys_schemaAndBinder_areEqual(String definition, Class<?> spec) {
    JsonNode objectSchema = ScenarioSchemaTest.schema.get("$defs").get(definition);

    assertEquals(ScenarioSchemaTest.boundKeys(spec), ScenarioSchemaTest.schemaKeys(objectSchema));
    assertEquals(ScenarioSchemaTest.boundKeys(spec), new LinkedHashSet<>(Keys.of(spec)));
    assertFalse(objectSchema.get("additionalProperties").asBoolean(true), definition + " must be closed");
  }

  private static ObjectNode example() throws IOException {
    String yaml = ScenarioLoaderTest.resource(ArrivalsLoaderTest.RESOURCE);
    return (ObjectNode) new ObjectMapper().readTree(new ObjectMapper().writeValueAsString(new YAMLMapper().readTree(yaml)));
  }

  @Test
  void timeVaryingExample_conformsToSchema() throws IOException {
    assertEquals(List.of(), new SchemaChecker(ScenarioSchemaTest.schema).check(example()));
  }

  @Test
  void twoRateForms_orNone_areRejectedBySchema() throws IOException {
    ObjectNode example = example();
    ObjectNode phone = (ObjectNode) example.get("arrivals").get(0);
    phone.put("rate", "100/h");
    ObjectNode email = (ObjectNode) example.get("arrivals").get(2);
    email.remove("rate");

    List<String> problems = new SchemaChecker(ScenarioSchemaTest.schema).check(example);

    assertTrue(problems.contains("$.arrivals[0]: matches 2 of the oneOf alternatives"), problems.toString());
    assertTrue(problems.contains("$.arrivals[2]: matches 0 of the oneOf alternatives"), problems.toString());
  }

  @Test
  void badTimeOfDay_isRejectedBySchema() throws IOException {
    ObjectNode example = example();
    ((ObjectNode) example.get("arrivals").get(1).get("profile")).put("start", "25:00");

    List<String> problems = new SchemaChecker(ScenarioSchemaTest.schema).check(example);

    assertTrue(problems.stream().anyMatch(p -> p.startsWith("$.arrivals[1].profile.start: '25:00' does not match")),
        problems.toString());
  }
}
