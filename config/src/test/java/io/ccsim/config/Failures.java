package io.ccsim.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Loads scenarios that must fail and checks the shape of the one-line message. */
final class Failures {
  /** The minimal scenario with known line and column numbers (see the comments in each test). */
  static final String BASE = ScenarioLoaderTest.MINIMAL;

  private Failures() {}

  /** BASE with one text replaced; the replaced text must exist, so that a typo in a test cannot pass. */
  static ScenarioException loadBaseWith(String from, String to) {
    assertTrue(BASE.contains(from), () -> "BASE has no '" + from + "'");
    return load("bad.yaml", BASE.replace(from, to));
  }

  /** {@code base} with the first {@code from} replaced by {@code to}; {@code from} must exist. */
  static ScenarioException loadWith(String base, String from, String to) {
    int at = base.indexOf(from);
    assertTrue(at >= 0, () -> "the base scenario has no '" + from + "'");
    return load("bad.yaml", base.substring(0, at) + to + base.substring(at + from.length()));
  }

  static ScenarioException load(String file, String content) {
    return assertThrows(ScenarioException.class, () -> ScenarioLoader.load(file, content));
  }

  /** Asserts the location, the path and that the message contains each of {@code gist}. */
  static void assertError(ScenarioException e, String path, int line, int column, String... gist) {
    String message = e.getMessage();
    assertEquals(path, e.path(), message);
    assertEquals(line + ":" + column, e.line() + ":" + e.column(), message);
    String prefix = e.file() + ":" + line + ":" + column + ": " + (path.isEmpty() ? "" : path + ": ");
    assertTrue(message.startsWith(prefix), () -> "expected prefix '" + prefix + "' in: " + message);
    for (String g : gist) {
      assertTrue(message.contains(g), () -> "expected '" + g + "' in: " + message);
    }
    assertReadable(message);
  }

  /** One line, and nothing of Jackson's or Java's internals. */
  static void assertReadable(String message) {
    assertFalse(message.contains("\n") || message.contains("\r"), message);
    for (String internal : new String[] {"java.", "com.fasterxml", "jackson", "Exception", "`", "io.ccsim", "$"}) {
      assertFalse(message.contains(internal), () -> "'" + internal + "' in: " + message);
    }
  }
}
