package io.ccsim.config;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.MapperBuilder;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The file formats a scenario may be written in, chosen by file extension; the enum is the mapper factory. */
enum ScenarioFormat {
  YAML("YAML", List.of(".yaml", ".yml"), configure(YAMLMapper.builder())),
  JSON("JSON", List.of(".json"), configure(JsonMapper.builder()));

  private final String label;
  private final List<String> extensions;
  private final ObjectMapper mapper;

  ScenarioFormat(String label, List<String> extensions, ObjectMapper mapper) {
    this.label = label;
    this.extensions = extensions;
    this.mapper = mapper;
  }

  /**
   * Duplicate keys are found by {@link SourceMap}, which knows where they are, so Jackson's own
   * detection stays off. Floats are not silently truncated to whole numbers ({@code count: 2.5}).
   */
  private static ObjectMapper configure(MapperBuilder<?, ?> builder) {
    return builder
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        .build();
  }

  /** The format for a file name, by its extension (case-insensitive). */
  static Optional<ScenarioFormat> forFile(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    for (ScenarioFormat format : values()) {
      for (String extension : format.extensions) {
        if (lower.endsWith(extension)) {
          return Optional.of(format);
        }
      }
    }
    return Optional.empty();
  }

  /** All accepted extensions, for messages. */
  static String allExtensions() {
    return ".yaml, .yml or .json";
  }

  String label() {
    return label;
  }

  ObjectMapper mapper() {
    return mapper;
  }
}
