package io.ccsim.config;

import static io.ccsim.config.Failures.assertError;
import static io.ccsim.config.Failures.loadWith;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import io.ccsim.model.Reservation;
import io.ccsim.routing.RoutingRegistry;
import org.junit.jupiter.api.Test;

/**
 * Errors in the omni-channel keys (kind, priority, wrapUp, interruptibleBy, proficiency, capacity,
 * routing, journeys). Each test changes one text of OMNI, a valid scenario whose line numbers are
 * shown in the comments, and checks the path and the line:column of the offending value or key.
 */
class OmniChannelErrorsTest {
  /**
   * Lines: 9 kind, 11 interruptibleBy, 20 proficiency, 22 perChannel, 23 units, 24 unitCost, 25 exclusive,
   * 26 slowdown, 27 wrapUpHolds, 32 mode, 33 agentSelection, 34 contactSelection, 35 reservations,
   * 36 overflow, 38 resolution, 39 contextResolution, 41 followUps[0], 42-47 followUps[1].
   */
  static final String OMNI = """
      horizon: 8h
      channels:
        phone:
          handleTime: {distribution: exponential, mean: 3m}
          patience: {distribution: exponential, mean: 5m}
        chat:
          handleTime: {distribution: exponential, mean: 6m}
        email:
          kind: deferred
          handleTime: {distribution: exponential, mean: 8m}
          interruptibleBy: [phone]
      arrivals:
        - {channel: phone, rate: 100/h}
        - {channel: chat, rate: 50/h}
        - {channel: email, rate: 20/h}
      agents:
        - group: blended
          count: 5
          skills: [phone, chat, email]
          proficiency: {chat: 0.9}
          capacity:
            perChannel: {phone: 1, chat: 3, email: 2}
            units: 100
            unitCost: {phone: 100, chat: 30, email: 50}
            exclusive: [phone]
            slowdown: {chat: [1.0, 1.25, 1.6]}
            wrapUpHolds: slot
        - group: backup
          count: 2
          skills: [email]
      routing:
        mode: blended
        agentSelection: longest-idle
        contactSelection: priority-fifo
        reservations: [{channel: email, minIdleAgents: 2}]
        overflow: [{channel: phone, after: 30s, group: backup}]
      journeys:
        resolution: {phone: 0.8, chat: 0.7}
        contextResolution: {phone: 0.95}
        followUps:
          - {from: chat, on: abandoned, probability: 0.3, to: phone, delay: {distribution: constant, value: 10m}}
          - from: email
            on: unanswered
            after: 24h
            probability: 0.4
            to: phone
            delay: {distribution: constant, value: 0}
      """;

  static ScenarioException loadOmniWith(String from, String to) {
    return loadWith(OMNI, from, to);
  }

  @Test
  void omniBase_asWritten_loads() {
    assertDoesNotThrow(() -> ScenarioLoader.load("omni.yaml", OMNI));
  }

  // ---------------------------------------------------------------- channels

  @Test
  void unknownKind_pointsAtValueAndSuggests() {
    // line 9: "    kind: defered"
    ScenarioException e = loadOmniWith("kind: deferred", "kind: defered");

    assertError(e, "channels.email.kind", 9, 11, "unknown channel kind 'defered' (did you mean 'deferred'?)",
        "allowed: live, deferred");
  }

  @Test
  void patienceOnDeferredChannel_pointsAtPatienceKey() {
    // line 10: "    patience: {...}" under email (kind: deferred)
    ScenarioException e = loadOmniWith("    kind: deferred\n",
        "    kind: deferred\n    patience: {distribution: exponential, mean: 1h}\n");

    assertError(e, "channels.email.patience", 10, 5, "a deferred channel has no patience",
        "allowed: omit patience, or kind: live");
  }

  @Test
  void interruptibleByOnLiveChannel_pointsAtKey() {
    // line 6: "    interruptibleBy: [chat]" under phone (live by default)
    ScenarioException e = loadOmniWith("    patience: {distribution: exponential, mean: 5m}\n",
        "    patience: {distribution: exponential, mean: 5m}\n    interruptibleBy: [chat]\n");

    assertError(e, "channels.phone.interruptibleBy", 6, 5,
        "only a deferred channel can be interrupted, and 'phone' is live",
        "allowed: omit interruptibleBy, or kind: deferred");
  }

