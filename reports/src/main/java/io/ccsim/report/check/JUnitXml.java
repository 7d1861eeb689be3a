package io.ccsim.report.check;

import java.util.List;

/**
 * Writes check outcomes as a JUnit XML report, one {@code testcase} per outcome, so that CI servers
 * list each expectation and baseline comparison as a test; when the check could not run (bad input),
 * one {@code testcase} with an {@code error}. The suite's time is the check's wall time (the
 * simulation); the cases take no time of their own, since they are read off the one run. No
 * timestamps or host names.
 */
public final class JUnitXml {
  private JUnitXml() {}

  /** The outcomes, with a suite time of 0 (for tests that compare bytes). */
  public static String render(String suiteName, List<CheckOutcome> outcomes) {
    return render(suiteName, outcomes, 0);
  }

  /** A check that could not run: one test case with an error saying why. */
  public static String error(String suiteName, String message, double seconds) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuite name=\"" + escape(suiteName)
        + "\" tests=\"1\" failures=\"0\" errors=\"1\" skipped=\"0\" time=\"" + time(seconds) + "\">\n"
        + "  <testcase classname=\"ccsim.check.input\" name=\"input\" time=\"" + time(seconds) + "\">\n"
        + "    <error type=\"bad-input\" message=\"" + escape(message) + "\">" + escape(message) + "</error>\n"
        + "  </testcase>\n</testsuite>\n";
  }

  /** The outcomes of a check that took {@code seconds} of wall time. */
  public static String render(String suiteName, List<CheckOutcome> outcomes, double seconds) {
    long failures = outcomes.stream().filter(CheckOutcome::failed).count();
    long skipped = outcomes.stream().filter(o -> o.status() == CheckOutcome.Status.SKIPPED).count();
    StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.append("<testsuite name=\"").append(escape(suiteName)).append("\" tests=\"").append(outcomes.size())
        .append("\" failures=\"").append(failures).append("\" errors=\"0\" skipped=\"").append(skipped)
        .append("\" time=\"").append(time(seconds)).append("\">\n");
    for (CheckOutcome o : outcomes) {
      out.append("  <testcase classname=\"ccsim.check.").append(escape(o.suite())).append("\" name=\"")
          .append(escape(o.name())).append("\" time=\"0\"");
      switch (o.status()) {
        case PASSED -> out.append(">\n    <system-out>").append(escape(o.detail())).append("</system-out>\n  </testcase>\n");
        case FAILED -> out.append(">\n    <failure type=\"").append(o.suite().equals("baseline") ? "regression" : "expectation")
            .append("\" message=\"").append(escape(o.detail())).append("\">").append(escape(o.detail()))
            .append("</failure>\n  </testcase>\n");
        case SKIPPED -> out.append(">\n    <skipped message=\"").append(escape(o.detail())).append("\"/>\n  </testcase>\n");
        default -> throw new IllegalStateException(o.status().toString());
      }
    }
    return out.append("</testsuite>\n").toString();
  }

  static String time(double seconds) {
    return seconds == 0 ? "0" : String.format(java.util.Locale.ROOT, "%.3f", seconds);
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&apos;");
        default -> {
          if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
            out.append('?');
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }
}
