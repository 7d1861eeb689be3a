package io.ccsim.config;

/**
 * A scenario file that cannot be read or is not valid, with a one-line message of the form
 * {@code FILE:LINE:COLUMN: FIELD.PATH: what is wrong; allowed: ...}.
 *
 * <p>The location is absent when the file itself cannot be read, and the path is absent when the
 * problem concerns the whole document (for example an empty file).
 */
public final class ScenarioException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private static final int MAX_PATH = 60;
  private static final int MAX_PROBLEM = 160;
  private static final int MAX_ALLOWED = 130;
  /** What follows the file and position stays under this, so the whole line reads at a glance. */
  private static final int MAX_MESSAGE = 200;
  /** A list of allowed names keeps at least this much room, cut shorter than that only by MAX_ALLOWED. */
  private static final int MIN_ALLOWED = 40;

  private final String file;
  private final int line;
  private final int column;
  private final String path;
  private final String problem;

  ScenarioException(String file, Position at, String path, String problem, String allowed, Throwable cause) {
    super(format(file, at, path, problem, allowed), cause);
    this.file = file;
    this.line = at == null ? 0 : at.line();
    this.column = at == null ? 0 : at.column();
    this.path = path == null ? "" : path;
    this.problem = shorten(oneLine(problem), MAX_PROBLEM);
  }

  private static String format(String file, Position at, String path, String problem, String allowed) {
    StringBuilder sb = new StringBuilder(file);
    if (at != null) {
      sb.append(':').append(at.line()).append(':').append(at.column());
    }
    sb.append(": ");
    int messageStart = sb.length();
    if (path != null && !path.isEmpty()) {
      sb.append(shorten(path, MAX_PATH)).append(": ");
    }
    sb.append(shorten(oneLine(problem), MAX_PROBLEM));
    if (allowed != null) {
      sb.append("; allowed: ");
      String list = oneLine(allowed);
      // A long list of names (every key of a mapping) takes what the path and problem leave of the message's
      // budget; prose that says what is allowed is kept whole up to its own limit, as cutting it loses sense.
      int room = isNameList(list) ? Math.max(MIN_ALLOWED, MAX_MESSAGE - (sb.length() - messageStart)) : MAX_ALLOWED;
      sb.append(shortenList(list, Math.min(MAX_ALLOWED, room)));
    }
    return sb.toString();
  }

  /** {@code text} in single quotes, shortened to 40 characters: a value as written, for messages. */
  static String quote(String text) {
    return "'" + shorten(text, 40) + "'";
  }

  /**
   * Pathological input (a value of thousands of characters, a path hundreds of levels deep) must not
   * make a message of kilobytes: each part is cut in the middle, keeping its start and end.
   */
  static String shorten(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int head = max * 2 / 3;
    int tail = max - head - 3;
    return text.substring(0, head) + "..." + text.substring(text.length() - tail);
  }

  /**
   * A long list of allowed names (every key of a mapping, say) is cut after the last whole name that
   * fits, saying how many there are in all, so a one-line message stays short; other text is shortened.
   */
  static String shortenList(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    String[] names = text.split(", ");
    if (names.length < 3) {
      return shorten(text, max);
    }
    StringBuilder kept = new StringBuilder(names[0]);
    int shown = 1;
    while (shown < names.length && kept.length() + 2 + names[shown].length() <= max - 15) {
      kept.append(", ").append(names[shown++]);
    }
    return kept + ", ... (" + names.length + " in all)";
  }

  private static boolean isNameList(String text) {
    // A handful of values (the service-level definitions) is read whole; only longer lists are cut.
    // "a mapping with keys name, seed, ..." is such a list too: the first item may begin with words.
    return text.matches("[\\w .\\-]+(, [\\w.\\-]+){6,}");
  }

  /** Tools such as editors and CI annotate one line per error, so a message never spans lines. */
  private static String oneLine(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }

  /** The file as the caller named it. */
  public String file() {
    return file;
  }

  /** The 1-based line of the offending key or value; 0 when the file could not be read at all. */
  public int line() {
    return line;
  }

  /** The 1-based column of the offending key or value; 0 when the file could not be read at all. */
  public int column() {
    return column;
  }

  /** The field path such as {@code agents[0].skills[1]}; empty for the document as a whole. */
  public String path() {
    return path;
  }

  /** What is wrong, without the location, path and allowed values. */
  public String problem() {
    return problem;
  }
}
