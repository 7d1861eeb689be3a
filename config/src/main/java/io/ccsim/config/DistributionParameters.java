package io.ccsim.config;

import com.fasterxml.jackson.databind.JsonNode;
import io.ccsim.model.Quantities;
import java.util.regex.Pattern;

/** The parameters of one distribution mapping, read by type with errors located at each value. */
final class DistributionParameters {
  private static final Pattern NUMBER = Pattern.compile("[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?");
  private static final Pattern WHOLE = Pattern.compile("[0-9]+");

  private final Distributions.Type type;
  private final DistributionSpec spec;
  private final String path;
  private final ScenarioSource source;

  DistributionParameters(Distributions.Type type, DistributionSpec spec, String path, ScenarioSource source) {
    this.type = type;
    this.spec = spec;
    this.path = path;
    this.source = source;
  }

  /** A duration >= 0 in seconds. */
  double duration(String name) {
    return parseDuration(scalar(name, Quantities.DURATION_FORMS), Paths.field(path, name));
  }

  /** A duration > 0 in seconds (a mean of zero would make every sample zero). */
  double positiveDuration(String name) {
    double seconds = duration(name);
    if (!(seconds > 0)) {
      throw source.error(Paths.field(path, name), "must be longer than 0, got '" + text(name) + "'",
          "a positive duration such as 3m");
    }
    return seconds;
  }

  /** A duration in seconds that is at least the duration of parameter {@code floorName}. */
  double durationNotBelow(String name, String floorName) {
    double seconds = duration(name);
    if (seconds < duration(floorName)) {
      throw source.error(Paths.field(path, name),
          "'" + text(name) + "' is less than " + floorName + " '" + text(floorName) + "'",
          "a duration >= " + floorName);
    }
    return seconds;
  }

  /** A positive, finite plain number such as a coefficient of variation. */
  double positiveNumber(String name) {
    String text = scalar(name, "a positive number such as 0.8");
    if (NUMBER.matcher(text).matches()) {
      double value = Double.parseDouble(text);
      if (value > 0 && value <= Limits.MAX_CV) {
        return value;
      }
    }
    throw source.error(Paths.field(path, name),
        ScenarioException.quote(text) + " is not a positive number up to " + (int) Limits.MAX_CV,
        "a positive number such as 0.8, at most " + (int) Limits.MAX_CV + " (see Limits in docs/scenario-format.md)");
  }

  /** A whole number >= 1 such as a number of phases. */
  int positiveInteger(String name) {
    String text = scalar(name, "a whole number >= 1");
    boolean whole = WHOLE.matcher(text).matches();
    if (whole && text.length() < 10 && Integer.parseInt(text) >= 1 && Integer.parseInt(text) <= Limits.MAX_PHASES) {
      return Integer.parseInt(text);
    }
    if (whole && (text.length() >= 10 || Integer.parseInt(text) > Limits.MAX_PHASES)) {
      throw source.error(Paths.field(path, name), "'" + ScenarioException.shorten(text, 40)
          + "' is more than the limit of " + Limits.MAX_PHASES + " " + name,
          "at most " + Limits.MAX_PHASES + " (see Limits in docs/scenario-format.md)");
    }
    throw source.error(Paths.field(path, name), ScenarioException.quote(text) + " is not a whole number >= 1",
        "a whole number >= 1 such as 3");
  }

  /** A non-empty list of durations >= 0 in seconds. */
  double[] durations(String name) {
    String listPath = Paths.field(path, name);
    String allowed = "a list of durations such as [2m, 3m30s, 10m]";
    JsonNode node = node(name, allowed);
    if (!node.isArray() || node.isEmpty()) {
      throw source.error(listPath, node.isArray() ? "the list is empty" : "'" + text(name) + "' is not a list",
          allowed);
    }
    double[] seconds = new double[node.size()];
    for (int i = 0; i < seconds.length; i++) {
      String itemPath = Paths.index(listPath, i);
      JsonNode item = node.get(i);
      if (!item.isValueNode() || item.isNull()) {
        throw source.error(itemPath, "not a duration", Quantities.DURATION_FORMS);
      }
      seconds[i] = parseDuration(item.asText(), itemPath);
    }
    return seconds;
  }

