package io.ccsim.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import io.ccsim.model.Quantities;
import java.io.IOException;

/**
 * A rate in a scenario file, such as {@code 200/h} or a number per second. Zero is a valid rate here;
 * where a rate must be positive (arrivals), the assembler says so at the value.
 */
@JsonDeserialize(using = Rate.Deserializer.class)
record Rate(double perSecond) {
  /** What a positive rate looks like, for messages. */
  static final String POSITIVE_FORMS = "a positive " + Quantities.RATE_FORMS.substring("a ".length());

  Rate {
    if (!(perSecond >= 0) || Double.isInfinite(perSecond)) {
      throw new IllegalArgumentException("a rate must be finite and >= 0 per second, got " + perSecond);
    }
  }

  /** Parses the notation with {@link Quantities}, so files and the command line agree. */
  static final class Deserializer extends StdScalarDeserializer<Rate> {
    private static final long serialVersionUID = 1L;

    Deserializer() {
      super(Rate.class);
    }

    @Override
    public Rate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (!p.currentToken().isScalarValue()) {
        return (Rate) ctxt.handleUnexpectedToken(Rate.class, p);
      }
      String text = p.getText();
      Rate rate;
      try {
        rate = new Rate(Quantities.parseRatePerSecond(text));
      } catch (IllegalArgumentException e) {
        throw new ValueException(p, ScenarioException.quote(text) + " is not a rate", POSITIVE_FORMS);
      }
      if (rate.perSecond() > Limits.MAX_RATE_PER_SECOND) {
        throw new ValueException(p, ScenarioException.quote(text) + " is more than the limit of 1000000/s (3.6e9/h)",
            "a rate up to 1000000/s (see Limits in docs/scenario-format.md)");
      }
      return rate;
    }
  }
}
