package io.ccsim.config;

import static io.ccsim.config.Failures.assertError;
import static io.ccsim.config.Failures.load;
import static io.ccsim.config.Failures.loadBaseWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Errors found while reading and binding a file: syntax, keys, types. BASE's lines are in Failures. */
class ScenarioBindingErrorsTest {
  @Test
  void unknownKey_topLevel_pointsAtKeyAndListsAllowedKeys() {
    // line 1: "horizn: 8h"
    ScenarioException e = loadBaseWith("horizon: 8h", "horizn: 8h");

    assertError(e, "horizn", 1, 1, "unknown key 'horizn'", "did you mean 'horizon'?",
        "allowed: name, seed, replications, warmup, horizon, days, interval, channels, arrivals, agents, routing, "
            + "journeys");
  }

  @Test
  void unknownKey_inChannel_pointsAtKeyAndListsChannelKeys() {
    // line 4: "    handeTime: {...}"
    ScenarioException e = loadBaseWith("    handleTime:", "    handeTime:");

    // The keys are cut where the line would pass 200 characters after the position, saying how many there are.
    assertError(e, "channels.phone.handeTime", 4, 5, "unknown key 'handeTime'",
        "allowed: serviceLevel, handleTime, patience, queueCapacity, kind, priority, wrapUp, interruptibleBy, "
            + "... (12 in all)");
  }

  @Test
  void unknownKey_inAgentGroupAfterKnownKeys_pointsAtKeyNotAtEndOfMapping() {
    // line 11: "    shift: early"; Jackson itself reports this only at the end of the mapping.
    ScenarioException e = loadBaseWith("    count: 5", "    count: 5\n    shift: early");

    assertError(e, "agents[0].shift", 11, 5, "unknown key 'shift'",
        "allowed: group, count, skills, proficiency, capacity, shrinkage, shifts");
  }

  @Test
  void wrongType_textForCount_pointsAtValue() {
    // line 10: "    count: many"
    ScenarioException e = loadBaseWith("count: 5", "count: many");

    assertError(e, "agents[0].count", 10, 12, "'many' is not a whole number", "allowed: a whole number");
  }

  @Test
  void wrongType_fractionForCount_isNotTruncated() {
    ScenarioException e = loadBaseWith("count: 5", "count: 2.5");

    assertError(e, "agents[0].count", 10, 12, "'2.5' is not a whole number");
  }

  @Test
  void wrongType_singleSkillNotInList_isRejectedWithTheListToWrite() {
    // A scalar is not taken as a one-element list: line 11 "    skills: phone".
    ScenarioException e = loadBaseWith("skills: [phone]", "skills: phone");

    assertError(e, "agents[0].skills", 11, 13, "'phone' is not a list", "allowed: a list such as [phone]");
  }

  @Test
  void wrongType_scalarWhereDistributionMappingExpected_showsAnExample() {
    ScenarioException e = loadBaseWith("{distribution: exponential, mean: 3m}", "180s");

    assertError(e, "channels.phone.handleTime", 4, 17, "'180s' is not a distribution",
        "allowed: a mapping such as {distribution: exponential, mean: 3m}");
  }

  @Test
  void wrongType_scalarWhereRecordExpected_listsItsKeys() {
    ScenarioException e = loadBaseWith("    handleTime:", "    serviceLevel: 20s\n    handleTime:");

    assertError(e, "channels.phone.serviceLevel", 4, 19, "'20s' is not a mapping",
        "allowed: a mapping with keys threshold, target, definition, clock");
  }

  @Test
  void badDuration_horizon_pointsAtValueAndListsNotations() {
    ScenarioException e = loadBaseWith("horizon: 8h", "horizon: 8 hours");

    assertError(e, "horizon", 1, 10, "'8 hours' is not a duration", "allowed: a duration such as 20s, 5m, 1h30m");
  }

  @Test
  void negativeRate_arrival_isNotARate() {
    // line 7: "    rate: -5/h"
    ScenarioException e = loadBaseWith("rate: 100/h", "rate: -5/h");

    assertError(e, "arrivals[0].rate", 7, 11, "'-5/h' is not a rate", "allowed: a positive rate such as 200/h");
  }

  @Test
  void duplicateKey_topLevel_pointsAtSecondAndNamesFirst() {
    ScenarioException e = loadBaseWith("horizon: 8h", "horizon: 8h\nhorizon: 9h");

    assertError(e, "horizon", 2, 1, "duplicate key 'horizon' (first at line 1, column 1)");
  }