  @Test
  void interruptibleByDeferredChannel_pointsAtItemAndListsLiveChannels() {
    // line 11: "    interruptibleBy: [phone, email]"
    ScenarioException e = loadOmniWith("interruptibleBy: [phone]", "interruptibleBy: [phone, email]");

    assertError(e, "channels.email.interruptibleBy[1]", 11, 30, "'email' is not a live channel (it is deferred)",
        "allowed: phone, chat");
  }

  @Test
  void interruptibleByUnknownChannel_pointsAtItemAndSuggests() {
    ScenarioException e = loadOmniWith("interruptibleBy: [phone]", "interruptibleBy: [phnoe]");

    assertError(e, "channels.email.interruptibleBy[0]", 11, 23,
        "no channel is named 'phnoe' (did you mean 'phone'?)", "allowed: phone, chat");
  }

  @Test
  void interruptibleByListedTwice_pointsAtSecond() {
    ScenarioException e = loadOmniWith("interruptibleBy: [phone]", "interruptibleBy: [phone, phone]");

    assertError(e, "channels.email.interruptibleBy[1]", 11, 30, "channel 'phone' is listed twice");
  }

  @Test
  void fractionalPriority_isNotAWholeNumber() {
    // line 10: "    priority: 1.5"
    ScenarioException e = loadOmniWith("    kind: deferred\n", "    kind: deferred\n    priority: 1.5\n");

    assertError(e, "channels.email.priority", 10, 15, "'1.5' is not a whole number");
  }

  @Test
  void wrapUpZeroMean_pointsAtMean() {
    // line 10: "    wrapUp: {distribution: exponential, mean: 0s}"
    ScenarioException e = loadOmniWith("    kind: deferred\n",
        "    kind: deferred\n    wrapUp: {distribution: exponential, mean: 0s}\n");

    assertError(e, "channels.email.wrapUp.mean", 10, 47, "must be longer than 0, got '0s'");
  }

  // ---------------------------------------------------------------- agents: proficiency and capacity

  @Test
  void concurrencyZero_pointsAtValue() {
    // line 22: "      perChannel: {phone: 1, chat: 0, email: 2}"
    ScenarioException e = loadOmniWith("chat: 3, email: 2}", "chat: 0, email: 2}");

    assertError(e, "agents[0].capacity.perChannel.chat", 22, 36, "must be at least 1, got 0",
        "allowed: a whole number >= 1: the most chat items an agent holds at once");
  }

  @Test
  void concurrencyFraction_isNotAWholeNumber() {
    ScenarioException e = loadOmniWith("chat: 3, email: 2}", "chat: 2.5, email: 2}");

    assertError(e, "agents[0].capacity.perChannel.chat", 22, 36, "'2.5' is not a whole number");
  }

  @Test
  void concurrencyEmpty_isRequired() {
    ScenarioException e = loadOmniWith("chat: 3, email: 2}", "chat: ~, email: 2}");

    assertError(e, "agents[0].capacity.perChannel.chat", 22, 36, "required but empty");
  }

  @Test
  void perChannelKeyNotASkill_pointsAtKeyAndListsSkills() {
    // line 19: "    skills: [phone, chat]"; line 22: "... email: 2}" names a channel the group does not serve.
    ScenarioException e = loadOmniWith("skills: [phone, chat, email]", "skills: [phone, chat]");

    assertError(e, "agents[0].capacity.perChannel.email", 22, 39, "'email' is not a skill of group 'blended'",
        "allowed: a skill of group 'blended': phone, chat");
  }

  @Test
  void itemCostsMoreThanCapacity_pointsAtCost() {
    // line 24: "      unitCost: {phone: 120, chat: 30, email: 50}" with units: 100
    ScenarioException e = loadOmniWith("unitCost: {phone: 100,", "unitCost: {phone: 120,");

    assertError(e, "agents[0].capacity.unitCost.phone", 24, 25,
        "an item of phone costs 120 units, more than the agent's capacity of 100 units, so it could never be served",
        "allowed: a whole number from 0 to units (100)");
  }

