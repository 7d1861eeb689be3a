package io.ccsim.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.ccsim.distribution.Constant;
import io.ccsim.distribution.Exponential;
import io.ccsim.distribution.Gamma;
import io.ccsim.distribution.Lognormal;
import io.ccsim.distribution.Uniform;
import io.ccsim.model.AgentCapacity;
import io.ccsim.model.AgentGroup;
import io.ccsim.model.Channel;
import io.ccsim.model.ChannelKind;
import io.ccsim.model.FollowUp;
import io.ccsim.model.FollowUp.Outcome;
import io.ccsim.model.Journeys;
import io.ccsim.model.Overflow;
import io.ccsim.model.Reservation;
import io.ccsim.model.Routing;
import io.ccsim.model.RoutingMode;
import io.ccsim.model.Scenario;
import io.ccsim.model.ServiceLevelDefinition;
import io.ccsim.model.ServiceLevelGoal;
import io.ccsim.routing.RoutingRegistry;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The omni-channel keys: the full example loads to the expected model, and every key is read with its default. */
class OmniChannelLoaderTest {
  static final String EXAMPLE = "scenarios/omni-channel.yaml";
  static final String MINIMAL = ScenarioLoaderTest.MINIMAL;

  static Scenario example() throws IOException {
    return ScenarioLoader.load("omni-channel.yaml", ScenarioLoaderTest.resource(EXAMPLE));
  }

  @Test
  void example_channels_haveEveryValue() throws IOException {
    Scenario s = example();

    assertEquals("Omni-channel phone, chat and email", s.name());
    assertEquals(List.of(
        new Channel("phone", new ServiceLevelGoal(20, 0.80, ServiceLevelDefinition.ANSWERED_OF_OFFERED),
            new Lognormal(240, 0.9), new Exponential(180), 40, ChannelKind.LIVE, new Exponential(30), 2, List.of()),
        new Channel("chat", new ServiceLevelGoal(60, 0.80, ServiceLevelDefinition.EXCLUDE_SHORT_ABANDONS),
            new Gamma(360, 0.7), new Exponential(240), Channel.UNLIMITED_QUEUE, ChannelKind.LIVE, null, 1,
            List.of()),
        new Channel("email", new ServiceLevelGoal(24 * 3600, 0.90, ServiceLevelDefinition.ANSWERED_OF_OFFERED),
            new Lognormal(480, 0.8), null, Channel.UNLIMITED_QUEUE, ChannelKind.DEFERRED, null, 0,
            List.of("phone"))),
        s.channels());
  }

  @Test
  void example_groups_haveProficiencyAndCapacity() throws IOException {
    Scenario s = example();

    AgentCapacity blended = new AgentCapacity(Map.of("phone", 1, "chat", 3, "email", 2), 100,
        Map.of("phone", 100, "chat", 30, "email", 50), true, Set.of("phone"), Map.of("chat", List.of(1.0, 1.25, 1.6)),
        false);
    AgentCapacity backup = new AgentCapacity(Map.of("email", 2), 0, Map.of(), false, Set.of(), Map.of(), true);
    assertEquals(List.of(
        new AgentGroup("blended", 20, List.of("phone", "chat", "email"), Map.of("chat", 0.9, "email", 1.1), blended),
        new AgentGroup("backup", 4, List.of("email"), Map.of(), backup)), s.groups());
    assertEquals(1.25, s.groups().get(0).capacity().slowdownOf("chat", 2));
  }

  @Test
  void example_routing_hasEveryValue() throws IOException {
    assertEquals(new Routing(RoutingMode.BLENDED, "longest-idle", "priority-fifo",
        List.of(new Reservation("email", 2)), List.of(new Overflow("phone", 30, "backup"))), example().routing());
  }

