package io.ccsim.fit;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Reads a delimited log line by line and turns cells into values, with file:line:column errors. */
final class LogLines {
  final String file;
  private final char separator;
  private final List<String> lines;
  private final Map<String, Integer> odd = new TreeMap<>();
  int lineNumber;
  private String line;
  private int[] starts = new int[0];
  private String[] cells = new String[0];

  private LogLines(String file, char separator, List<String> lines) {
    this.file = file;
    this.separator = separator;
    this.lines = lines;
  }

  static LogLines open(Path path, char separator) {
    String file = path.toString();
    List<String> lines = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      for (String l = reader.readLine(); l != null; l = reader.readLine()) {
        lines.add(lines.isEmpty() && l.startsWith("\uFEFF") ? l.substring(1) : l);
      }
    } catch (NoSuchFileException e) {
      throw new LogException(file, "cannot read the log: it does not exist; allowed: an existing log file");
    } catch (IOException e) {
      throw new LogException(file, "cannot read the log: " + e.getMessage());
    }
    if (lines.stream().allMatch(String::isBlank)) {
      throw new LogException(file, 1, 1, "the file is empty", "a header line and one row per call");
    }
    return new LogLines(file, separator, lines);
  }

  /** Moves to the next non-blank line; false at the end. */
  boolean next() {
    while (lineNumber < lines.size()) {
      line = lines.get(lineNumber++);
      if (!line.isBlank()) {
        split();
        return true;
      }
    }
    return false;
  }

  private void split() {
    List<Integer> s = new ArrayList<>();
    List<String> c = new ArrayList<>();
    int from = 0;
    for (int i = 0; i <= line.length(); i++) {
      if (i == line.length() || line.charAt(i) == separator) {
        s.add(from);
        c.add(line.substring(from, i).trim());
        from = i + 1;
      }
    }
    starts = s.stream().mapToInt(Integer::intValue).toArray();
    cells = c.toArray(String[]::new);
  }

  int size() {
    return cells.length;
  }

  String cell(int i) {
    return cells[i];
  }

  /** Fails unless the row has exactly {@code n} cells. */
  void expectCells(int n, String columns) {
    if (cells.length != n) {
      throw new LogException(file, lineNumber, line.length() + 1, "the row has " + cells.length + " cells, "
          + n + " are needed", "the " + n + " columns " + columns);
    }
  }

  LogException error(int cellIndex, String problem, String allowed) {
    return new LogException(file, lineNumber, starts[cellIndex] + 1, problem, allowed);
  }

  /** "H:MM:SS" (or "HH:MM:SS") as seconds after midnight, before 24:00:00. */
  double clock(int i, String column) {
    String text = cells[i];
    String allowed = "a clock time H:MM:SS from 0:00:00 to 23:59:59";
    int c1 = text.indexOf(':');
    int c2 = text.lastIndexOf(':');
    try {
      if (c1 < 1 || c2 != c1 + 3 || text.length() != c2 + 3) {
        throw new NumberFormatException();
      }
      int h = Integer.parseInt(text.substring(0, c1));
      int m = Integer.parseInt(text.substring(c1 + 1, c2));
      int s = Integer.parseInt(text.substring(c2 + 1));
      if (h < 0 || m < 0 || m > 59 || s < 0 || s > 59) {
        throw new NumberFormatException();
      }
      if (h >= 24) {
        throw error(i, column + ": '" + text + "' is past midnight", allowed
            + " (a call that runs past midnight keeps clock times of the next day, such as 0:02:10)");
      }
      return h * 3600.0 + m * 60.0 + s;
    } catch (NumberFormatException e) {
      throw error(i, column + ": '" + text + "' is not a clock time", allowed);
    }
  }

  /** A duration in seconds, >= 0. */
  double seconds(int i, String column, boolean optional) {
    String text = cells[i];
    if (optional && text.isEmpty()) {
      return Double.NaN;
    }
    String allowed = "a number of seconds >= 0 such as 12.5" + (optional ? ", or empty" : "");
    double v;
    try {
      v = Double.parseDouble(text);
    } catch (NumberFormatException e) {
      throw error(i, column + ": '" + text + "' is not a number of seconds", allowed);
    }
    if (!(v >= 0) || Double.isInfinite(v)) {
      throw error(i, column + ": '" + text + "' is a negative duration", allowed);
    }
    return v;
  }

  /** Counts a row that is kept or skipped but odd; the reason says which. */
  void odd(String reason) {
    odd.merge(reason, 1, Integer::sum);
  }

  Map<String, Integer> oddRows() {
    return odd;
  }
}