  @Test
  void unitCostKeyNotASkill_pointsAtKeyAndSuggests() {
    ScenarioException e = loadOmniWith("email: 50}", "emial: 50}");

    assertError(e, "agents[0].capacity.unitCost.emial", 24, 40,
        "'emial' is not a skill of group 'blended' (did you mean 'email'?)");
  }

  @Test
  void negativeUnits_pointsAtValue() {
    ScenarioException e = loadOmniWith("units: 100", "units: -1");

    assertError(e, "agents[0].capacity.units", 23, 14, "must be at least 0, got -1");
  }

  @Test
  void exclusiveChannelNotASkill_pointsAtItem() {
    ScenarioException e = loadOmniWith("exclusive: [phone]", "exclusive: [fax]");

    assertError(e, "agents[0].capacity.exclusive[0]", 25, 19, "'fax' is not a skill of group 'blended'",
        "allowed: a skill of group 'blended': phone, chat, email");
  }

  @Test
  void slowdownKeyNotASkill_pointsAtKey() {
    ScenarioException e = loadOmniWith("slowdown: {chat:", "slowdown: {video:");

    assertError(e, "agents[0].capacity.slowdown.video", 26, 18, "'video' is not a skill of group 'blended'");
  }

  @Test
  void slowdownFactorBelowOne_pointsAtFactor() {
    // line 26: "      slowdown: {chat: [1.0, 0.8, 1.6]}"
    ScenarioException e = loadOmniWith("[1.0, 1.25, 1.6]", "[1.0, 0.8, 1.6]");

    assertError(e, "agents[0].capacity.slowdown.chat[1]", 26, 30, "'0.8' is not a factor >= 1.0",
        "allowed: a factor >= 1.0");
  }

  @Test
  void slowdownMoreFactorsThanItems_pointsAtList() {
    ScenarioException e = loadOmniWith("[1.0, 1.25, 1.6]", "[1.0, 1.25, 1.6, 2.0]");

    assertError(e, "agents[0].capacity.slowdown.chat", 26, 24,
        "4 factors, but capacity.perChannel.chat lets an agent hold at most 3");
  }

  @Test
  void slowdownEmptyList_pointsAtList() {
    ScenarioException e = loadOmniWith("[1.0, 1.25, 1.6]", "[]");

    assertError(e, "agents[0].capacity.slowdown.chat", 26, 24, "the list is empty");
  }

  @Test
  void unknownWrapUpHolds_pointsAtValueAndSuggests() {
    ScenarioException e = loadOmniWith("wrapUpHolds: slot", "wrapUpHolds: agents");

    assertError(e, "agents[0].capacity.wrapUpHolds", 27, 20,
        "unknown wrapUpHolds value 'agents' (did you mean 'agent'?)", "allowed: slot, agent");
  }

  @Test
  void unknownCapacityKey_pointsAtKeyAndListsCapacityKeys() {
    ScenarioException e = loadOmniWith("      units: 100", "      unit: 100");

    assertError(e, "agents[0].capacity.unit", 23, 7, "unknown key 'unit' (did you mean 'units'?)",
        "allowed: perChannel, units, unitCost, mixChannels, exclusive, slowdown, wrapUpHolds");
  }

  @Test
  void mixChannelsNotBoolean_pointsAtValue() {
    ScenarioException e = loadOmniWith("      units: 100", "      units: 100\n      mixChannels: maybe");

    assertError(e, "agents[0].capacity.mixChannels", 24, 20, "'maybe' is not true or false");
  }

  @Test
  void proficiencyKeyNotASkill_pointsAtKeyAndSuggests() {
    // line 20: "    proficiency: {chta: 0.9}"
    ScenarioException e = loadOmniWith("proficiency: {chat: 0.9}", "proficiency: {chta: 0.9}");

    assertError(e, "agents[0].proficiency.chta", 20, 19,
        "'chta' is not a skill of group 'blended' (did you mean 'chat'?)");
  }

  @Test
  void proficiencyZero_isNotAPositiveFactor() {
    ScenarioException e = loadOmniWith("proficiency: {chat: 0.9}", "proficiency: {chat: 0}");

    assertError(e, "agents[0].proficiency.chat", 20, 25, "'0' is not a positive factor");
  }

  // ---------------------------------------------------------------- routing

