package io.ccsim.loadgen;

import io.ccsim.arrivals.ScheduledContact;
import io.ccsim.loadgen.csv.Decimals;
import java.time.Instant;

/**
 * The contact event every target sends, as one line of JSON (docs/load.md#the-contact-event). Written
 * by hand rather than with a JSON library: it is built on the sender's thread for every contact.
 */
public final class EventJson {
  /** The value of the {@code schema} field; changes only when a field changes meaning or goes away. */
  public static final String SCHEMA = "ccsim.contact/1";

  private final String runId;
  private final String scenarioEscaped;
  private final double speed;

  public EventJson(String runId, String scenarioName, double speed) {
    this.runId = runId;
    this.scenarioEscaped = escape(scenarioName);
    this.speed = speed;
  }

  /** The id of contact {@code number} of this run. */
  public String id(long number) {
    return runId + "-" + number;
  }

  /** The event of {@code contact}, due at {@code intendedAt}. */
  public String of(ScheduledContact contact, Instant intendedAt) {
    StringBuilder out = new StringBuilder(320);
    out.append("{\"schema\":\"").append(SCHEMA).append("\",\"type\":\"contact\",\"id\":\"").append(id(contact.number()))
        .append("\",\"run\":\"").append(runId).append("\",\"number\":").append(contact.number())
        .append(",\"channel\":\"").append(contact.channel()).append("\",\"arrivalSeconds\":")
        .append(Decimals.format(contact.arrivalSeconds())).append(",\"handleSeconds\":");
    seconds(out, contact.handleSeconds());
    out.append(",\"patienceSeconds\":");
    seconds(out, contact.patienceSeconds());
    out.append(",\"customerId\":");
    if (contact.customerId() == null) {
      out.append("null");
    } else {
      out.append('"').append(escape(contact.customerId())).append('"');
    }
    out.append(",\"intendedAt\":\"").append(intendedAt).append("\",\"scenario\":\"").append(scenarioEscaped)
        .append("\",\"speed\":").append(Decimals.format(speed)).append('}');
    return out.toString();
  }

  private static void seconds(StringBuilder out, double value) {
    if (Double.isNaN(value)) {
      out.append("null");
    } else {
      out.append(Decimals.format(value));
    }
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }
}
