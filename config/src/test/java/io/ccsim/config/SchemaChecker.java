package io.ccsim.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks a document against the subset of JSON Schema 2020-12 that docs/scenario.schema.json uses.
 * There is no schema-validator dependency; this is enough to keep the schema and the loader honest.
 */
final class SchemaChecker {
  private final JsonNode root;

  SchemaChecker(JsonNode root) {
    this.root = root;
  }

  /** The problems found, each as "path: what"; empty if the document conforms. */
  List<String> check(JsonNode document) {
    List<String> problems = new ArrayList<>();
    check(root, document, "$", problems);
    return problems;
  }

  private void check(JsonNode schema, JsonNode value, String path, List<String> problems) {
    if (schema.has("$ref")) {
      String ref = schema.get("$ref").asText();
      if (!ref.startsWith("#/$defs/")) {
        throw new IllegalArgumentException("unsupported $ref " + ref);
      }
      check(root.get("$defs").get(ref.substring("#/$defs/".length())), value, path, problems);
    }
    if (schema.has("type") && !hasType(value, schema.get("type").asText())) {
      problems.add(path + ": not of type " + schema.get("type").asText());
      return;
    }
    checkAlternatives(schema, value, path, problems);
    if (schema.has("const") && !schema.get("const").equals(value)) {
      problems.add(path + ": not " + schema.get("const"));
    }
    if (schema.has("enum") && !contains(schema.get("enum"), value)) {
      problems.add(path + ": not one of " + schema.get("enum"));
    }
    if (value.isNumber()) {
      checkNumber(schema, value.asDouble(), path, problems);
    }
    if (value.isTextual() && schema.has("pattern")
        && !Pattern.compile(schema.get("pattern").asText()).matcher(value.asText()).find()) {
      problems.add(path + ": '" + value.asText() + "' does not match " + schema.get("pattern").asText());
    }
    if (value.isArray()) {
      checkArray(schema, value, path, problems);
    }
    if (value.isObject()) {
      checkObject(schema, value, path, problems);
    }
  }

  private void checkAlternatives(JsonNode schema, JsonNode value, String path, List<String> problems) {
    for (String keyword : new String[] {"anyOf", "oneOf"}) {
      if (schema.has(keyword)) {
        int matches = 0;
        for (JsonNode alternative : schema.get(keyword)) {
          List<String> sub = new ArrayList<>();
          check(alternative, value, path, sub);
          matches += sub.isEmpty() ? 1 : 0;
        }
        if (matches == 0 || (keyword.equals("oneOf") && matches > 1)) {
          problems.add(path + ": matches " + matches + " of the " + keyword + " alternatives");
        }
      }
    }
  }

  private static void checkNumber(JsonNode schema, double number, String path, List<String> problems) {
    if (schema.has("minimum") && number < schema.get("minimum").asDouble()) {
      problems.add(path + ": below minimum");
    }
    if (schema.has("maximum") && number > schema.get("maximum").asDouble()) {
      problems.add(path + ": above maximum");
    }
    if (schema.has("exclusiveMinimum") && number <= schema.get("exclusiveMinimum").asDouble()) {
      problems.add(path + ": not above exclusiveMinimum");
    }
    if (schema.has("exclusiveMaximum") && number >= schema.get("exclusiveMaximum").asDouble()) {
      problems.add(path + ": not below exclusiveMaximum");
    }
  }

  private void checkArray(JsonNode schema, JsonNode value, String path, List<String> problems) {
    if (schema.has("minItems") && value.size() < schema.get("minItems").asInt()) {
      problems.add(path + ": too few items");
    }
    if (schema.has("maxItems") && value.size() > schema.get("maxItems").asInt()) {
      problems.add(path + ": too many items");
    }
    if (schema.path("uniqueItems").asBoolean() && new HashSet<JsonNode>(toList(value)).size() < value.size()) {
      problems.add(path + ": duplicate items");
    }
    if (schema.has("items")) {
      for (int i = 0; i < value.size(); i++) {
        check(schema.get("items"), value.get(i), path + "[" + i + "]", problems);
      }
    }
  }

  private void checkObject(JsonNode schema, JsonNode value, String path, List<String> problems) {
    for (JsonNode required : schema.path("required")) {
      if (!value.has(required.asText())) {
        problems.add(path + ": missing " + required.asText());
      }
    }
    if (schema.has("minProperties") && value.size() < schema.get("minProperties").asInt()) {
      problems.add(path + ": too few properties");
    }
    JsonNode properties = schema.path("properties");
    JsonNode additional = schema.get("additionalProperties");
    for (Iterator<Map.Entry<String, JsonNode>> it = value.properties().iterator(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      String fieldPath = path + "." + field.getKey();
      if (schema.has("propertyNames")) {
        check(schema.get("propertyNames"), com.fasterxml.jackson.databind.node.TextNode.valueOf(field.getKey()),
            fieldPath, problems);
      }
      if (properties.has(field.getKey())) {
        check(properties.get(field.getKey()), field.getValue(), fieldPath, problems);
      } else if (additional != null && additional.isBoolean() && !additional.asBoolean()) {
        problems.add(fieldPath + ": not allowed");
      } else if (additional != null && additional.isObject()) {
        check(additional, field.getValue(), fieldPath, problems);
      }
    }
  }

  private static boolean hasType(JsonNode value, String type) {
    return switch (type) {
      case "object" -> value.isObject();
      case "array" -> value.isArray();
      case "string" -> value.isTextual();
      case "number" -> value.isNumber();
      case "integer" -> value.isIntegralNumber();
      case "boolean" -> value.isBoolean();
      default -> throw new IllegalArgumentException("unsupported type " + type);
    };
  }

  private static boolean contains(JsonNode list, JsonNode value) {
    return toList(list).contains(value);
  }

  private static List<JsonNode> toList(JsonNode array) {
    List<JsonNode> items = new ArrayList<>();
    array.forEach(items::add);
    return items;
  }
}