  @Test
  void example_journeys_haveEveryValue() throws IOException {
    Journeys expected = new Journeys(true, 0.7, Map.of("phone", 0.8, "chat", 0.7), Map.of("phone", 0.95), List.of(
        new FollowUp("chat", Outcome.ABANDONED, 0.3, "phone", new Exponential(600), 0),
        new FollowUp("phone", Outcome.UNRESOLVED, 0.8, "phone", new Exponential(3600), 0),
        new FollowUp("email", Outcome.UNANSWERED, 0.4, "phone", new Constant(0), 24 * 3600),
        new FollowUp("phone", Outcome.BLOCKED, 0.5, "chat", new Uniform(60, 300), 0)));

    assertEquals(expected, example().journeys());
  }

  @Test
  void example_convertedToJson_loadsTheSameScenario() throws IOException {
    String yaml = ScenarioLoaderTest.resource(EXAMPLE);
    String json = new ObjectMapper().writeValueAsString(new YAMLMapper().readTree(yaml));

    assertEquals(ScenarioLoader.load("a.yaml", yaml), ScenarioLoader.load("a.json", json));
  }

  @Test
  void minimalFile_newKeysOmitted_reproduceTodaysBehaviour() {
    Scenario s = ScenarioLoader.load("minimal.yaml", MINIMAL);

    Channel phone = s.channels().get(0);
    assertEquals(ChannelKind.LIVE, phone.kind());
    assertEquals(0, phone.priority());
    assertNull(phone.wrapUp());
    assertEquals(List.of(), phone.interruptibleBy());
    assertEquals(Map.of(), s.groups().get(0).proficiency());
    assertEquals(AgentCapacity.SINGLE, s.groups().get(0).capacity());
    assertEquals(Routing.DEFAULT, s.routing());
    assertEquals(Journeys.NONE, s.journeys());
  }

  @ParameterizedTest
  @ValueSource(strings = {"routing:\n", "routing: {}\n", "journeys:\n", "journeys: {}\n",
      "routing: {reservations: [], overflow: []}\njourneys: {followUps: []}\n"})
  void emptyRoutingOrJourneys_keepTheDefaults(String written) {
    Scenario s = ScenarioLoader.load("e.yaml", MINIMAL + written);

    assertEquals(Routing.DEFAULT, s.routing());
    assertEquals(Journeys.NONE, s.journeys());
  }

  @Test
  void emptyCapacity_isOneItemAtATime() {
    Scenario s = ScenarioLoader.load("c.yaml", MINIMAL.replace("skills: [phone]", "skills: [phone]\n    capacity: {}"));

    assertEquals(AgentCapacity.SINGLE, s.groups().get(0).capacity());
  }

  @Test
  void routing_onlyModeGiven_otherKeysKeepDefaults() {
    Routing routing = ScenarioLoader.load("r.yaml", MINIMAL + "routing: {mode: siloed}\n").routing();

    assertEquals(new Routing(RoutingMode.SILOED, Routing.DEFAULT.agentSelection(),
        Routing.DEFAULT.contactSelection(), List.of(), List.of()), routing);
  }

  @ParameterizedTest
  @EnumSource(RoutingMode.class)
  void routingMode_eachKey_isRead(RoutingMode mode) {
    assertEquals(mode, ScenarioLoader.load("m.yaml", MINIMAL + "routing: {mode: " + mode.key() + "}\n")
        .routing().mode());
  }

  static Stream<String> agentSelections() {
    return RoutingRegistry.agentSelectionNames().stream();
  }

  static Stream<String> contactSelections() {
    return RoutingRegistry.contactSelectionNames().stream();
  }

  @ParameterizedTest
  @MethodSource("agentSelections")
  void agentSelection_eachRegisteredPolicy_isAccepted(String name) {
    assertEquals(name, ScenarioLoader.load("p.yaml", MINIMAL + "routing: {agentSelection: " + name + "}\n")
        .routing().agentSelection());
  }

  @ParameterizedTest
  @MethodSource("contactSelections")
  void contactSelection_eachRegisteredPolicy_isAccepted(String name) {
    assertEquals(name, ScenarioLoader.load("p.yaml", MINIMAL + "routing: {contactSelection: " + name + "}\n")
        .routing().contactSelection());
  }

