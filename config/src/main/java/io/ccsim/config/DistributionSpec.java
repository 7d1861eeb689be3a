package io.ccsim.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A distribution as written, such as {@code {distribution: gamma, mean: 3m, cv: 0.8}}. Its keys depend
 * on the distribution, so they are kept as a map and checked by {@link Distributions}.
 */
@JsonDeserialize(using = DistributionSpec.Deserializer.class)
record DistributionSpec(Map<String, JsonNode> fields) {
  DistributionSpec {
    fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }

  /** Accepts only a mapping, so that {@code handleTime: 180s} is a type error that says what to write. */
  static final class Deserializer extends StdDeserializer<DistributionSpec> {
    private static final long serialVersionUID = 1L;

    Deserializer() {
      super(DistributionSpec.class);
    }

    @Override
    public DistributionSpec deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (!p.isExpectedStartObjectToken()) {
        return (DistributionSpec) ctxt.handleUnexpectedToken(DistributionSpec.class, p);
      }
      Map<String, JsonNode> fields = new LinkedHashMap<>();
      ctxt.readTree(p).properties().forEach(e -> fields.put(e.getKey(), e.getValue()));
      return new DistributionSpec(fields);
    }
  }
}
