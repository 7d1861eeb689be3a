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
      int d = EditDistance.between(name.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
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
}
