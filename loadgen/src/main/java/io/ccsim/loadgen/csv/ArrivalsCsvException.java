package io.ccsim.loadgen.csv;

/**
 * An arrivals CSV that cannot be read, with a one-line message of the form
 * {@code FILE:LINE:COLUMN: what is wrong; allowed: ...}; line and column are 1-based.
 */
public final class ArrivalsCsvException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final int line;
  private final int column;

  public ArrivalsCsvException(String file, int line, int column, String problem, String allowed, Throwable cause) {
    super(file + (line > 0 ? ":" + line + ":" + column : "") + ": " + oneLine(problem)
        + (allowed == null ? "" : "; allowed: " + oneLine(allowed)), cause);
    this.file = file;
    this.line = line;
    this.column = column;
  }

  private static String oneLine(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }

  public String file() {
    return file;
  }

  /** The 1-based line; 0 when the file could not be read at all. */
  public int line() {
    return line;
  }

  /** The 1-based column where the offending cell starts. */
  public int column() {
    return column;
  }
}
