package io.ccsim.report.html;

import io.ccsim.kpi.Direction;
import io.ccsim.kpi.Format;
import io.ccsim.kpi.Kpi;
import io.ccsim.model.ServiceLevelDefinition;
import io.ccsim.report.TextTable;
import io.ccsim.report.Units;
import io.ccsim.run.ChannelSummary;
import io.ccsim.run.GroupSummary;
import io.ccsim.run.Summary;
import io.ccsim.stats.Estimate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The headline of a run: per channel, its service level against its target in words ("phone: 77.2%
 * answered within 20 s, target 80%: missed by 2.8 points"), then the few figures a reader asks next,
 * each KPI labelled and formatted as the {@link Kpi} catalogue says, durations in readable units.
 */
public final class Headline {
  /** The figures shown under each channel's service-level sentence, when the channel has them. */
  static final List<Kpi> FOLLOW_UPS = List.of(Kpi.ASA_SECONDS, Kpi.ABANDON_RATE, Kpi.WAIT_P90_SECONDS,
      Kpi.BACKLOG_AT_END);

  private Headline() {}

  /** Whether a channel met its service-level target, by the mean over replications. */
  public enum Verdict { MET, MISSED, UNDEFINED }

  /** The verdict of one channel. */
  public static Verdict verdict(ChannelSummary c) {
    Estimate sl = c.get(Kpi.SERVICE_LEVEL);
    if (sl == null || Double.isNaN(sl.mean())) {
      return Verdict.UNDEFINED;
    }
    return sl.mean() >= c.serviceLevelTarget() ? Verdict.MET : Verdict.MISSED;
  }

  /**
   * The service-level sentence of a channel: "phone: 77.2% answered within 20 s, target 80%: missed by
   * 2.8 points". When the target lies inside the 95% interval the sentence says so.
   */
  public static String sentence(String channel, ChannelSummary c) {
    return channel + ": " + figure(c);
  }

  /** The sentence without the channel's name, for tables that name it already. */
  static String figure(ChannelSummary c) {
    Estimate sl = c.get(Kpi.SERVICE_LEVEL);
    String target = percent(c.serviceLevelTarget());
    if (verdict(c) == Verdict.UNDEFINED) {
      return "service level undefined (nothing offered), target " + target;
    }
    double gap = sl.mean() - c.serviceLevelTarget();
    String text = String.format(Locale.ROOT, "%s %s, target %s: %s by %s point%s", percent(sl.mean()),
        what(c), target, gap >= 0 ? "met" : "missed", points(gap), points(gap).equals("1.0") ? "" : "s");
    if (!Double.isNaN(sl.ci95()) && Math.abs(gap) <= sl.ci95()) {
      text += String.format(Locale.ROOT, " (the target is inside the 95%% interval of ± %s points)", points(sl.ci95()));
    }
    return text;
  }

  /** What the service level counts, in words: "answered within 20 s". */
  static String what(ChannelSummary c) {
    String within = "within " + Units.threshold(c.serviceLevelThresholdSeconds())
        + ("business".equals(c.serviceLevelClock()) ? " of business hours" : "");
    return switch (ServiceLevelDefinition.fromKey(c.serviceLevelDefinition())) {
      case ANSWERED_OF_OFFERED -> "answered " + within;
      case EXCLUDE_SHORT_ABANDONS -> "answered " + within + " (abandons " + within + " not counted)";
      case SHORT_ABANDONS_GOOD -> "answered or abandoned " + within;
      case ANSWERED_OF_ANSWERED -> "of answered contacts answered " + within;
    };
  }

  /** The figures under a channel's sentence: "ASA 12.3 s · abandon rate 3.1% · wait p90 45.0 s". */
  static String followUps(ChannelSummary c) {
    boolean deferred = "deferred".equals(c.kind());
    List<String> parts = new ArrayList<>();
    for (Kpi kpi : FOLLOW_UPS) {
      Estimate e = c.get(kpi);
      if (e == null || Double.isNaN(e.mean()) || (deferred && kpi == Kpi.ABANDON_RATE)
          || (kpi == Kpi.BACKLOG_AT_END && e.mean() == 0)) {
        continue;
      }
      parts.add(Units.labelWithoutSeconds(kpi) + " " + value(kpi, e.mean(), deferred));
    }
    return String.join(" · ", parts);
  }

  /** One value in the KPI's format, durations in a readable unit. */
  static String value(Kpi kpi, double value, boolean deferred) {
    return kpi.format() == Format.SECONDS ? Units.duration(value, Units.inHours(kpi, deferred))
        : TextTable.number(value, kpi.format());
  }

  /** The run's headline panel. */
  static void appendRun(StringBuilder out, Summary summary) {
    out.append("<section id=\"headline\" class=\"headline\"><h2>At a glance</h2>\n<ul class=\"verdicts\">\n");
    for (Map.Entry<String, ChannelSummary> e : summary.channels().entrySet()) {
      ChannelSummary c = e.getValue();
      out.append("<li class=\"").append(css(verdict(c))).append("\">").append(Html.swatched(e.getKey()))
          .append(": <span class=\"verdict\">").append(Html.escape(figure(c))).append("</span>");
      String more = followUps(c);
      if (!more.isEmpty()) {
        out.append("<br><span class=\"more\">").append(Html.escape(more)).append("</span>");
      }
      out.append("</li>\n");
    }
    out.append("</ul>\n");
    List<String> groups = new ArrayList<>();
    for (Map.Entry<String, GroupSummary> g : summary.groups().entrySet()) {
      groups.add(Html.swatchedGroup(g.getKey()) + Html.escape(String.format(Locale.ROOT, " %d agents, %s",
          g.getValue().agents(), TextTable.number(g.getValue().get(Kpi.OCCUPANCY).mean(), Format.PERCENT))));
    }
    if (!groups.isEmpty()) {
      out.append("<p class=\"groups\">Occupancy: ").append(String.join(" · ", groups)).append("</p>\n");
    }
    out.append("</section>\n");
  }

  static String css(Verdict verdict) {
    return switch (verdict) {
      case MET -> "met";
      case MISSED -> "missed";
      case UNDEFINED -> "undefined";
    };
  }

  /** A share with one decimal, two when one would round it up to 100%: 77.2%, 80%, 99.97%, 100%. */
  static String percent(double share) {
    String text = String.format(Locale.ROOT, "%.1f%%", share * 100);
    if (share < 1 && text.equals("100.0%")) {
      text = String.format(Locale.ROOT, "%.2f%%", Math.min(share * 100, 99.99));
    }
    return text.replace(".0%", "%");
  }

  /** A gap between shares in percentage points, one decimal, no sign. */
  static String points(double gap) {
    return String.format(Locale.ROOT, "%.1f", Math.abs(gap) * 100);
  }

  /** Whether a paired difference of {@code kpi} is an improvement (true), a worsening (false). */
  static boolean better(Kpi kpi, double difference) {
    return kpi.direction() != Direction.NONE && kpi.direction().worsening(0, difference) < 0;
  }
}