  @Test
  void unknownRoutingMode_pointsAtValueAndSuggests() {
    // line 32: "  mode: blend"
    ScenarioException e = loadOmniWith("mode: blended", "mode: blend");

    assertError(e, "routing.mode", 32, 9, "unknown routing mode 'blend' (did you mean 'blended'?)",
        "allowed: siloed, blended");
  }

  @Test
  void unknownAgentSelection_listsRegisteredPoliciesAndSuggests() {
    // line 33: "  agentSelection: longest-idel"
    ScenarioException e = loadOmniWith("agentSelection: longest-idle", "agentSelection: longest-idel");

    assertError(e, "routing.agentSelection", 33, 19,
        "unknown agentSelection policy 'longest-idel' (did you mean 'longest-idle'?)",
        "allowed: " + String.join(", ", RoutingRegistry.agentSelectionNames()));
  }

  @Test
  void unknownContactSelection_listsRegisteredPolicies() {
    ScenarioException e = loadOmniWith("contactSelection: priority-fifo", "contactSelection: fifo");

    assertError(e, "routing.contactSelection", 34, 21, "unknown contactSelection policy 'fifo'",
        "allowed: " + String.join(", ", RoutingRegistry.contactSelectionNames()));
  }

  @Test
  void reservationUnknownChannel_pointsAtName() {
    // line 35: "  reservations: [{channel: e-mail, minIdleAgents: 2}]"
    ScenarioException e = loadOmniWith("{channel: email, minIdleAgents", "{channel: e-mail, minIdleAgents");

    assertError(e, "routing.reservations[0].channel", 35, 28,
        "no channel is named 'e-mail' (did you mean 'email'?)", "allowed: phone, chat, email");
  }

  @Test
  void reservationMinIdleAgentsZero_pointsAtValue() {
    ScenarioException e = loadOmniWith("minIdleAgents: 2", "minIdleAgents: 0");

    assertError(e, "routing.reservations[0].minIdleAgents", 35, 50, "must be at least 1, got 0");
  }

  @Test
  void reservationTwiceForOneChannel_pointsAtSecond() {
    ScenarioException e = loadOmniWith("minIdleAgents: 2}]", "minIdleAgents: 2}, {channel: email, minIdleAgents: 3}]");

    assertError(e, "routing.reservations[1].channel", 35, 64,
        "channel 'email' already has a reservation at routing.reservations[0].channel");
  }

  @Test
  void reservationAboveHeadCount_pointsAtValueAndNamesTheSkilledGroups() {
    // line 35; email is a skill of blended (5 agents) and backup (2)
    ScenarioException e = loadOmniWith("minIdleAgents: 2", "minIdleAgents: 8");

    assertError(e, "routing.reservations[0].minIdleAgents", 35, 50,
        "'8' is more than the 7 agents skilled for email: no email would ever be served",
        "allowed: at most 7 (groups blended, backup)");
  }

  @Test
  void reservationAtHeadCount_loads() {
    assertDoesNotThrow(() -> ScenarioLoader.load("omni.yaml", OMNI.replace("minIdleAgents: 2", "minIdleAgents: 7")));
  }

  @Test
  void reservationAboveHeadCount_overflowGroupDoesNotCount() {
    // backup takes phone only by overflow, so only blended's 5 agents are skilled for phone
    ScenarioException e = loadOmniWith("{channel: email, minIdleAgents: 2}", "{channel: phone, minIdleAgents: 6}");

    assertError(e, "routing.reservations[0].minIdleAgents", 35, 50,
        "'6' is more than the 5 agents skilled for phone",
        "allowed: at most 5 (group blended)");
  }

  @Test
  void overflowUnknownGroup_pointsAtNameAndSuggests() {
    // line 36: "  overflow: [{channel: phone, after: 30s, group: backpu}]"
    ScenarioException e = loadOmniWith("group: backup}", "group: backpu}");

    assertError(e, "routing.overflow[0].group", 36, 50, "no group is named 'backpu' (did you mean 'backup'?)",
        "allowed: blended, backup");
  }

  @Test
  void overflowUnknownChannel_pointsAtName() {
    ScenarioException e = loadOmniWith("{channel: phone, after: 30s", "{channel: fax, after: 30s");

    assertError(e, "routing.overflow[0].channel", 36, 24, "no channel is named 'fax'", "allowed: phone, chat, email");
  }

