package io.ccsim.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.ccsim.distribution.Constant;
import io.ccsim.distribution.Distribution;
import io.ccsim.distribution.Empirical;
import io.ccsim.distribution.Exponential;
import io.ccsim.distribution.Gamma;
import io.ccsim.distribution.Lognormal;
import io.ccsim.distribution.Uniform;
import io.ccsim.model.AgentGroup;
import io.ccsim.model.ArrivalStream;
import io.ccsim.model.Channel;
import io.ccsim.model.Scenario;
import io.ccsim.model.ServiceLevelDefinition;
import io.ccsim.model.ServiceLevelGoal;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class ScenarioLoaderTest {
  static final String EXAMPLE = "scenarios/single-skill-phone.yaml";

  /** The smallest valid scenario: every optional key omitted. */
  static final String MINIMAL = """
      horizon: 8h
      channels:
        phone:
          handleTime: {distribution: exponential, mean: 3m}
      arrivals:
        - channel: phone
          rate: 100/h
      agents:
        - group: team
          count: 5
          skills: [phone]
      """;

  static String resource(String name) throws IOException {
    try (InputStream in = ScenarioLoaderTest.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IOException("missing test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void contractExample_asWritten_loadsEveryValue() throws IOException {
    Scenario s = ScenarioLoader.load("single-skill-phone.yaml", resource(EXAMPLE));

    assertEquals("Single-skill phone queue", s.name());
    assertEquals(42, s.seed());
    assertEquals(20, s.replications());
    assertEquals(2 * 3600, s.warmupSeconds());
    assertEquals(100 * 3600, s.horizonSeconds());
    assertEquals(List.of(new Channel("phone",
        new ServiceLevelGoal(20, 0.80, ServiceLevelDefinition.ANSWERED_OF_OFFERED),
        new Exponential(180), new Exponential(300), 50)), s.channels());
    assertEquals(List.of(new ArrivalStream("phone", 200.0 / 3600)), s.arrivals());
    assertEquals(List.of(new AgentGroup("phone-team", 14, List.of("phone"))), s.groups());
  }

  @Test
  void minimalFile_optionalKeysOmitted_usesDocumentedDefaults() {
    Scenario s = ScenarioLoader.load("queues/minimal.yml", MINIMAL);

    assertEquals("minimal", s.name());
    assertEquals(1, s.seed());
    assertEquals(10, s.replications());
    assertEquals(0, s.warmupSeconds());
    Channel phone = s.channels().get(0);
    assertEquals(ServiceLevelGoal.DEFAULT, phone.serviceLevel());
    assertNull(phone.patience());
    assertFalse(phone.hasPatience());
    assertEquals(Channel.UNLIMITED_QUEUE, phone.queueCapacity());
  }

  @Test
  void contractExample_convertedToJson_loadsTheSameScenario() throws IOException {
    String yaml = resource(EXAMPLE);
    String json = new ObjectMapper().writeValueAsString(new YAMLMapper().readTree(yaml));

    assertEquals(ScenarioLoader.load("a.yaml", yaml), ScenarioLoader.load("a.json", json));
  }

  @Test
  void jsonResource_twoChannels_keepsFileOrderAndReadsEveryKey() throws IOException {
    Scenario s = ScenarioLoader.load("blended.json", resource("scenarios/blended-chat-email.json"));

    assertEquals(List.of("phone", "chat"), s.channels().stream().map(Channel::name).toList());
    Channel chat = s.channels().get(1);
    assertEquals(new ServiceLevelGoal(60, 0.9, ServiceLevelDefinition.EXCLUDE_SHORT_ABANDONS), chat.serviceLevel());
    assertEquals(Gamma.erlang(3, 360), chat.handleTime());
    assertEquals(0, chat.queueCapacity());
    assertEquals(new Lognormal(240, 0.9), s.channels().get(0).handleTime());
    assertEquals(new Gamma(120, 1.2), s.channels().get(0).patience());
    assertEquals(0.01, s.arrivals().get(1).ratePerSecond());
  }

  @Test
  void channels_writtenOutOfAlphabeticalOrder_keepFileOrder() {
    String yaml = MINIMAL.replace("channels:\n", """
        channels:
          zeta:
            handleTime: {distribution: constant, value: 1m}
          alpha:
            handleTime: {distribution: constant, value: 1m}
        """).replace("skills: [phone]", "skills: [phone, alpha, zeta]");

    Scenario s = ScenarioLoader.load("order.yaml", yaml);

    assertEquals(List.of("zeta", "alpha", "phone"), s.channels().stream().map(Channel::name).toList());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "8h | 28800", "1h30m | 5400", "90m | 5400", "5400 | 5400", "'\"5400\"' | 5400", "2.5 | 2.5", "1d | 86400"})
  void horizon_anyDurationNotation_isSeconds(String written, double seconds) {
    Scenario s = ScenarioLoader.load("d.yaml", MINIMAL.replace("horizon: 8h", "horizon: " + written));

    assertEquals(seconds, s.horizonSeconds(), 1e-9);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"200/h | 200", "3.5/min | 210", "0.05/s | 180", "0.05 | 180", "4800/d | 200"})
  void rate_anyRateNotation_isPerSecond(String written, double perHour) {
    Scenario s = ScenarioLoader.load("r.yaml", MINIMAL.replace("rate: 100/h", "rate: " + written));

    assertEquals(perHour / 3600, s.arrivals().get(0).ratePerSecond(), 1e-12);
  }

  static Stream<Arguments> distributions() {
    return Stream.of(
        Arguments.of("{distribution: exponential, mean: 3m}", new Exponential(180)),
        Arguments.of("{distribution: constant, value: 45s}", new Constant(45)),
        Arguments.of("{distribution: constant, value: 0}", new Constant(0)),
        Arguments.of("{distribution: gamma, mean: 2m, cv: 0.5}", new Gamma(120, 0.5)),
        Arguments.of("{distribution: erlang, mean: 4m, phases: 4}", Gamma.erlang(4, 240)),
        Arguments.of("{distribution: lognormal, mean: 200, cv: 1.1}", new Lognormal(200, 1.1)),
        Arguments.of("{distribution: uniform, min: 1m, max: 5m}", new Uniform(60, 300)),
        Arguments.of("{distribution: uniform, min: 1m, max: 1m}", new Uniform(60, 60)),
        Arguments.of("{distribution: empirical, values: [1m, 90, 2m30s]}", new Empirical(new double[] {60, 90, 150})),
        Arguments.of("{mean: 3m, distribution: exponential}", new Exponential(180)));
  }

  @ParameterizedTest
  @MethodSource("distributions")
  void handleTime_eachRegisteredDistribution_buildsIt(String written, Distribution expected) {
    Scenario s = ScenarioLoader.load("h.yaml",
        MINIMAL.replace("{distribution: exponential, mean: 3m}", written));

    assertEquals(expected, s.channels().get(0).handleTime());
  }

  @ParameterizedTest
  @EnumSource(ServiceLevelDefinition.class)
  void serviceLevel_eachDefinitionKey_isRead(ServiceLevelDefinition definition) {
    String yaml = MINIMAL.replace("    handleTime:",
        "    serviceLevel: {threshold: 30s, definition: " + definition.key() + "}\n    handleTime:");

    ServiceLevelGoal goal = ScenarioLoader.load("sl.yaml", yaml).channels().get(0).serviceLevel();

    assertEquals(new ServiceLevelGoal(30, 0.80, definition), goal);
  }

  @Test
  void loadPath_existingFile_readsItAndNamesScenarioAfterIt(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("night-shift.yaml");
    Files.writeString(file, "\uFEFF" + MINIMAL);

    assertEquals("night-shift", ScenarioLoader.load(file).name());
  }

  @Test
  void scalars_quotedNumbers_areAccepted() {
    String yaml = MINIMAL.replace("count: 5", "count: \"5\"") + "seed: \"7\"\nname: 2024\n";

    Scenario s = ScenarioLoader.load("q.yaml", yaml);

    assertEquals(5, s.groups().get(0).count());
    assertEquals(7, s.seed());
    assertEquals("2024", s.name());
  }
}
