package io.ccsim.fit;

/** A log that cannot be read: one line naming the file, line and column, what is wrong and what is allowed. */
public final class LogException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public LogException(String file, int line, int column, String problem, String allowed) {
    super(file + ":" + line + ":" + column + ": " + problem + (allowed == null ? "" : "; allowed: " + allowed));
  }

  /** A problem with the whole file (it cannot be read). */
  public LogException(String file, String problem) {
    super(file + ": " + problem);
  }
}
