package io.ccsim.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import io.ccsim.model.Quantities;
import java.io.IOException;

/** A duration in a scenario file, such as {@code 20s}, {@code 1h30m} or a number of seconds. */
@JsonDeserialize(using = Duration.Deserializer.class)
record Duration(double seconds) {
  Duration {
    if (!(seconds >= 0) || Double.isInfinite(seconds)) {
      throw new IllegalArgumentException("a duration must be finite and >= 0 seconds, got " + seconds);
    }
  }

  /** Parses the notation with {@link Quantities}, so files and the command line agree. */
  static final class Deserializer extends StdScalarDeserializer<Duration> {
    private static final long serialVersionUID = 1L;

    Deserializer() {
      super(Duration.class);
    }

    @Override
    public Duration deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (!p.currentToken().isScalarValue()) {
        return (Duration) ctxt.handleUnexpectedToken(Duration.class, p);
      }
      String text = p.getText();
      Duration duration;
      try {
        duration = new Duration(Quantities.parseDurationSeconds(text));
      } catch (IllegalArgumentException e) {
        throw new ValueException(p, ScenarioException.quote(text) + " is not a duration", Quantities.DURATION_FORMS);
      }
      if (duration.seconds() > Limits.MAX_DURATION_SECONDS) {
        throw new ValueException(p,
            ScenarioException.quote(text) + " is longer than the limit of " + Limits.MAX_DURATION,
            "a duration up to " + Limits.MAX_DURATION + " (see Limits in docs/scenario-format.md)");
      }
      return duration;
    }
  }
}