  @ParameterizedTest
  @EnumSource(ChannelKind.class)
  void channelKind_eachKey_isRead(ChannelKind kind) {
    Scenario s = ScenarioLoader.load("k.yaml",
        MINIMAL.replace("    handleTime:", "    kind: " + kind.key() + "\n    handleTime:"));

    assertEquals(kind, s.channels().get(0).kind());
  }

  @Test
  void priority_negative_isAllowed() {
    Scenario s = ScenarioLoader.load("p.yaml", MINIMAL.replace("    handleTime:", "    priority: -1\n    handleTime:"));

    assertEquals(-1, s.channels().get(0).priority());
  }

  @Test
  void interruptibleBy_emptyListOnLiveChannel_isAllowed() {
    Scenario s = ScenarioLoader.load("i.yaml",
        MINIMAL.replace("    handleTime:", "    interruptibleBy: []\n    handleTime:"));

    assertEquals(List.of(), s.channels().get(0).interruptibleBy());
  }

  @Test
  void unitCost_withoutUnits_isKeptAndNotChecked() {
    Scenario s = ScenarioLoader.load("u.yaml",
        MINIMAL.replace("skills: [phone]", "skills: [phone]\n    capacity: {unitCost: {phone: 500}}"));

    assertEquals(0, s.groups().get(0).capacity().units());
    assertEquals(500, s.groups().get(0).capacity().costOf("phone"));
  }

  @Test
  void unitCost_equalToUnits_fits() {
    Scenario s = ScenarioLoader.load("u.yaml",
        MINIMAL.replace("skills: [phone]", "skills: [phone]\n    capacity: {units: 100, unitCost: {phone: 100}}"));

    assertEquals(100, s.groups().get(0).capacity().costOf("phone"));
  }

  @ParameterizedTest
  @EnumSource(value = Outcome.class, names = {"ABANDONED", "UNRESOLVED", "BLOCKED"})
  void followUp_eachLiveOutcome_isRead(Outcome on) {
    String yaml = MINIMAL + "journeys:\n  followUps:\n    - {from: phone, on: " + on.key()
        + ", probability: 1, to: phone, delay: {distribution: constant, value: 1m}}\n";

    FollowUp rule = ScenarioLoader.load("f.yaml", yaml).journeys().followUps().get(0);

    assertEquals(new FollowUp("phone", on, 1.0, "phone", new Constant(60), 0), rule);
  }

  @Test
  void alternatives_addingUpToExactlyOne_areAccepted() {
    // 0.1 + 0.2 + 0.7 is 1.0000000000000002 in binary floating point; the check adds decimals.
    String rule =
        "    - {from: phone, on: abandoned, probability: %s, to: phone, delay: {distribution: constant, value: 0}}\n";
    String yaml = MINIMAL + "journeys:\n  followUps:\n" + rule.formatted("0.1") + rule.formatted("0.2")
        + rule.formatted("0.7");

    assertEquals(3, ScenarioLoader.load("a.yaml", yaml).journeys().followUps().size());
  }

  @Test
  void alternatives_sameChannelDifferentOutcomes_areSeparate() {
    String yaml = MINIMAL + """
        journeys:
          followUps:
            - {from: phone, on: abandoned, probability: 0.9, to: phone, delay: {distribution: constant, value: 0}}
            - {from: phone, on: blocked, probability: 0.9, to: phone, delay: {distribution: constant, value: 0}}
        """;

    assertEquals(2, ScenarioLoader.load("a.yaml", yaml).journeys().followUps().size());
  }

  @Test
  void journeys_omittedFactorAndContext_useDefaults() {
    Journeys journeys = ScenarioLoader.load("j.yaml", MINIMAL + "journeys: {resolution: {phone: 0.5}}\n").journeys();

    assertEquals(new Journeys(false, 1.0, Map.of("phone", 0.5), Map.of(), List.of()), journeys);
  }

  @Test
  void wrapUpHoldsAgent_isRead() {
    Scenario s = ScenarioLoader.load("w.yaml",
        MINIMAL.replace("skills: [phone]", "skills: [phone]\n    capacity: {wrapUpHolds: agent}"));

    assertEquals(true, s.groups().get(0).capacity().wrapUpHoldsAgent());
  }
}
