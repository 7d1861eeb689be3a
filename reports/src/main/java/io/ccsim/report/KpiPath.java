package io.ccsim.report;

import com.fasterxml.jackson.databind.JsonNode;
import io.ccsim.run.ChannelSummary;
import io.ccsim.run.GroupSummary;
import io.ccsim.run.ReplicationKpis;
import io.ccsim.run.Summary;
import io.ccsim.stats.Estimate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names one KPI of a run the way {@code summary.json} nests it: {@code CHANNEL.KPI} (e.g.
 * {@code phone.serviceLevel}) or {@code groups.GROUP.occupancy}. Used by {@code check}, {@code sweep}
 * and baselines, so that every command accepts the same names.
 */
public record KpiPath(Kind kind, String subject, String kpi) {
  /** Whether the path names a channel KPI or a group KPI. */
  public enum Kind { CHANNEL, GROUP }

  /** What a path may look like; error messages repeat it. */
  public static final String FORMS = "CHANNEL.KPI with KPI one of " + String.join(", ", channelKeys())
      + " (e.g. phone.serviceLevel), or groups.GROUP.KPI (occupancy, slotOccupancy, busyShare, concurrency,"
      + " interruptions, overtimeSeconds)";

  private static final Pattern CHANNEL = Pattern.compile("([A-Za-z][A-Za-z0-9_-]*)\\.([A-Za-z0-9]+)");
  private static final Pattern GROUP = Pattern.compile("groups\\.([A-Za-z][A-Za-z0-9_-]*)\\.([A-Za-z0-9]+)");

  public KpiPath {
    if (kind == Kind.CHANNEL && !ReplicationKpis.CHANNEL_KEYS.contains(kpi) && Kpi.byKey(kpi).isEmpty()) {
      throw new IllegalArgumentException("unknown channel KPI '" + kpi + "'; allowed: " + FORMS);
    }
    if (kind == Kind.GROUP && !ReplicationKpis.GROUP_KEYS.contains(kpi)) {
      throw new IllegalArgumentException("unknown group KPI '" + kpi + "'; allowed: " + FORMS);
    }
  }

  /** Every channel KPI key of summary.json: the per-replication ones, then any further table KPIs. */
  private static List<String> channelKeys() {
    Set<String> keys = new LinkedHashSet<>(ReplicationKpis.CHANNEL_KEYS);
    Kpi.all().forEach(k -> keys.add(k.key()));
    return List.copyOf(keys);
  }

  /** Parses {@code phone.serviceLevel} or {@code groups.team.occupancy}; the message says what is allowed. */
  public static KpiPath parse(String text) {
    String s = text == null ? "" : text.trim();
    Matcher group = GROUP.matcher(s);
    if (group.matches()) {
      return new KpiPath(Kind.GROUP, group.group(1), group.group(2));
    }
    Matcher channel = CHANNEL.matcher(s);
    if (channel.matches() && !s.startsWith("groups.")) {
      return new KpiPath(Kind.CHANNEL, channel.group(1), channel.group(2));
    }
    throw new IllegalArgumentException("'" + text + "' is not a KPI name; allowed: " + FORMS);
  }

  /** The KPI's estimate in {@code summary}, or empty when the channel or group is not in it. */
  public Optional<Estimate> estimate(Summary summary) {
    if (kind == Kind.GROUP) {
      GroupSummary g = summary.groups().get(subject);
      return g == null ? Optional.empty() : Optional.of(groupEstimate(g, kpi));
    }
    ChannelSummary c = summary.channels().get(subject);
    if (c == null) {
      return Optional.empty();
    }
    return Optional.of(Kpi.estimate(c, kpi));
  }

  private static Estimate groupEstimate(GroupSummary g, String kpi) {
    return switch (kpi) {
      case "occupancy" -> g.occupancy();
      case "slotOccupancy" -> g.slotOccupancy();
      case "busyShare" -> g.busyShare();
      case "concurrency" -> g.concurrency();
      case "interruptions" -> g.interruptions();
      case "overtimeSeconds" -> g.overtimeSeconds();
      default -> throw new IllegalArgumentException("unknown group KPI '" + kpi + "'");
    };
  }

  /** The KPI's estimate in a parsed {@code summary.json}, or empty when it is not there; null reads as NaN. */
  public Optional<Estimate> estimate(JsonNode summaryJson) {
    JsonNode node = kind == Kind.GROUP
        ? summaryJson.path("groups").path(subject).path(kpi)
        : summaryJson.path("channels").path(subject).path(kpi);
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
    if (kind == Kind.GROUP) {
      return kpi.equals("occupancy") || kpi.equals("slotOccupancy") || kpi.equals("busyShare");
    }
    return Kpi.byKey(kpi).map(k -> k.format() == Kpi.Format.PERCENT).orElse(false);
  }

  /** A short label for charts and tables, e.g. "phone service level". */
  public String label() {
    String name = kind == Kind.GROUP ? kpi : Kpi.byKey(kpi).map(Kpi::label).orElse(kpi);
    return subject + " " + name;
  }

  @Override
  public String toString() {
    return kind == Kind.GROUP ? "groups." + subject + "." + kpi : subject + "." + kpi;
  }
}
