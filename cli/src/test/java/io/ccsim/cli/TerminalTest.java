package io.ccsim.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TerminalTest {
  @Test
  void terminalDevices_areTerminals_filesAndPipesAreNot() {
    assertTrue(Terminal.isTerminalDevice("/dev/pts/3"));
    assertTrue(Terminal.isTerminalDevice("/dev/tty1"));
    assertFalse(Terminal.isTerminalDevice("/tmp/out.txt"));
    assertFalse(Terminal.isTerminalDevice("pipe:[123456]"));
    assertFalse(Terminal.isTerminalDevice("/dev/null"));
  }

  @Test
  void underTheBuild_stderrIsNotATerminal() {
    assertFalse(Terminal.stderrIsTerminal(), "surefire captures stderr");
  }
}