  /** A list of weights >= 0, one per entry of the list {@code of}, at least one above 0. */
  double[] weights(String name, String of) {
    String listPath = Paths.field(path, name);
    String allowed = "a list of numbers >= 0, one per entry of " + of + ", such as [3, 5, 2]";
    JsonNode node = listBeside(name, of, "weights", allowed);
    double[] weights = new double[node.size()];
    double total = 0;
    for (int i = 0; i < weights.length; i++) {
      String itemPath = Paths.index(listPath, i);
      JsonNode item = node.get(i);
      String text = item.isValueNode() && !item.isNull() ? item.asText().trim() : "";
      if (!NUMBER.matcher(text).matches()) {
        throw source.error(itemPath, "'" + source.text(itemPath, text) + "' is not a number >= 0", allowed);
      }
      weights[i] = Double.parseDouble(text);
      total += weights[i];
    }
    if (!(total > 0) || Double.isInfinite(total)) {
      throw source.error(listPath, "no weight is above 0", allowed);
    }
    return weights;
  }

  /** A list of shares in [0, 1], one per entry of the list {@code of}, none above the one before it. */
  double[] shares(String name, String of) {
    String listPath = Paths.field(path, name);
    String allowed = "a list of shares from 1 down to 0, one per entry of " + of + ", such as [0.9, 0.75, 0.6]";
    JsonNode node = listBeside(name, of, "shares", allowed);
    double[] shares = new double[node.size()];
    for (int i = 0; i < shares.length; i++) {
      String itemPath = Paths.index(listPath, i);
      JsonNode item = node.get(i);
      String text = item.isValueNode() && !item.isNull() ? item.asText().trim() : "";
      if (!NUMBER.matcher(text).matches() || Double.parseDouble(text) > 1) {
        throw source.error(itemPath, "'" + source.text(itemPath, text) + "' is not a share from 0 to 1", allowed);
      }
      shares[i] = Double.parseDouble(text);
      if (i > 0 && shares[i] > shares[i - 1]) {
        throw source.error(itemPath, text + " is above the share before it (" + shares[i - 1]
            + "); a survival curve never rises", allowed);
      }
    }
    return shares;
  }

  /** The non-empty list {@code name}, with as many entries ({@code noun}) as the list {@code of} when that is one. */
  private JsonNode listBeside(String name, String of, String noun, String allowed) {
    String listPath = Paths.field(path, name);
    JsonNode node = node(name, allowed);
    if (!node.isArray() || node.isEmpty()) {
      throw source.error(listPath, node.isArray() ? "the list is empty" : "'" + text(name) + "' is not a list",
          allowed);
    }
    int expected = spec.fields().get(of) != null && spec.fields().get(of).isArray() ? spec.fields().get(of).size() : -1;
    if (expected >= 0 && node.size() != expected) {
      throw source.error(listPath, node.size() + " " + noun + " for " + expected + " " + of, allowed);
    }
    return node;
  }

  private double parseDuration(String text, String valuePath) {
    try {
      double seconds = Quantities.parseDurationSeconds(text);
      if (seconds > Limits.MAX_DURATION_SECONDS) {
        throw source.error(valuePath, "'" + source.text(valuePath, text) + "' is longer than the limit of "
            + Limits.MAX_DURATION, "a duration up to " + Limits.MAX_DURATION
            + " (see Limits in docs/scenario-format.md)");
      }
      if (!Double.isInfinite(seconds)) {
        return seconds;
      }
    } catch (IllegalArgumentException e) {
      // Reported below with the location.
    }
    throw source.error(valuePath, "'" + source.text(valuePath, text) + "' is not a duration",
        Quantities.DURATION_FORMS);
  }

  private JsonNode node(String name, String allowed) {
    JsonNode node = spec.fields().get(name);
    String valuePath = Paths.field(path, name);
    if (node == null) {
      throw source.error(valuePath, type.name() + " needs '" + name + "'", type.allowedKeys());
    }
    if (node.isNull()) {
      throw source.error(valuePath, "required but empty", allowed);
    }
    return node;
  }

  /** The parameter as text; a number keeps its spelling from the file. */
  private String scalar(String name, String allowed) {
    JsonNode node = node(name, allowed);
    if (!node.isValueNode()) {
      throw source.error(Paths.field(path, name), (node.isArray() ? "a list" : "a mapping") + " is not allowed here",
          allowed);
    }
    return text(name);
  }

  private String text(String name) {
    JsonNode node = spec.fields().get(name);
    return source.text(Paths.field(path, name), node == null ? "" : node.asText()).strip();
  }
}
