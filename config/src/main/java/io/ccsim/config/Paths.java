package io.ccsim.config;

import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.List;

/** Field paths as printed in error messages: {@code channels.phone.handleTime}, {@code agents[0].skills[1]}. */
final class Paths {
  static final String ROOT = "";

  private Paths() {}

  static String field(String parent, String name) {
    return parent.isEmpty() ? name : parent + "." + name;
  }

  static String index(String parent, int index) {
    return parent + "[" + index + "]";
  }

  /** The enclosing path, or {@link #ROOT}; used to fall back to the nearest known position. */
  static String parent(String path) {
    int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
    return cut < 0 ? ROOT : path.substring(0, cut);
  }

  /** The path of a Jackson exception, from the references Jackson adds while the exception unwinds. */
  static String of(List<JsonMappingException.Reference> references) {
    String path = ROOT;
    for (JsonMappingException.Reference r : references) {
      path = r.getFieldName() != null ? field(path, r.getFieldName()) : index(path, r.getIndex());
    }
    return path;
  }

  /** The path of the value a parser is at, from its parsing context. */
  static String of(JsonStreamContext context) {
    if (context == null || context.inRoot()) {
      return ROOT;
    }
    String parent = of(context.getParent());
    if (context.inArray()) {
      return context.getCurrentIndex() < 0 ? parent : index(parent, context.getCurrentIndex());
    }
    return context.getCurrentName() == null ? parent : field(parent, context.getCurrentName());
  }
}
