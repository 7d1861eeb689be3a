package io.ccsim.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import com.fasterxml.jackson.dataformat.yaml.snakeyaml.error.MarkedYAMLException;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where each key and value of a scenario file starts, by field path, read in a first pass over the
 * tokens so that every later error can point at the exact line and column.
 *
 * <p>Jackson's own exceptions are not enough: an unknown key of a record is reported only after the
 * whole mapping was read (at its end), and a duplicate JSON key is reported after the key. The pass
 * also rejects what data binding would accept silently or describe poorly: duplicate keys (the last
 * would win), an empty file, a top level that is not a mapping, and content after the first document.
 */
final class SourceMap {
  private static final Pattern JACKSON_SOURCE =
      Pattern.compile("\\[Source: [^;\\]]*; line: (\\d+), column: (\\d+)\\]");

  private final Map<String, Position> keys = new HashMap<>();
  private final Map<String, Position> values = new HashMap<>();
  private final Map<String, String> texts = new HashMap<>();

  private SourceMap() {}

  /** One open mapping or list while scanning. */
  private static final class Frame {
    final String path;
    final boolean list;
    final Map<String, Position> seenKeys = new HashMap<>();
    int nextIndex;
    String currentKey;

    Frame(String path, boolean list) {
      this.path = path;
      this.list = list;
    }

    /** The path of the value that comes next in this mapping or list. */
    String nextValuePath() {
      return list ? Paths.index(path, nextIndex++) : currentKey;
    }

    /** The most precise path known while a syntax error interrupts the scan. */
    String nearestPath() {
      return list || currentKey == null ? path : currentKey;
    }
  }

  /** Scans {@code content}; syntax errors, duplicate keys and the like are thrown here. */
  static SourceMap scan(String file, ScenarioFormat format, String content) {
    SourceMap map = new SourceMap();
    Deque<Frame> open = new ArrayDeque<>();
    try (JsonParser p = format.mapper().createParser(content)) {
      map.scanDocument(file, format, p, open);
    } catch (JsonProcessingException e) {
      String path = open.isEmpty() ? Paths.ROOT : open.peek().nearestPath();
      throw syntaxError(file, format, path, e);
    } catch (IOException e) {
      throw new ScenarioException(file, null, null, "cannot be read: " + e.getMessage(), null, e);
    }
    return map;
  }

  private void scanDocument(String file, ScenarioFormat format, JsonParser p, Deque<Frame> open)
      throws IOException {
    JsonToken token = p.nextToken();
    Position at = Position.of(p.currentTokenLocation());
    if (token == null || token == JsonToken.VALUE_NULL
        || (token == JsonToken.VALUE_STRING && p.getText().isBlank())) {
      throw new ScenarioException(file, Position.START, Paths.ROOT, "the file is empty",
          "a mapping with at least horizon (or days), channels, arrivals and agents (see docs/scenario-format.md)",
          null);
    }
    if (token != JsonToken.START_OBJECT) {
      throw new ScenarioException(file, at, Paths.ROOT,
          "the top level is " + describe(token, p) + ", not a mapping",
          "a mapping with keys " + String.join(", ", Keys.of(ScenarioSpec.class)), null);
    }
    do {
      at = Position.of(p.currentTokenLocation());
      Frame frame = open.peek();
      if (p instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
        // Jackson does not resolve YAML aliases: it would bind the alias name as a text value.
        String path = frame == null ? Paths.ROOT
            : frame.list ? Paths.index(frame.path, frame.nextIndex) : frame.currentKey;
        throw new ScenarioException(file, at, path,
            "YAML aliases (*" + ScenarioException.shorten(p.getText(), 40) + ") are not supported",
            "the value written out in full", null);
      }
      if (token == JsonToken.FIELD_NAME) {
        addKey(file, frame, p.currentName(), at);
      } else if (token.isStructEnd()) {
        open.pop();
      } else {
        String path = frame == null ? Paths.ROOT : frame.nextValuePath();
        values.put(path, at);
        if (token.isScalarValue()) {
          texts.put(path, p.getText());
        } else {
          if (open.size() >= Limits.MAX_NESTING) {
            throw new ScenarioException(file, at, path, "too deeply nested (limit " + Limits.MAX_NESTING
                + " levels of mappings and lists)", "at most 6 levels, as in docs/scenario-format.md", null);
          }
          open.push(new Frame(path, token == JsonToken.START_ARRAY));
        }
      }
    } while (!open.isEmpty() && (token = p.nextToken()) != null);

    JsonToken extra = p.nextToken();
    if (extra != null) {
      throw new ScenarioException(file, Position.of(p.currentTokenLocation()), Paths.ROOT,
          "unexpected content after the end of the scenario", "one scenario per file", null);
    }
  }

