package io.ccsim;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.HdrHistogram.AbstractHistogram;
import org.HdrHistogram.HistogramIterationValue;

/**
 * Compares two object graphs field by field, every field of every class up to {@code Object}, so that
 * a test comparing two engines' tallies also compares a field added later without anyone listing it.
 * Reports the path of the first difference, such as {@code channels[0].holdSumSeconds: 1.5 vs 1.25}.
 *
 * <p>Doubles are compared bit for bit ({@link Double#compare} == 0: NaN equals NaN, 0.0 differs from
 * -0.0), histograms with their own {@code equals}, lists and maps element by element whatever their
 * implementation class. Any other JDK type has no rule and is refused, so that a new kind of field gets
 * a deliberate rule instead of a comparison of some JDK class's internals.
 */
public final class DeepEquality {
  /** Pairs already compared (or being compared), by identity: stops cycles and repeated sharing. */
  private final Map<Object, Set<Object>> compared = new IdentityHashMap<>();

  private DeepEquality() {}

  /** The first difference as "path: expected vs actual", or null when the graphs are equal. */
  public static String firstDifference(Object expected, Object actual) {
    return new DeepEquality().difference("", expected, actual);
  }

  /** Fails with the path of the first difference, prefixed by {@code what}. */
  public static void assertDeepEquals(Object expected, Object actual, String what) {
    String difference = firstDifference(expected, actual);
    if (difference != null) {
      throw new AssertionError(what + ": " + difference);
    }
  }

  private String difference(String path, Object expected, Object actual) {
    if (expected == actual) {
      return null;
    }
    if (expected == null || actual == null) {
      return differ(path, describe(expected), describe(actual));
    }
    if (expected instanceof List<?> e && actual instanceof List<?> a) {
      return lists(path, e, a);
    }
    if (expected instanceof Map<?, ?> e && actual instanceof Map<?, ?> a) {
      return maps(path, e, a);
    }
    Class<?> type = expected.getClass();
    if (type != actual.getClass()) {
      return differ(path, type.getName(), actual.getClass().getName());
    }
    if (expected instanceof Double e) {
      return Double.compare(e, (Double) actual) == 0 ? null : differ(path, e, actual);
    }
    if (expected instanceof Float e) {
      return Float.compare(e, (Float) actual) == 0 ? null : differ(path, e, actual);
    }
    if (expected instanceof Number || expected instanceof Boolean || expected instanceof Character
        || expected instanceof String || expected instanceof Enum<?> || expected instanceof Class<?>) {
      return expected.equals(actual) ? null : differ(path, describe(expected), describe(actual));
    }
    if (expected instanceof AbstractHistogram e) {
      return e.equals(actual) ? null : differ(path, histograms(e, (AbstractHistogram) actual));
    }
    if (type.isArray()) {
      return arrays(path, expected, actual);
    }
    if (type.getName().startsWith("java.") || type.getName().startsWith("javax.")) {
      throw new IllegalArgumentException(where(path) + ": no rule to compare a " + type.getName()
          + "; add one to DeepEquality");
    }
    if (!compared.computeIfAbsent(expected, k -> Collections.newSetFromMap(new IdentityHashMap<>())).add(actual)) {
      return null;
    }
    return fields(path, type, expected, actual);
  }

  /** Every instance field, superclass fields first, in declaration order. */
  private String fields(String path, Class<?> type, Object expected, Object actual) {
    Deque<Class<?>> classes = new ArrayDeque<>();
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      classes.push(c);
    }
    for (Class<?> c : classes) {
      for (Field field : c.getDeclaredFields()) {
        if (Modifier.isStatic(field.getModifiers()) || field.isSynthetic()) {
          continue;
        }
        field.setAccessible(true);
        String difference;
        try {
          difference = difference(child(path, field.getName()), field.get(expected), field.get(actual));
        } catch (IllegalAccessException e) {
          throw new IllegalStateException("cannot read " + child(path, field.getName()), e);
        }
        if (difference != null) {
          return difference;
        }
      }
    }
    return null;
  }

  private String arrays(String path, Object expected, Object actual) {
    int length = Array.getLength(expected);
    if (length != Array.getLength(actual)) {
      return differ(child(path, "length"), length, Array.getLength(actual));
    }
    for (int i = 0; i < length; i++) {
      String difference = difference(path + "[" + i + "]", Array.get(expected, i), Array.get(actual, i));
      if (difference != null) {
        return difference;
      }
    }
    return null;
  }

  private String lists(String path, List<?> expected, List<?> actual) {
    if (expected.size() != actual.size()) {
      return differ(child(path, "size"), expected.size(), actual.size());
    }
    for (int i = 0; i < expected.size(); i++) {
      String difference = difference(path + "[" + i + "]", expected.get(i), actual.get(i));
      if (difference != null) {
        return difference;
      }
    }
    return null;
  }

  private String maps(String path, Map<?, ?> expected, Map<?, ?> actual) {
    for (Map.Entry<?, ?> entry : expected.entrySet()) {
      String at = path + "[" + describe(entry.getKey()) + "]";
      if (!actual.containsKey(entry.getKey())) {
        return differ(at, describe(entry.getValue()), "no such key");
      }
      String difference = difference(at, entry.getValue(), actual.get(entry.getKey()));
      if (difference != null) {
        return difference;
      }
    }
    for (Object key : actual.keySet()) {
      if (!expected.containsKey(key)) {
        return differ(path + "[" + describe(key) + "]", "no such key", describe(actual.get(key)));
      }
    }
    return null;
  }

  /** The first recorded value whose count differs, else the histograms' settings and totals. */
  private static String histograms(AbstractHistogram expected, AbstractHistogram actual) {
    for (AbstractHistogram h : List.of(expected, actual)) {
      for (HistogramIterationValue v : h.recordedValues()) {
        long value = v.getValueIteratedTo();
        long e = expected.getCountAtValue(value);
        long a = actual.getCountAtValue(value);
        if (e != a) {
          return "histograms differ: count at " + value + " is " + e + " vs " + a;
        }
      }
    }
    return "histograms differ: " + summary(expected) + " vs " + summary(actual);
  }

  private static String summary(AbstractHistogram h) {
    return "{total " + h.getTotalCount() + ", min " + h.getMinValue() + ", max " + h.getMaxValue()
        + ", digits " + h.getNumberOfSignificantValueDigits() + ", highest " + h.getHighestTrackableValue() + "}";
  }

  private static String describe(Object value) {
    return value instanceof String s ? "'" + s + "'" : String.valueOf(value);
  }

  private static String child(String path, String field) {
    return path.isEmpty() ? field : path + "." + field;
  }

  private static String where(String path) {
    return path.isEmpty() ? "(root)" : path;
  }

  private static String differ(String path, Object expected, Object actual) {
    return where(path) + ": " + expected + " vs " + actual;
  }

  private static String differ(String path, String problem) {
    return where(path) + ": " + problem;
  }
}
