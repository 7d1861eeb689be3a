package io.ccsim.config;

import com.fasterxml.jackson.databind.JsonNode;
import io.ccsim.distribution.Constant;
import io.ccsim.distribution.Distribution;
import io.ccsim.distribution.Empirical;
import io.ccsim.distribution.Histogram;
import io.ccsim.distribution.Exponential;
import io.ccsim.distribution.Gamma;
import io.ccsim.distribution.Lognormal;
import io.ccsim.distribution.Survival;
import io.ccsim.distribution.Uniform;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The registry of distributions a scenario may name: adding a distribution is one entry in {@link #TYPES}. */
final class Distributions {
  /** The key that names the distribution in a distribution mapping. */
  static final String NAME_KEY = "distribution";

  /** One distribution: its name in files, its parameter keys, and how to build it from them. */
  record Type(String name, List<String> parameters, Function<DistributionParameters, Distribution> factory) {
    /** The keys allowed in its mapping, for messages. */
    String allowedKeys() {
      return NAME_KEY + ", " + String.join(", ", parameters);
    }
  }

  private static final Map<String, Type> TYPES = index(
      new Type("exponential", List.of("mean"),
          p -> new Exponential(p.positiveDuration("mean"))),
      new Type("constant", List.of("value"),
          p -> new Constant(p.duration("value"))),
      new Type("gamma", List.of("mean", "cv"),
          p -> new Gamma(p.positiveDuration("mean"), p.positiveNumber("cv"))),
      new Type("erlang", List.of("mean", "phases"),
          p -> Gamma.erlang(p.positiveInteger("phases"), p.positiveDuration("mean"))),
      new Type("lognormal", List.of("mean", "cv"),
          p -> new Lognormal(p.positiveDuration("mean"), p.positiveNumber("cv"))),
      new Type("uniform", List.of("min", "max"),
          p -> new Uniform(p.duration("min"), p.durationNotBelow("max", "min"))),
      new Type("empirical", List.of("values"),
          p -> new Empirical(p.durations("values"))),
      new Type("histogram", List.of("values", "weights"),
          p -> new Histogram(p.durations("values"), p.weights("weights", "values"))),
      new Type("survival", List.of("times", "survival", "tailMean"),
          p -> new Survival(p.durations("times"), p.shares("survival", "times"), p.positiveDuration("tailMean"))));

  private Distributions() {}

  private static Map<String, Type> index(Type... types) {
    Map<String, Type> byName = new LinkedHashMap<>();
    for (Type t : types) {
      byName.put(t.name(), t);
    }
    return Collections.unmodifiableMap(byName);
  }

  /** All distributions in registry order (for documentation and the schema check). */
  static Collection<Type> types() {
    return TYPES.values();
  }

  /** Builds the distribution written at {@code path}, reporting any problem at the offending key or value. */
  static Distribution build(DistributionSpec spec, String path, ScenarioSource source) {
    String namePath = Paths.field(path, NAME_KEY);
    String names = String.join(", ", TYPES.keySet());
    JsonNode nameNode = spec.fields().get(NAME_KEY);
    if (nameNode == null || nameNode.isNull()) {
      throw source.error(namePath, nameNode == null ? "required but missing" : "required but empty", names);
    }
    String name = nameNode.isTextual() ? nameNode.asText() : source.text(namePath, nameNode);
    Type type = TYPES.get(name);
    if (type == null || !nameNode.isTextual()) {
      throw source.error(namePath,
          "unknown distribution '" + name + "'" + Keys.suggestion(name, TYPES.keySet()), names);
    }
    for (String key : spec.fields().keySet()) {
      if (!key.equals(NAME_KEY) && !type.parameters().contains(key)) {
        throw source.keyError(Paths.field(path, key),
            type.name() + " has no parameter '" + key + "'" + Keys.suggestion(key, type.parameters()),
            type.allowedKeys());
      }
    }
    DistributionParameters parameters = new DistributionParameters(type, spec, path, source);
    return source.construct(path, () -> type.factory().apply(parameters));
  }
}
