package io.ccsim.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ccsim.model.Quantities;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** Text and JSON formatting for the {@code erlang} commands; never depends on the default locale. */
final class ErlangFormat {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ErlangFormat() {}

  /** A new JSON object for one result. */
  static ObjectNode object() {
    return JSON.createObjectNode();
  }

  /** Puts a number; JSON has no infinity, so an unbounded wait becomes null. */
  static void put(ObjectNode node, String key, double value) {
    if (Double.isFinite(value)) {
      node.put(key, value);
    } else {
      node.putNull(key);
    }
  }

  static void print(PrintWriter out, ObjectNode node) {
    out.println(node.toString());
  }

  /** One aligned "label  value" line. */
  static void line(PrintWriter out, String label, String value) {
    out.println(String.format(Locale.ROOT, "  %-17s %s", label, value));
  }

  /** Up to four significant digits, without trailing zeros: 200, 7.836, 0.5. */
  static String number(double value) {
    if (!Double.isFinite(value)) {
      return "infinite";
    }
    BigDecimal rounded = new BigDecimal(value).round(new MathContext(4)).stripTrailingZeros();
    return rounded.scale() < 0 ? rounded.setScale(0).toPlainString() : rounded.toPlainString();
  }

  /** A probability as a percentage with two decimals; tiny ones in scientific notation so they do not read 0. */
  static String percent(double probability) {
    double p = probability * 100;
    if (p == 0 || p >= 0.01) {
      return String.format(Locale.ROOT, "%.2f%%", p);
    }
    return String.format(Locale.ROOT, "%.2e%%", p);
  }

  static String seconds(double seconds) {
    return Double.isFinite(seconds) ? number(seconds) + " s" : "infinite";
  }

  static String duration(double seconds) {
    return Quantities.formatDuration(seconds);
  }

  /** A rate per hour, the unit contact centers plan in. */
  static String ratePerHour(double perSecond) {
    return number(perSecond * 3600) + "/h";
  }
}