  /**
   * For YAML, SnakeYAML's problem mark is where the problem is; Jackson's own location for it is
   * where the parser stopped, which can be a line later. Jackson 2.x deprecates its wrapper of
   * SnakeYAML's exception but offers no other access to the mark short of depending on SnakeYAML.
   */
  @SuppressWarnings("deprecation")
  private static ScenarioException syntaxError(
      String file, ScenarioFormat format, String path, JsonProcessingException e) {
    Position at = Position.of(e.getLocation());
    String problem = syntaxProblem(e.getOriginalMessage());
    if (e instanceof MarkedYAMLException yaml && yaml.getProblemMark() != null && yaml.getProblem() != null) {
      // SnakeYAML's marks count from 0.
      at = new Position(yaml.getProblemMark().getLine() + 1, yaml.getProblemMark().getColumn() + 1);
      problem = yaml.getProblem() + (yaml.getContext() == null ? "" : " (" + yaml.getContext() + ")");
    }
    return new ScenarioException(file, at, path, "malformed " + format.label() + ": " + problem, null, e);
  }

  private void addKey(String file, Frame frame, String name, Position at) {
    String path = Paths.field(frame.path, name);
    Position first = frame.seenKeys.putIfAbsent(name, at);
    if (first != null) {
      throw new ScenarioException(file, at, path,
          "duplicate key '" + name + "' (first at line " + first.line() + ", column " + first.column() + ")",
          "each key once per mapping", null);
    }
    keys.put(path, at);
    frame.currentKey = path;
  }

  private static String describe(JsonToken token, JsonParser p) throws IOException {
    return switch (token) {
      case START_ARRAY -> "a list";
      case VALUE_STRING -> "the text '" + ScenarioException.shorten(p.getText(), 40) + "'";
      default -> "the value " + ScenarioException.shorten(p.getText(), 40);
    };
  }

  /**
   * Jackson's message without its multi-line source excerpt: SnakeYAML puts the context ("while
   * parsing a block mapping") and the problem on unindented lines, and the excerpt, caret and "in
   * 'reader'" lines indented.
   */
  static String syntaxProblem(String message) {
    if (message == null || message.isBlank()) {
      return "syntax error";
    }
    StringBuilder context = new StringBuilder();
    String problem = null;
    for (String line : message.split("\\R")) {
      if (line.isBlank() || Character.isWhitespace(line.charAt(0))) {
        continue;
      }
      if (problem != null) {
        context.append(context.length() > 0 ? ", " : "").append(problem);
      }
      problem = line.strip();
    }
    if (problem == null) {
      problem = message.strip();
    }
    Matcher m = JACKSON_SOURCE.matcher(problem);
    problem = m.replaceAll("line $1, column $2");
    return context.length() > 0 ? problem + " (" + context + ")" : problem;
  }

  /** Whether the file has a key or value at {@code path} (possibly an empty one). */
  boolean has(String path) {
    return values.containsKey(path) || keys.containsKey(path);
  }

  /**
   * The value's position, else its key's; for a missing value, the nearest enclosing key (the
   * mapping that lacks it, such as the channel name), else the nearest enclosing value (a list entry).
   */
  Position valueAt(String path) {
    Position at = values.getOrDefault(path, keys.get(path));
    for (String p = path; at == null; ) {
      if (p.isEmpty()) {
        return values.getOrDefault(Paths.ROOT, Position.START);
      }
      p = Paths.parent(p);
      at = keys.getOrDefault(p, values.get(p));
    }
    return at;
  }

  /** The key's position (the place to point at for an unknown or misnamed key), else as {@link #valueAt}. */
  Position keyAt(String path) {
    Position at = keys.get(path);
    return at != null ? at : valueAt(path);
  }

  /** The scalar exactly as written in the file, or {@code null} if there is none at {@code path}. */
  String text(String path) {
    return texts.get(path);
  }
}
