package io.ccsim.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * A value that a custom deserializer cannot read, with what is allowed instead. It is a Jackson
 * exception so that Jackson adds the field path while it unwinds; {@link BindingErrors} then locates it.
 */
final class ValueException extends JsonMappingException {
  private static final long serialVersionUID = 1L;

  private final String problem;
  private final String allowed;

  ValueException(JsonParser parser, String problem, String allowed) {
    super(parser, problem);
    this.problem = problem;
    this.allowed = allowed;
  }

  String problem() {
    return problem;
  }

  String allowed() {
    return allowed;
  }
}
