package io.ccsim.report;

import com.fasterxml.jackson.databind.JsonNode;
import io.ccsim.kpi.Format;
import io.ccsim.kpi.Kpi;
import io.ccsim.kpi.Scope;
import io.ccsim.run.Summary;
import io.ccsim.stats.Estimate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names one KPI of a run the way {@code summary.json} nests it: {@code CHANNEL.KPI} (e.g.
 * {@code phone.serviceLevel}) or {@code groups.GROUP.KPI} (e.g. {@code groups.team.occupancy}), KPI being
 * a key of the catalogue ({@link Kpi}). Used by {@code check}, {@code sweep} and baselines, so that every
 * command accepts the same names.
 */
public record KpiPath(Kpi kpi, String subject) {
  /** What a path may look like; error messages repeat it. */
  public static final String FORMS = "CHANNEL.KPI with KPI one of " + String.join(", ", Kpi.keys(Scope.CHANNEL))
      + " (e.g. phone.serviceLevel), or groups.GROUP.KPI (" + String.join(", ", Kpi.keys(Scope.GROUP)) + ")";

  private static final Pattern CHANNEL = Pattern.compile("([A-Za-z][A-Za-z0-9_-]*)\\.([A-Za-z0-9]+)");
  private static final Pattern GROUP = Pattern.compile("groups\\.([A-Za-z][A-Za-z0-9_-]*)\\.([A-Za-z0-9]+)");

  public KpiPath {
    if (kpi.scope() == Scope.JOURNEY) {
      throw new IllegalArgumentException("journey KPIs have no path; allowed: " + FORMS);
    }
  }

  /** Parses {@code phone.serviceLevel} or {@code groups.team.occupancy}; the message says what is allowed. */
  public static KpiPath parse(String text) {
    String s = text == null ? "" : text.trim();
    Matcher group = GROUP.matcher(s);
    if (group.matches()) {
      return new KpiPath(kpi(Scope.GROUP, group.group(2)), group.group(1));
    }
    Matcher channel = CHANNEL.matcher(s);
    if (channel.matches() && !s.startsWith("groups.")) {
      return new KpiPath(kpi(Scope.CHANNEL, channel.group(2)), channel.group(1));
    }
    throw new IllegalArgumentException("'" + text + "' is not a KPI name; allowed: " + FORMS);
  }

  private static Kpi kpi(Scope scope, String key) {
    return Kpi.byKey(scope, key).orElseThrow(() -> new IllegalArgumentException("unknown "
        + (scope == Scope.GROUP ? "group" : "channel") + " KPI '" + key + "'; allowed: " + FORMS));
  }

  /** Whether the path names a channel KPI or a group KPI. */
  public Scope scope() {
    return kpi.scope();
  }

  /** The KPI's estimate in {@code summary}, or empty when the channel or group is not in it. */
  public Optional<Estimate> estimate(Summary summary) {
    return summary.estimate(kpi, subject);
  }

  /** The KPI's estimate in a parsed {@code summary.json}, or empty when it is not there; null reads as NaN. */
  public Optional<Estimate> estimate(JsonNode summaryJson) {
    JsonNode node = summaryJson.path(scope() == Scope.GROUP ? "groups" : "channels").path(subject).path(kpi.key());
    if (!node.isObject() || !node.has("mean")) {
      return Optional.empty();
    }
    return Optional.of(new Estimate(number(node.get("mean")), number(node.get("ci95"))));
  }

  private static double number(JsonNode node) {
    return node == null || !node.isNumber() ? Double.NaN : node.asDouble();
  }

  /** Whether the KPI is a share (shown as a percentage). */
  public boolean isShare() {
    return kpi.format() == Format.PERCENT;
  }

  /** A short label for charts and tables, e.g. "phone service level". */
  public String label() {
    return subject + " " + kpi.label();
  }

  @Override
  public String toString() {
    return (scope() == Scope.GROUP ? "groups." : "") + subject + "." + kpi.key();
  }
}
