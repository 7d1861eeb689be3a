package io.ccsim.config;

import io.ccsim.model.Names;
import java.util.Collection;
import java.util.Map;
import java.util.function.Supplier;

/** A scenario file being checked: its name and source map, and the located errors it can raise. */
final class ScenarioSource {
  private final String file;
  private final SourceMap map;

  ScenarioSource(String file, SourceMap map) {
    this.file = file;
    this.map = map;
  }

  /** An error about the value at {@code path} (or, if it is missing, about the enclosing mapping). */
  ScenarioException error(String path, String problem, String allowed) {
    return new ScenarioException(file, map.valueAt(path), path, problem, allowed, null);
  }

  ScenarioException error(String path, String problem, String allowed, Throwable cause) {
    return new ScenarioException(file, map.valueAt(path), path, problem, allowed, cause);
  }

  /** An error about the key at {@code path}: unknown keys, names that are not allowed. */
  ScenarioException keyError(String path, String problem, String allowed) {
    return new ScenarioException(file, map.keyAt(path), path, problem, allowed, null);
  }

  ScenarioException keyError(String path, String problem, String allowed, Throwable cause) {
    return new ScenarioException(file, map.keyAt(path), path, problem, allowed, cause);
  }

  /** {@code value}, or an error that says whether the key is missing or present but empty. */
  <T> T required(T value, String path, String allowed) {
    if (value == null) {
      throw error(path, map.has(path) ? "required but empty" : "required but missing", allowed);
    }
    return value;
  }

  /** {@code value} if it is at least {@code min}, else an error at the value. */
  int atLeast(int value, int min, String path, String allowed) {
    if (value < min) {
      throw error(path, "must be at least " + min + ", got " + text(path, value), allowed);
    }
    return value;
  }

  /** {@code value} if it is at most {@code max}, a documented limit ({@link Limits}), else an error at the value. */
  int atMost(int value, int max, String path, String what) {
    if (value > max) {
      throw error(path, text(path, value) + " is more than the limit of " + max + " " + what,
          "at most " + max + " (see Limits in docs/scenario-format.md)");
    }
    return value;
  }

  /** {@code value} if it is in [min, max], {@code max} a documented limit, else an error at the value. */
  int between(int value, int min, int max, String path, String allowed, String what) {
    return atMost(atLeast(value, min, path, allowed), max, path, what);
  }

  /** A factor above 0 and at most {@link Limits#MAX_FACTOR}, else an error at the value. */
  double boundedFactor(double value, String path, String allowed) {
    positiveFactor(value, path, allowed);
    if (value > Limits.MAX_FACTOR) {
      throw error(path, "'" + text(path, value) + "' is more than the limit of " + (int) Limits.MAX_FACTOR
          + " for a factor", "at most " + (int) Limits.MAX_FACTOR + " (see Limits in docs/scenario-format.md)");
    }
    return value;
  }

  /**
   * The value {@code key} stands for among {@code choices} (in the order to list them), else an error
   * at the value: "unknown WHAT 'key' (did you mean ...)" with the allowed keys.
   */
  <T> T choice(String what, String key, Map<String, T> choices, String path) {
    T found = choices.get(key);
    if (found == null) {
      throw error(path, "unknown " + what + " '" + key + "'" + Keys.suggestion(key, choices.keySet()),
          String.join(", ", choices.keySet()));
    }
    return found;
  }

  /**
   * {@code name} if it is one of {@code names}, else an error at the value ({@code atKey}: at the key)
   * saying that no WHAT is named so, with a did-you-mean and the names allowed.
   */
  String reference(String what, String name, Collection<String> names, String path, boolean atKey) {
    if (names.contains(name)) {
      return name;
    }
    String problem = "no " + what + " is named '" + name + "'" + Keys.suggestion(name, names);
    String allowed = String.join(", ", names);
    throw atKey ? keyError(path, problem, allowed) : error(path, problem, allowed);
  }

  /** {@code value} if it is in [0, 1] (a probability or fraction), else an error at the value. */
  double fraction(double value, String path, String allowed) {
    if (!(value >= 0 && value <= 1)) {
      throw error(path, "'" + text(path, value) + "' is outside [0, 1]", allowed);
    }
    return value;
  }

  /** {@code value} if it is a positive, finite factor, else an error at the value. */
  double positiveFactor(double value, String path, String allowed) {
    if (!(value > 0) || Double.isInfinite(value)) {
      throw error(path, "'" + text(path, value) + "' is not a positive factor", allowed);
    }
    return value;
  }

  /**
   * Checks a channel or group name against sim-core's rule ({@link Names}) here, so that the error
   * points at the name; {@code atKey} for names that are map keys.
   */
  String name(String what, String name, String path, boolean atKey) {
    try {
      Names.check(what, name);
      return name;
    } catch (IllegalArgumentException e) {
      String problem = "'" + name + "' is not a valid " + what + " name";
      String allowed = "a letter, then letters, digits, '-' or '_'";
      throw atKey ? keyError(path, problem, allowed, e) : error(path, problem, allowed, e);
    }
  }

  /** The scalar exactly as written, or null if the file has none at {@code path}. */
  String written(String path) {
    return map.text(path);
  }

  /** The value exactly as written, for messages; {@code fallback} if the file has no scalar there. */
  String text(String path, Object fallback) {
    String text = map.text(path);
    return ScenarioException.shorten(text != null ? text : String.valueOf(fallback), 40);
  }

  /**
   * Builds a sim-core value, reporting its {@link IllegalArgumentException} at {@code path}. The
   * loader checks values itself first so that errors point at the exact value; this is the net for
   * rules only sim-core knows.
   */
  <T> T construct(String path, Supplier<T> constructor) {
    try {
      return constructor.get();
    } catch (IllegalArgumentException e) {
      throw error(path, e.getMessage(), null, e);
    }
  }
}