  @Test
  void overflowToGroupThatHasTheSkill_wouldChangeNothing() {
    ScenarioException e = loadOmniWith("group: backup}", "group: blended}");

    assertError(e, "routing.overflow[0].group", 36, 50, "group 'blended' already serves phone");
  }

  @Test
  void overflowRulesOfOneChannel_withDifferentAfter_pointsAtSecond() {
    ScenarioException e = loadOmniWith("group: backup}]",
        "group: backup}, {channel: phone, after: 1m, group: backup}]");

    assertError(e, "routing.overflow[1].after", 36, 83, "'1m' differs from '30s' at routing.overflow[0].after");
  }

  @Test
  void overflowRuleRepeated_pointsAtSecondGroup() {
    ScenarioException e = loadOmniWith("group: backup}]",
        "group: backup}, {channel: phone, after: 30s, group: backup}]");

    assertError(e, "routing.overflow[1].group", 36, 95, "phone already overflows to group 'backup'");
  }

  // ---------------------------------------------------------------- journeys

  @Test
  void resolutionAboveOne_pointsAtValue() {
    // line 38: "  resolution: {phone: 80, chat: 0.7}"
    ScenarioException e = loadOmniWith("resolution: {phone: 0.8", "resolution: {phone: 80");

    assertError(e, "journeys.resolution.phone", 38, 23, "'80' is outside [0, 1]",
        "allowed: a probability from 0 to 1");
  }

  @Test
  void contextResolutionAboveOne_pointsAtValue() {
    ScenarioException e = loadOmniWith("{phone: 0.95}", "{phone: 1.5}");

    assertError(e, "journeys.contextResolution.phone", 39, 30, "'1.5' is outside [0, 1]");
  }

  @Test
  void resolutionOfUnknownChannel_pointsAtKeyAndSuggests() {
    ScenarioException e = loadOmniWith("resolution: {phone: 0.8, chat", "resolution: {phone: 0.8, caht");

    assertError(e, "journeys.resolution.caht", 38, 28, "no channel is named 'caht' (did you mean 'chat'?)",
        "allowed: phone, chat, email");
  }

  @Test
  void contextHandleTimeFactorZero_isNotAPositiveFactor() {
    ScenarioException e = loadOmniWith("journeys:\n", "journeys:\n  contextHandleTimeFactor: 0\n");

    assertError(e, "journeys.contextHandleTimeFactor", 38, 28, "'0' is not a positive factor");
  }

  @Test
  void followUpToUnknownChannel_pointsAtName() {
    // line 41: "    - {from: chat, on: abandoned, probability: 0.3, to: fone, delay: {...}}"
    ScenarioException e = loadOmniWith("to: phone, delay", "to: fone, delay");

    assertError(e, "journeys.followUps[0].to", 41, 57, "no channel is named 'fone' (did you mean 'phone'?)",
        "allowed: phone, chat, email");
  }

  @Test
  void followUpFromUnknownChannel_pointsAtName() {
    ScenarioException e = loadOmniWith("{from: chat,", "{from: sms,");

    assertError(e, "journeys.followUps[0].from", 41, 14, "no channel is named 'sms'");
  }

  @Test
  void followUpUnknownOutcome_listsOutcomes() {
    ScenarioException e = loadOmniWith("on: abandoned", "on: abandon");

    assertError(e, "journeys.followUps[0].on", 41, 24, "unknown outcome 'abandon' (did you mean 'abandoned'?)",
        "allowed: abandoned, unresolved, unanswered, blocked");
  }

  @Test
  void followUpProbabilityNegative_pointsAtValue() {
    ScenarioException e = loadOmniWith("probability: 0.3", "probability: -0.1");

    assertError(e, "journeys.followUps[0].probability", 41, 48, "'-0.1' is outside [0, 1]");
  }

  @Test
  void alternativeFollowUps_probabilitiesAboveOne_pointsAtTheOneThatExceeds() {
    // line 48: a second "from: chat, on: abandoned" rule with 0.8; with 0.3 that is 1.1.
    ScenarioException e = loadOmniWith("      delay: {distribution: constant, value: 0}\n",
        "      delay: {distribution: constant, value: 0}\n"
            + "    - {from: chat, on: abandoned, probability: 0.8, to: email,"
            + " delay: {distribution: constant, value: 1h}}\n");

    assertError(e, "journeys.followUps[2].probability", 48, 48,
        "the follow-ups from chat on abandoned (journeys.followUps[0], [2]) are alternatives, and their "
            + "probabilities add up to 1.1, more than 1",
        "allowed: probabilities whose sum is at most 1");
  }

