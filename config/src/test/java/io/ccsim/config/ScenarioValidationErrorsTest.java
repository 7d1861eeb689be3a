package io.ccsim.config;

import static io.ccsim.config.Failures.assertError;
import static io.ccsim.config.Failures.loadBaseWith;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Errors in values and cross-references, found after binding. BASE's lines are in Failures. */
class ScenarioValidationErrorsTest {
  @ParameterizedTest
  @ValueSource(strings = {"0/h", "0"})
  void zeroRate_arrival_isNotPositive(String rate) {
    ScenarioException e = loadBaseWith("rate: 100/h", "rate: " + rate);

    assertError(e, "arrivals[0].rate", 7, 11, "'" + rate + "' is not a positive rate",
        "allowed: a positive rate such as 200/h");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-3"})
  void nonPositiveCount_group_saysAtLeastOne(String count) {
    ScenarioException e = loadBaseWith("count: 5", "count: " + count);

    assertError(e, "agents[0].count", 10, 12, "must be at least 1, got " + count);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-2"})
  void nonPositiveReplications_saysAtLeastOne(String replications) {
    // line 2: "replications: N"
    ScenarioException e = loadBaseWith("horizon: 8h", "horizon: 8h\nreplications: " + replications);

    assertError(e, "replications", 2, 15, "must be at least 1, got " + replications);
  }

  @Test
  void horizonEqualToWarmup_pointsAtHorizon() {
    ScenarioException e = loadBaseWith("horizon: 8h", "warmup: 8h\nhorizon: 8h");

    assertError(e, "horizon", 2, 10, "'8h' is not longer than warmup '8h'", "allowed: a duration longer than warmup");
  }

  @Test
  void horizonZero_defaultWarmup_isNotLongerThanIt() {
    ScenarioException e = loadBaseWith("horizon: 8h", "horizon: 0");

    assertError(e, "horizon", 1, 10, "'0' is not longer than warmup 0 (the default)");
  }

  @Test
  void horizonMissing_pointsAtTopLevel() {
    ScenarioException e = loadBaseWith("horizon: 8h\n", "");

    assertError(e, "horizon", 1, 1, "required but missing");
  }

  @Test
  void skillWithoutChannel_pointsAtSkill() {
    // line 11: "    skills: [phone, chta]"
    ScenarioException e = loadBaseWith("skills: [phone]", "skills: [phone, chta]");

    assertError(e, "agents[0].skills[1]", 11, 21, "no channel is named 'chta'", "allowed: phone");
  }

  @Test
  void skillListedTwice_pointsAtSecond() {
    ScenarioException e = loadBaseWith("skills: [phone]", "skills: [phone, phone]");

    assertError(e, "agents[0].skills[1]", 11, 21, "skill 'phone' is listed twice");
  }

  @Test
  void emptySkillList_pointsAtList() {
    ScenarioException e = loadBaseWith("skills: [phone]", "skills: []");

    assertError(e, "agents[0].skills", 11, 13, "needs at least one channel");
  }

  @Test
  void channelNoGroupServes_pointsAtChannelName() {
    // line 3: "  chat:"
    ScenarioException e = loadBaseWith("channels:\n",
        "channels:\n  chat:\n    handleTime: {distribution: constant, value: 1m}\n");

    assertError(e, "channels.chat", 3, 3, "channel 'chat' is served by no agent group");
  }

  @Test
  void arrivalOnUnknownChannel_pointsAtNameAndSuggests() {
    // line 6: "  - channel: phnoe"
    ScenarioException e = loadBaseWith("- channel: phone", "- channel: phnoe");

    assertError(e, "arrivals[0].channel", 6, 14, "unknown channel 'phnoe' (did you mean 'phone'?)",
        "allowed: phone");
  }

  @Test
  void invalidChannelName_pointsAtKey() {
    ScenarioException e = loadBaseWith("  phone:", "  my phone:");

    assertError(e, "channels.my phone", 3, 3, "'my phone' is not a valid channel name");
  }

  @Test
  void groupDefinedTwice_pointsAtSecondName() {
    ScenarioException e = loadBaseWith("agents:\n", "agents:\n  - group: team\n    count: 1\n    skills: [phone]\n");

    assertError(e, "agents[1].group", 12, 12, "group 'team' is already defined at agents[0].group");
  }

  @Test
  void serviceLevelTarget_percentInsteadOfFraction_isOutsideZeroOne() {
    // line 4: "    serviceLevel: {threshold: 20s, target: 80}"
    ScenarioException e = loadBaseWith("    handleTime:",
        "    serviceLevel: {threshold: 20s, target: 80}\n    handleTime:");

    assertError(e, "channels.phone.serviceLevel.target", 4, 44, "'80' is outside [0, 1]",
        "allowed: a fraction from 0 to 1");
  }

  @Test
  void serviceLevelTarget_negative_isOutsideZeroOne() {
    ScenarioException e = loadBaseWith("    handleTime:", "    serviceLevel: {target: -0.1}\n    handleTime:");

    assertError(e, "channels.phone.serviceLevel.target", 4, 28, "'-0.1' is outside [0, 1]");
  }

  @Test
  void serviceLevelDefinition_unknown_listsTheDefinitions() {
    ScenarioException e = loadBaseWith("    handleTime:",
        "    serviceLevel: {definition: answered-of-offerd}\n    handleTime:");

    assertError(e, "channels.phone.serviceLevel.definition", 4, 32,
        "unknown service-level definition 'answered-of-offerd' (did you mean 'answered-of-offered'?)",
        "allowed: answered-of-offered, exclude-short-abandons, short-abandons-good, answered-of-answered");
  }

  @Test
  void negativeQueueCapacity_pointsAtValue() {
    ScenarioException e = loadBaseWith("    handleTime:", "    queueCapacity: -1\n    handleTime:");

    assertError(e, "channels.phone.queueCapacity", 4, 20, "must be at least 0, got -1");
  }

  @Test
  void handleTimeMissing_pointsAtChannel() {
    ScenarioException e = loadBaseWith("    handleTime: {distribution: exponential, mean: 3m}",
        "    queueCapacity: 3");

    assertError(e, "channels.phone.handleTime", 3, 3, "required but missing");
  }

  @Test
  void emptySkillEntry_pointsAtEntry() {
    ScenarioException e = loadBaseWith("skills: [phone]", "skills: [phone, ~]");

    assertError(e, "agents[0].skills[1]", 11, 21, "required but empty");
  }
}
