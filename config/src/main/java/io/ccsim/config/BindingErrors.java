package io.ccsim.config;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.ccsim.model.Quantities;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Turns Jackson's binding exceptions into located one-line {@link ScenarioException}s. Jackson's own
 * messages name Java classes, so none of them is shown; the path comes from the exception and the
 * position from the {@link SourceMap}.
 */
final class BindingErrors {
  private BindingErrors() {}

  /** {@code parser} is the binding parser, still at the token that failed. */
  static ScenarioException translate(JsonMappingException e, JsonParser parser, ScenarioSource source) {
    String path = Paths.of(e.getPath());
    if (e instanceof ValueException v) {
      return source.error(path, v.problem(), v.allowed(), e);
    }
    if (e instanceof UnrecognizedPropertyException u) {
      List<String> allowed = Keys.of(u.getReferringClass());
      if (allowed.isEmpty()) {
        allowed = names(u.getKnownPropertyIds());
      }
      String name = u.getPropertyName();
      return source.keyError(path, "unknown key '" + name + "'" + Keys.suggestion(name, allowed),
          String.join(", ", allowed), e);
    }
    if (e instanceof MismatchedInputException m) {
      String found = found(m, parser);
      Class<?> target = m.getTargetType();
      return source.error(path, found + " is not " + noun(target), allowed(target, m, parser), e);
    }
    // Jackson adds no path entry for a map key when the parser rejects the value (a number such as
    // '.nan' under proficiency), but the parser still knows where it is.
    String streamPath = Paths.of(parser.getParsingContext());
    if (streamPath.startsWith(path)) {
      path = streamPath;
    }
    String written = source.written(path);
    if (written != null && isNumberProblem(e)) {
      String quoted = ScenarioException.quote(written);
      if (NUMERIC.matcher(written.strip()).matches()) {
        return source.error(path, quoted + " is out of range", "a number within the limits in docs/scenario-format.md"
            + " (whole numbers at most 2147483647)", e);
      }
      return source.error(path, quoted + " is not a number", "a plain number such as 14 or 0.8 (not .nan or .inf)", e);
    }
    return source.error(path, streamProblem(e), "see docs/scenario-format.md", e);
  }

  private static final java.util.regex.Pattern NUMERIC =
      java.util.regex.Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");

  /** Whether the parser rejected a number: malformed ('.nan'), out of range, or too long. */
  private static boolean isNumberProblem(JsonMappingException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof com.fasterxml.jackson.core.exc.InputCoercionException
          || t instanceof com.fasterxml.jackson.core.exc.StreamConstraintsException
          || t instanceof NumberFormatException) {
        return true;
      }
      String m = t.getMessage();
      if (m != null && (m.contains("numeric value") || m.contains("Numeric value") || m.contains("Number value"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A value the parser itself rejected while binding (a number out of range, {@code .nan}); its
   * message names no classes, but is checked for them all the same.
   */
  private static String streamProblem(JsonMappingException e) {
    for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
      if (t instanceof JacksonException j && !(t instanceof JsonMappingException)) {
        String message = SourceMap.syntaxProblem(j.getOriginalMessage());
        if (!message.contains("`") && !message.contains("java.") && !message.contains("jackson")) {
          return message;
        }
      }
    }
    return "this value cannot be read";
  }

  private static List<String> names(Collection<Object> ids) {
    List<String> names = new ArrayList<>();
    if (ids != null) {
      ids.forEach(id -> names.add(String.valueOf(id)));
    }
    names.sort(null);
    return names;
  }

  private static String found(MismatchedInputException e, JsonParser p) {
    if (e instanceof InvalidFormatException f && f.getValue() != null) {
      return ScenarioException.quote(String.valueOf(f.getValue()));
    }
    JsonToken token = p.currentToken();
    if (token == null) {
      return "the value";
    }
    return switch (token) {
      case START_ARRAY -> "a list";
      case START_OBJECT, FIELD_NAME -> "a mapping";
      case VALUE_NULL -> "an empty value";
      default -> ScenarioException.quote(text(p));
    };
  }

  private static String text(JsonParser p) {
    try {
      return p.getText();
    } catch (IOException e) {
      return "the value";
    }
  }

  /** What the target type is called in messages. */
  private static String noun(Class<?> target) {
    if (target == null) {
      return "allowed here";
    }
    if (target == Integer.class || target == int.class || target == Long.class || target == long.class
        || target == Short.class || target == short.class) {
      return "a whole number";
    }
    if (target == Double.class || target == double.class || target == Float.class || target == float.class) {
      return "a number";
    }
    if (target == String.class) {
      return "a text value";
    }
    if (target == Boolean.class || target == boolean.class) {
      return "true or false";
    }
    if (Collection.class.isAssignableFrom(target) || target.isArray()) {
      return "a list";
    }
    if (target == Duration.class) {
      return "a duration";
    }
    if (target == Rate.class) {
      return "a rate";
    }
    if (target == Fraction.class) {
      return "a fraction or a percentage";
    }
    if (target == DistributionSpec.class) {
      return "a distribution";
    }
    return "a mapping";
  }

  /** What to write instead, as concrete as the target type allows. */
  private static String allowed(Class<?> target, MismatchedInputException e, JsonParser p) {
    if (target == null) {
      return "see docs/scenario-format.md";
    }
    if (Collection.class.isAssignableFrom(target) || target.isArray()) {
      // A single value is not taken as a one-element list: say how to write one.
      JsonToken token = p.currentToken();
      boolean scalar = token != null && token.isScalarValue() && !(e instanceof InvalidFormatException);
      return "a list such as [" + (scalar ? ScenarioException.shorten(text(p), 40) : "a, b") + "]";
    }
    if (target == Duration.class) {
      return Quantities.DURATION_FORMS;
    }
    if (target == Rate.class) {
      return Rate.POSITIVE_FORMS;
    }
    if (target == Fraction.class) {
      return Fraction.FORMS;
    }
    if (target == DistributionSpec.class) {
      return "a mapping such as {distribution: exponential, mean: 3m}";
    }
    if (target.isRecord()) {
      return "a mapping with keys " + String.join(", ", Keys.of(target));
    }
    if (Map.class.isAssignableFrom(target)) {
      return "a mapping of names to values";
    }
    return noun(target);
  }
}
