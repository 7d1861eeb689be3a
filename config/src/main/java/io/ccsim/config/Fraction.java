package io.ccsim.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A share in a scenario file, written as a fraction ({@code 0.10}) or a percentage ({@code 10%}).
 * Any number is read here; where it must lie in a range (shrinkage), the assembler says so at the value.
 */
@JsonDeserialize(using = Fraction.Deserializer.class)
record Fraction(double value) {
  static final String FORMS = "a fraction such as 0.10 or a percentage such as 10%";
  private static final Pattern NUMBER =
      Pattern.compile("([-+]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][-+]?[0-9]+)?)\\s*(%?)");

  /** Reads a number, or a text that is a number with an optional {@code %}. */
  static final class Deserializer extends StdScalarDeserializer<Fraction> {
    private static final long serialVersionUID = 1L;

    Deserializer() {
      super(Fraction.class);
    }

    @Override
    public Fraction deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
        return new Fraction(p.getDoubleValue());
      }
      if (!token.isScalarValue()) {
        return (Fraction) ctxt.handleUnexpectedToken(Fraction.class, p);
      }
      String text = p.getText();
      Matcher m = NUMBER.matcher(text.trim());
      if (!m.matches()) {
        throw new ValueException(p, ScenarioException.quote(text) + " is not a fraction or a percentage", FORMS);
      }
      double number = Double.parseDouble(m.group(1));
      return new Fraction(m.group(2).isEmpty() ? number : number / 100);
    }
  }
}
