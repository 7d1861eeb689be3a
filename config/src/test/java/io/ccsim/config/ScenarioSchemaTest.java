package io.ccsim.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.ccsim.model.ChannelKind;
import io.ccsim.model.FollowUp;
import io.ccsim.model.RoutingMode;
import io.ccsim.model.ServiceLevelDefinition;
import io.ccsim.routing.RoutingRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** docs/scenario.schema.json must describe exactly the keys the loader binds, so the two cannot drift. */
class ScenarioSchemaTest {
  static final Path SCHEMA = Path.of("..", "docs", "scenario.schema.json");

  static JsonNode schema;

  @BeforeAll
  static void readSchema() throws IOException {
    // Strict JSON: a duplicate key in the schema would hide one of the two definitions.
    ObjectMapper strict = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    schema = strict.readTree(Files.readString(SCHEMA));
  }

  /** The keys Jackson binds for a spec record, as Jackson itself sees them. */
  static Set<String> boundKeys(Class<?> spec) {
    ObjectMapper mapper = ScenarioFormat.YAML.mapper();
    List<BeanPropertyDefinition> properties =
        mapper.getDeserializationConfig().introspect(mapper.constructType(spec)).findProperties();
    Set<String> names = new LinkedHashSet<>();
    properties.forEach(p -> names.add(p.getName()));
    return names;
  }