  @Test
  void afterOnAnOutcomeOtherThanUnanswered_pointsAtKey() {
    ScenarioException e = loadOmniWith("on: abandoned, probability", "on: abandoned, after: 1h, probability");

    assertError(e, "journeys.followUps[0].after", 41, 35, "'after' applies only to on: unanswered",
        "allowed: omit after, or on: unanswered");
  }

  @Test
  void unansweredFromLiveChannel_pointsAtOutcome() {
    ScenarioException e = loadOmniWith("{from: chat, on: abandoned", "{from: chat, on: unanswered, after: 1h");

    assertError(e, "journeys.followUps[0].on", 41, 24,
        "'unanswered' applies only to deferred channels, and 'chat' is live");
  }

  @Test
  void unansweredWithoutAfter_pointsAtRule() {
    // line 42: "    - from: email" starts the rule that lacks after.
    ScenarioException e = loadOmniWith("      after: 24h\n", "");

    assertError(e, "journeys.followUps[1].after", 42, 7, "required but missing", "allowed: a duration > 0");
  }

  @Test
  void unansweredRulesOfOneChannel_withDifferentAfter_pointsAtSecond() {
    ScenarioException e = loadOmniWith("      delay: {distribution: constant, value: 0}\n",
        "      delay: {distribution: constant, value: 0}\n"
            + "    - {from: email, on: unanswered, after: 12h, probability: 0.2, to: chat,"
            + " delay: {distribution: constant, value: 0}}\n");

    assertError(e, "journeys.followUps[2].after", 48, 44, "'12h' differs from '24h' at journeys.followUps[1].after",
        "allowed: the same after for every unanswered rule of email: 24h");
  }

  @Test
  void followUpWithoutDelay_pointsAtRule() {
    ScenarioException e = loadOmniWith(", delay: {distribution: constant, value: 10m}", "");

    assertError(e, "journeys.followUps[0].delay", 41, 7, "required but missing");
  }

  @Test
  void unansweredAfterZero_mustBeLonger() {
    // line 44: "      after: 0"
    ScenarioException e = loadOmniWith("      after: 24h", "      after: 0");

    assertError(e, "journeys.followUps[1].after", 44, 14, "must be longer than 0, got '0'");
  }

  @Test
  void unreadableNumberInAMapping_pointsAtTheEntryNotTheMapping() {
    // line 20: "    proficiency: {chat: 0.9, email: .nan}"; Jackson itself names only the mapping.
    ScenarioException e = loadOmniWith("proficiency: {chat: 0.9}", "proficiency: {chat: 0.9, email: .nan}");

    assertError(e, "agents[0].proficiency.email", 20, 37, "'.nan'");
  }

  @Test
  void json_unknownPolicy_pointsAtValue() {
    String json = """
        {"horizon": "8h",
         "channels": {"phone": {"handleTime": {"distribution": "exponential", "mean": "3m"}}},
         "arrivals": [{"channel": "phone", "rate": "100/h"}],
         "agents": [{"group": "team", "count": 5, "skills": ["phone"]}],
         "routing": {"contactSelection": "priority-fif0"}}
        """;

    ScenarioException e = Failures.load("bad.json", json);

    assertError(e, "routing.contactSelection", 5, 34,
        "unknown contactSelection policy 'priority-fif0' (did you mean 'priority-fifo'?)");
  }

  // ---------------------------------------------------------------- the safety net for sim-core's own rules

  @Test
  void modelConstructorRejection_isReportedAtThePathGiven() {
    ScenarioSource source = new ScenarioSource("omni.yaml", SourceMap.scan("omni.yaml", ScenarioFormat.YAML, OMNI));

    ScenarioException e = org.junit.jupiter.api.Assertions.assertThrows(ScenarioException.class,
        () -> source.construct("routing.reservations[0]", () -> new Reservation("email", 0)));

    assertError(e, "routing.reservations[0]", 35, 18, "reservation minIdleAgents must be >= 1, got 0");
  }
}
