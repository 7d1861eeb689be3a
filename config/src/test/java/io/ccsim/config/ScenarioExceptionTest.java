package io.ccsim.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** How a message's list of allowed names is kept short. */
class ScenarioExceptionTest {
  @Test
  void shortenList_shortList_isKeptWhole() {
    assertEquals("a, b, c", ScenarioException.shortenList("a, b, c", 130));
  }

  @Test
  void shortenList_longList_cutsAfterAWholeName_andSaysHowManyThereAre() {
    String names = String.join(", ", java.util.Collections.nCopies(30, "interruptibleBy"));
    String cut = ScenarioException.shortenList(names, 130);
    assertTrue(cut.length() <= 130, cut);
    assertTrue(cut.endsWith("interruptibleBy, ... (30 in all)"), cut);
  }
}