  static Set<String> schemaKeys(JsonNode objectSchema) {
    Set<String> names = new LinkedHashSet<>();
    objectSchema.get("properties").fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void schema_isJsonSchema2020WithClosedTopLevel() {
    assertEquals("https://json-schema.org/draft/2020-12/schema", schema.get("$schema").asText());
    assertFalse(schema.get("additionalProperties").asBoolean(true));
    assertTrue(schema.has("description"));
    assertEquals("urn:ccsim:schema:scenario:1", schema.get("$id").asText());
  }

  @Test
  void followUpExamples_conformToTheSchema_andYamlExamplesQuoteOn() throws IOException {
    ObjectNode followUp = (ObjectNode) schema.deepCopy();
    followUp.remove(List.of("required", "anyOf", "properties", "additionalProperties", "type"));
    followUp.put("$ref", "#/$defs/followUp");
    SchemaChecker checker = new SchemaChecker(followUp);
    for (com.fasterxml.jackson.databind.JsonNode example : schema.get("$defs").get("followUp").get("examples")) {
      assertEquals(java.util.List.of(), checker.check(example), example.toString());
    }
    // A bare "on:" is the boolean true to YAML 1.1 tools; the documented examples quote it.
    String doc = java.nio.file.Files.readString(Path.of("..", "docs", "scenario-format.md"));
    assertFalse(java.util.regex.Pattern.compile("\\{ *from: *\\w+, *on:").matcher(doc).find(),
        "docs/scenario-format.md has a follow-up with a bare on:");
  }

  @Test
  void topLevelKeys_schemaAndBinder_areEqual() {
    assertEquals(boundKeys(ScenarioSpec.class), schemaKeys(schema));
  }

  @ParameterizedTest
  @CsvSource({"channel, io.ccsim.config.ChannelSpec", "serviceLevel, io.ccsim.config.ServiceLevelSpec",
      "arrival, io.ccsim.config.ArrivalSpec", "agentGroup, io.ccsim.config.AgentGroupSpec",
      "capacity, io.ccsim.config.CapacitySpec", "routing, io.ccsim.config.RoutingSpec",
      "reservation, io.ccsim.config.ReservationSpec", "overflow, io.ccsim.config.OverflowSpec",
      "journeys, io.ccsim.config.JourneysSpec", "followUp, io.ccsim.config.FollowUpSpec"})
  void nestedKeys_schemaAndBinder_areEqual(String definition, Class<?> spec) {
    JsonNode objectSchema = schema.get("$defs").get(definition);

    assertEquals(boundKeys(spec), schemaKeys(objectSchema));
    assertFalse(objectSchema.get("additionalProperties").asBoolean(true), definition + " must be closed");
  }

  @Test
  void keysInMessages_matchWhatJacksonBinds() {
    for (Class<?> spec : List.of(ScenarioSpec.class, ChannelSpec.class, ServiceLevelSpec.class,
        ArrivalSpec.class, AgentGroupSpec.class, CapacitySpec.class, RoutingSpec.class, ReservationSpec.class,
        OverflowSpec.class, JourneysSpec.class, FollowUpSpec.class)) {
      assertEquals(boundKeys(spec), new LinkedHashSet<>(Keys.of(spec)), spec.getSimpleName());
    }
  }

  @Test
  void distributions_schemaAndRegistry_haveSameNamesAndParameters() {
    Map<String, Set<String>> inSchema = new LinkedHashMap<>();
    for (JsonNode branch : schema.get("$defs").get("distribution").get("oneOf")) {
      Set<String> keys = schemaKeys(branch);
      keys.remove(Distributions.NAME_KEY);
      inSchema.put(branch.get("properties").get(Distributions.NAME_KEY).get("const").asText(), keys);
    }
    Map<String, Set<String>> inRegistry = new LinkedHashMap<>();
    Distributions.types().forEach(t -> inRegistry.put(t.name(), new LinkedHashSet<>(t.parameters())));

    assertEquals(inRegistry, inSchema);
    List<String> names = new ArrayList<>();
    schema.get("$defs").get("distribution").get("properties").get(Distributions.NAME_KEY).get("enum")
        .forEach(n -> names.add(n.asText()));
    assertEquals(new ArrayList<>(inRegistry.keySet()), names);
  }

  @Test
  void serviceLevelDefinitions_schemaAndModel_areEqual() {
    List<String> inSchema = new ArrayList<>();
    schema.get("$defs").get("serviceLevel").get("properties").get("definition").get("enum")
        .forEach(n -> inSchema.add(n.asText()));

    assertEquals(Arrays.stream(ServiceLevelDefinition.values()).map(ServiceLevelDefinition::key).toList(), inSchema);
  }

  /** The values of an {@code enum} in the schema, at {@code $defs.DEFINITION.properties.KEY}. */
  static List<String> schemaEnum(String definition, String key) {
    List<String> values = new ArrayList<>();
    schema.get("$defs").get(definition).get("properties").get(key).get("enum").forEach(n -> values.add(n.asText()));
    return values;
  }

  @Test
  void omniChannelNames_schemaAndLoader_areEqual() {
    assertEquals(List.copyOf(ChannelAssembler.KINDS.keySet()), schemaEnum("channel", "kind"));
    assertEquals(List.copyOf(CapacityAssembler.WRAP_UP_HOLDS.keySet()), schemaEnum("capacity", "wrapUpHolds"));
    assertEquals(List.copyOf(RoutingAssembler.MODES.keySet()), schemaEnum("routing", "mode"));
    assertEquals(List.copyOf(JourneysAssembler.OUTCOMES.keySet()), schemaEnum("followUp", "on"));
  }

  @Test
  void omniChannelNames_loaderAndModel_areEqual() {
    assertEquals(Arrays.stream(ChannelKind.values()).map(ChannelKind::key).toList(),
        List.copyOf(ChannelAssembler.KINDS.keySet()));
    assertEquals(Arrays.stream(RoutingMode.values()).map(RoutingMode::key).toList(),
        List.copyOf(RoutingAssembler.MODES.keySet()));
    assertEquals(Arrays.stream(FollowUp.Outcome.values()).map(FollowUp.Outcome::key).toList(),
        List.copyOf(JourneysAssembler.OUTCOMES.keySet()));
  }

  @Test
  void routingPolicies_schemaAndRegistry_areEqual() {
    assertEquals(RoutingRegistry.agentSelectionNames(), schemaEnum("routing", "agentSelection"));
    assertEquals(RoutingRegistry.contactSelectionNames(), schemaEnum("routing", "contactSelection"));
  }

  @Test
  void omniChannelExample_asJson_conformsToSchema() throws IOException {
    JsonNode example = new YAMLMapper().readTree(ScenarioLoaderTest.resource(OmniChannelLoaderTest.EXAMPLE));
    String json = new ObjectMapper().writeValueAsString(example);

    assertEquals(List.of(), new SchemaChecker(schema).check(new ObjectMapper().readTree(json)));
  }

  @Test
  void checker_omniChannelMistakes_reportsThem() throws IOException {
    ObjectNode example =
        (ObjectNode) new YAMLMapper().readTree(ScenarioLoaderTest.resource(OmniChannelLoaderTest.EXAMPLE));
    ((ObjectNode) example.get("channels").get("email")).put("kind", "defered");
    ((ObjectNode) example.get("agents").get(0).get("capacity").get("perChannel")).put("chat", 0);
    ((ObjectNode) example.get("journeys").get("followUps").get(0)).put("probability", 1.5);
    ((ObjectNode) example.get("routing")).put("agentSelection", "longest-idel");

    List<String> problems = new SchemaChecker(schema).check(example);

    assertTrue(problems.contains("$.channels.email.kind: not one of [\"live\",\"deferred\"]"), problems.toString());
    assertTrue(problems.contains("$.agents[0].capacity.perChannel.chat: below minimum"), problems.toString());
    assertTrue(problems.contains("$.journeys.followUps[0].probability: above maximum"), problems.toString());
    assertTrue(problems.stream().anyMatch(p -> p.startsWith("$.routing.agentSelection: not one of")),
        problems.toString());
  }

  @Test
  void contractExample_asJson_conformsToSchema() throws IOException {
    JsonNode example = new YAMLMapper().readTree(ScenarioLoaderTest.resource(ScenarioLoaderTest.EXAMPLE));
    String json = new ObjectMapper().writeValueAsString(example);

    assertEquals(List.of(), new SchemaChecker(schema).check(new ObjectMapper().readTree(json)));
  }

  @Test
  void jsonExample_everyDistributionKind_conformsToSchema() throws IOException {
    JsonNode example = new ObjectMapper().readTree(ScenarioLoaderTest.resource("scenarios/blended-chat-email.json"));

    assertEquals(List.of(), new SchemaChecker(schema).check(example));
  }

  @Test
  void checker_unknownKeyOrForeignParameter_reportsThem() throws IOException {
    ObjectNode example =
        (ObjectNode) new YAMLMapper().readTree(ScenarioLoaderTest.resource(ScenarioLoaderTest.EXAMPLE));
    example.put("horizn", "1h");
    ((ObjectNode) example.get("channels").get("phone").get("handleTime")).put("cv", 0.5);

    List<String> problems = new SchemaChecker(schema).check(example);

    assertTrue(problems.contains("$.horizn: not allowed"), problems.toString());
    assertTrue(problems.contains("$.channels.phone.handleTime: matches 0 of the oneOf alternatives"),
        problems.toString());
  }
}