  @Test
  void duplicateKey_channelDefinedTwice_pointsAtSecondChannel() {
    // Without this check the second phone would silently replace the first.
    ScenarioException e = loadBaseWith("channels:\n",
        "channels:\n  phone:\n    handleTime: {distribution: constant, value: 1m}\n");

    assertError(e, "channels.phone", 5, 3, "duplicate key 'phone' (first at line 3, column 3)");
  }

  @Test
  void duplicateKey_json_pointsAtSecondKey() {
    ScenarioException e = load("dup.json", "{\"horizon\": \"8h\",\n  \"horizon\": \"9h\"}");

    assertError(e, "horizon", 2, 3, "duplicate key 'horizon' (first at line 1, column 2)");
  }

  @Test
  void malformedYaml_unclosedFlowList_reportsParserLocation() {
    // The flow list opened on line 4 swallows line 5 as an entry and fails at "arrivals" on line 6,
    // where SnakeYAML expects ',' or ']'. (Jackson's own location would be the end of that word.)
    ScenarioException e = loadBaseWith("    handleTime:", "    x: [\n  handleTime:");

    assertError(e, "channels.phone.x", 6, 1, "malformed YAML: expected ',' or ']'",
        "(while parsing a flow sequence)");
  }

  @Test
  void malformedYaml_badIndentation_reportsParserLocation() {
    ScenarioException e = loadBaseWith("    count: 5", "  count: 5");

    assertError(e, "agents", 10, 3, "malformed YAML: expected <block end>");
  }

  @Test
  void malformedJson_wrongCloseMarker_reportsParserLocation() {
    ScenarioException e = load("bad.json", "{\"horizon\": \"8h\",\n \"channels\": {]\n}");

    assertError(e, "channels", 2, 15, "malformed JSON: Unexpected close marker ']'", "line 2, column 14");
  }

  @Test
  void malformedJson_truncated_reportsEndOfInput() {
    ScenarioException e = load("cut.json", "{\"horizon\": \"8h\",\n \"channels\": {");

    assertError(e, "channels", 2, 15, "malformed JSON: Unexpected end-of-input");
  }

  @Test
  void unknownKey_json_pointsAtKey() {
    ScenarioException e = load("bad.json", "{\"horizon\": \"8h\",\n  \"hrizon\": \"9h\"}");

    assertError(e, "hrizon", 2, 3, "unknown key 'hrizon'");
  }

  @Test
  void wrongType_json_pointsAtValue() {
    ScenarioException e = load("bad.json", "{\"horizon\": \"8h\",\n  \"agents\": [{\"count\": \"many\"}]}");

    assertError(e, "agents[0].count", 2, 24, "'many' is not a whole number");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   \n", "# only a comment\n", "---\n"})
  void emptyFile_yaml_saysSoAtFirstLine(String content) {
    assertError(load("empty.yaml", content), "", 1, 1, "the file is empty", "allowed: a mapping with at least horizon");
  }

  @Test
  void emptyFile_json_saysSoAtFirstLine() {
    assertError(load("empty.json", ""), "", 1, 1, "the file is empty");
  }

  @Test
  void topLevel_list_isNotAScenario() {
    assertError(load("list.yaml", "- a\n- b\n"), "", 1, 1, "the top level is a list, not a mapping");
  }

  @Test
  void secondDocument_yaml_isRejected() {
    ScenarioException e = loadBaseWith("horizon: 8h", "horizon: 8h\n---\nname: x");

    assertError(e, "", 3, 1, "unexpected content after the end of the scenario");
  }

  @Test
  void yamlAlias_isRejectedRatherThanReadAsText() {
    ScenarioException e = loadBaseWith("    handleTime: {distribution: exponential, mean: 3m}",
        "    handleTime: &ht {distribution: exponential, mean: 3m}\n    patience: *ht");

    assertError(e, "channels.phone.patience", 5, 15, "YAML aliases (*ht) are not supported");
  }

  @Test
  void missingFile_namesFileWithoutLocation(@TempDir Path dir) {
    Path missing = dir.resolve("missing.yaml");

    ScenarioException e = org.junit.jupiter.api.Assertions.assertThrows(
        ScenarioException.class, () -> ScenarioLoader.load(missing));

    assertEquals(missing + ": cannot read the scenario file: it does not exist; allowed: an existing .yaml, "
        + ".yml or .json file", e.getMessage());
    assertEquals(0, e.line());
  }

  @Test
  void unsupportedExtension_namesAllowedExtensions() {
    ScenarioException e = load("scenario.toml", Failures.BASE);

    assertEquals("scenario.toml: unsupported file type; allowed: .yaml, .yml or .json", e.getMessage());
  }
}
