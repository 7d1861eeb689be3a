package io.ccsim.config;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** The keys a mapping accepts, in declaration order, and a "did you mean" for misspelt ones. */
final class Keys {
  private Keys() {}

  /** The keys of a binding record: its component names, which is what Jackson binds. */
  static List<String> of(Class<?> type) {
    List<String> names = new ArrayList<>();
    if (type != null && type.isRecord()) {
      for (RecordComponent c : type.getRecordComponents()) {
        names.add(c.getName());
      }
    }
    return names;
  }

  /** The values by the key that names them in files, in declaration order (for enums such as ChannelKind). */
  static <T> Map<String, T> byKey(T[] values, Function<T, String> key) {
    Map<String, T> byKey = new LinkedHashMap<>();
    for (T value : values) {
      byKey.put(key.apply(value), value);
    }
    return byKey;
  }

  /** A candidate within two edits of {@code name} (ignoring case), if there is one. */
  static Optional<String> closest(String name, Collection<String> candidates) {
    String best = null;
    int bestDistance = 3;
    for (String candidate : candidates) {
      int d = distance(name.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    return Optional.ofNullable(best);
  }

  /** " (did you mean 'x'?)" or nothing. */
  static String suggestion(String name, Collection<String> candidates) {
    return closest(name, candidates).map(c -> " (did you mean '" + c + "'?)").orElse("");
  }

  /** Levenshtein distance; names are short, so the quadratic table is fine. */
  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
