package io.ccsim.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether standard error is a terminal, so that the progress bar shows there even when standard
 * output is redirected to a file ({@code System.console()} is null then, since it needs both). On
 * Linux file descriptor 2 is a link to its device; elsewhere the console is the best sign there is.
 */
final class Terminal {
  private static final Path STDERR = Path.of("/proc/self/fd/2");

  private Terminal() {}

  static boolean stderrIsTerminal() {
    if (Files.isSymbolicLink(STDERR)) {
      try {
        return isTerminalDevice(Files.readSymbolicLink(STDERR).toString());
      } catch (IOException | SecurityException e) {
        return System.console() != null;
      }
    }
    return System.console() != null;
  }

  /** Whether a file descriptor's target is a terminal device: a pseudo-terminal or a tty. */
  static boolean isTerminalDevice(String target) {
    return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
  }
}
