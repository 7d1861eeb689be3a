package io.ccsim.report.html;

import io.ccsim.kpi.Direction;
import io.ccsim.kpi.Kpi;
import io.ccsim.model.AgentCapacity;
import io.ccsim.model.AgentGroup;
import io.ccsim.model.ArrivalStream;
import io.ccsim.model.Channel;
import io.ccsim.model.ChannelKind;
import io.ccsim.model.Scenario;
import io.ccsim.report.Units;
import io.ccsim.report.compare.ComparedRun;
import io.ccsim.report.compare.Comparison;
import io.ccsim.report.compare.ComparisonRow;
import io.ccsim.run.ChannelSummary;
import io.ccsim.stats.Estimate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The headline of a comparison: what differs between the scenarios (routing, capacity, reservations,
 * headcount, context sharing, demand), each channel's target met or missed per scenario, and the few
 * differences that matter, with their paired 95% intervals.
 */
public final class ComparisonHeadline {
  /** At most this many differences are named in the headline; the tables below hold them all. */
  static final int MAX_DIFFERENCES = 6;
  /** Of which at most this many are a price (handle time, occupancy, workload: no better direction). */
  static final int MAX_PRICES = 2;

  private ComparisonHeadline() {}

  /** One aspect of a scenario's set-up and how each scenario has it. */
  public record Aspect(String name, List<String> values) {
    /** Whether the scenarios differ in it. */
    public boolean differs() {
      return values.stream().distinct().count() > 1;
    }
  }

  /** One difference that matters: the subject's KPI, each run's figure and the paired difference. */
  public record Finding(String text, Boolean better, double relativeSize) {}

  /** The aspects in which {@code runs} differ, in a fixed order; empty when the set-ups are alike. */
  public static List<Aspect> differences(List<ComparedRun> runs) {
    Map<String, Function<Scenario, String>> aspects = new LinkedHashMap<>();
    aspects.put("routing", s -> s.routing().mode().key());
    aspects.put("agent selection", s -> s.routing().agentSelection());
    aspects.put("contact selection", s -> s.routing().contactSelection());
    aspects.put("headcount", ComparisonHeadline::headcount);
    aspects.put("capacity", ComparisonHeadline::capacity);
    aspects.put("reservation", s -> s.routing().reservations().isEmpty() ? "none"
        : s.routing().reservations().stream().map(r -> r.channel() + " only while " + r.minIdleAgents()
            + " agent" + (r.minIdleAgents() == 1 ? "" : "s") + " stay idle").collect(Collectors.joining("; ")));
    aspects.put("overflow", s -> s.routing().overflows().isEmpty() ? "none"
        : s.routing().overflows().stream().map(o -> o.channel() + " to " + o.group() + " after "
            + Units.threshold(o.afterSeconds())).collect(Collectors.joining("; ")));
    aspects.put("interruptions", ComparisonHeadline::interruptions);
    aspects.put("context sharing", ComparisonHeadline::context);
    aspects.put("demand", ComparisonHeadline::demand);
    aspects.put("handle time", s -> s.channels().stream().map(c -> c.name() + " "
        + Units.duration(c.handleTime().meanSeconds(), false)).collect(Collectors.joining(", ")));
    List<Aspect> differing = new ArrayList<>();
    for (Map.Entry<String, Function<Scenario, String>> a : aspects.entrySet()) {
      Aspect aspect = new Aspect(a.getKey(), runs.stream().map(r -> a.getValue().apply(r.run().scenario())).toList());
      if (aspect.differs()) {
        differing.add(aspect);
      }
    }
    return differing;
  }

  private static String headcount(Scenario s) {
    int total = s.groups().stream().mapToInt(AgentGroup::count).sum();
    return total + " agents: " + s.groups().stream().map(g -> g.name() + " " + g.count())
        .collect(Collectors.joining(", "));
  }

  private static String capacity(Scenario s) {
    if (s.groups().stream().allMatch(g -> g.capacity().equals(AgentCapacity.SINGLE))) {
      return "one contact at a time";
    }
    List<String> parts = new ArrayList<>();
    for (AgentGroup g : s.groups()) {
      AgentCapacity c = g.capacity();
      if (c.equals(AgentCapacity.SINGLE)) {
        parts.add(g.name() + ": one contact at a time");
        continue;
      }
      List<String> rules = new ArrayList<>();
      if (!c.maxPerChannel().isEmpty()) {
        rules.add(new TreeMap<>(c.maxPerChannel()).entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
            .collect(Collectors.joining(", ")) + " at most");
      }
      if (c.units() > 0) {
        rules.add(c.units() + " units (" + new TreeMap<>(c.unitCost()).entrySet().stream()
            .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")) + ")");
      }
      rules.add(c.mixChannels() ? "channels mixed" : "one channel at a time");
      if (!c.exclusiveChannels().isEmpty()) {
        rules.add(String.join(", ", new java.util.TreeSet<>(c.exclusiveChannels())) + " exclusive");
      }
      if (!c.slowdown().isEmpty()) {
        rules.add("slowdown " + new TreeMap<>(c.slowdown()).entrySet().stream()
            .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")));
      }
      parts.add(g.name() + ": " + String.join(", ", rules));
    }
    return String.join("; ", parts);
  }

  private static String interruptions(Scenario s) {
    String text = s.channels().stream().filter(c -> !c.interruptibleBy().isEmpty())
        .map(c -> c.name() + " by " + String.join(", ", c.interruptibleBy())).collect(Collectors.joining("; "));
    return text.isEmpty() ? "none" : text;
  }

  private static String context(Scenario s) {
    if (!s.journeys().active()) {
      return "no journeys";
    }
    return s.journeys().sharedContext()
        ? String.format(Locale.ROOT, "shared: follow-ups take %.0f%% of the handle time",
            s.journeys().contextHandleTimeFactor() * 100)
        : "none: every follow-up starts from scratch";
  }

  private static String demand(Scenario s) {
    List<String> parts = new ArrayList<>();
    for (Channel c : s.channels()) {
      double rate = s.arrivals().stream().filter(a -> a.channel().equals(c.name()))
          .mapToDouble(ArrivalStream::ratePerSecond).sum();
      parts.add(String.format(Locale.ROOT, "%s %.1f/h", c.name(), rate * 3600));
    }
    return String.join(", ", parts);
  }

  /**
   * The differences that matter, largest first: for each channel its service level, ASA, abandon rate
   * and p90 wait when the paired difference is significant, with the price of a change (handle time,
   * occupancy of all agents, journey workload) when that is significant too. At most
   * {@link #MAX_DIFFERENCES}, the prices last (at most {@link #MAX_PRICES}).
   */
  public static List<Finding> findings(Comparison comparison) {
    List<ComparedRun> runs = comparison.runs();
    List<Finding> findings = new ArrayList<>();
    for (ComparisonRow row : comparison.rows()) {
      boolean channel = !row.subject().startsWith("groups.") && !row.subject().equals(Comparison.ALL_AGENTS)
          && !row.subject().equals(Comparison.JOURNEYS);
      boolean shown = channel ? row.kpi().direction() != Direction.NONE || row.kpi() == Kpi.AHT_SECONDS
          : row.subject().equals(Comparison.ALL_AGENTS) || row.kpi() == Kpi.WORKLOAD_SECONDS_PER_ISSUE
              || row.kpi() == Kpi.REPEAT_CONTACT_RATE;
      if (!shown || row.kpi() == Kpi.PROB_WAIT || row.kpi() == Kpi.MEAN_WAIT_SECONDS
          || row.kpi() == Kpi.WAIT_P50_SECONDS || row.kpi() == Kpi.WAIT_P99_SECONDS) {
        continue;
      }
      Estimate a = row.estimates().get(0);
      for (int i = 1; i < runs.size(); i++) {
        Estimate d = row.differences().get(i - 1);
        Estimate b = row.estimates().get(i);
        if (!ComparisonRow.significant(d) || a == null || b == null) {
          continue;
        }
        boolean deferred = channel && isDeferred(comparison, row.subject());
        Boolean better = row.kpi().direction() == Direction.NONE ? null : Headline.better(row.kpi(), d.mean());
        String subject = row.subject().equals(Comparison.JOURNEYS) ? "journeys" : row.subject();
        String text = String.format(Locale.ROOT, "%s %s: %s %s → %s %s, %s", subject,
            Units.labelWithoutSeconds(row.kpi()), runs.get(0).letter(), Headline.value(row.kpi(), a.mean(), deferred),
            runs.get(i).letter(), Headline.value(row.kpi(), b.mean(), deferred),
            difference(row.kpi(), d, a.mean(), deferred));
        text += better == null ? " (" + runs.get(i).letter() + (d.mean() > 0 ? " higher" : " lower") + ")"
            : " (" + runs.get(i).letter() + (better ? " better" : " worse") + ")";
        double scale = Math.max(Math.abs(a.mean()), Math.abs(b.mean()));
        double size = scale == 0 ? 0 : Math.abs(d.mean()) / scale;
        // Service levels first: they are what the targets are about.
        findings.add(new Finding(text, better, row.kpi() == Kpi.SERVICE_LEVEL ? 10 + size : size));
      }
    }
    findings.sort(Comparator.comparingDouble(Finding::relativeSize).reversed());
    List<Finding> prices = findings.stream().filter(f -> f.better() == null).limit(MAX_PRICES).toList();
    List<Finding> chosen = new ArrayList<>(findings.stream().filter(f -> f.better() != null)
        .limit(MAX_DIFFERENCES - prices.size()).toList());
    chosen.addAll(prices);
    return chosen;
  }

  private static boolean isDeferred(Comparison comparison, String channel) {
    for (ComparedRun r : comparison.runs()) {
      for (Channel c : r.run().scenario().channels()) {
        if (c.name().equals(channel)) {
          return c.kind() == ChannelKind.DEFERRED;
        }
      }
    }
    return false;
  }

  /** A paired difference with its interval: "+22.3 ± 1.7 points", "−28.8 ± 2.8 s". */
  static String difference(Kpi kpi, Estimate d, double reference, boolean deferred) {
    return switch (kpi.format()) {
      case PERCENT -> String.format(Locale.ROOT, "%s%.1f ± %.1f points", d.mean() >= 0 ? "+" : "−",
          Math.abs(d.mean()) * 100, d.ci95() * 100);
      case SECONDS -> Units.durationDifference(d, reference, Units.inHours(kpi, deferred)).replaceFirst("^-", "−");
      default -> String.format(Locale.ROOT, "%s%s ± %s", d.mean() >= 0 ? "+" : "−",
          io.ccsim.report.TextTable.number(Math.abs(d.mean()), kpi.format()),
          io.ccsim.report.TextTable.number(d.ci95(), kpi.format()));
    };
  }

  /** The comparison's headline panel. */
  static void append(StringBuilder out, Comparison comparison) {
    List<ComparedRun> runs = comparison.runs();
    out.append("<section id=\"headline\" class=\"headline\"><h2>At a glance</h2>\n");
    List<Aspect> aspects = differences(runs);
    out.append("<h3>What differs</h3>\n");
    if (aspects.isEmpty()) {
      out.append("<p>The scenarios have the same routing, headcount, capacity, reservations, interruptions,"
          + " context sharing, demand and handle times.</p>\n");
    } else {
      List<List<String>> rows = new ArrayList<>();
      List<String> header = new ArrayList<>(List.of(""));
      runs.forEach(r -> header.add(Html.escape(r.letter() + ": " + r.label())));
      rows.add(header);
      for (Aspect a : aspects) {
        List<String> row = new ArrayList<>(List.of(Html.escape(a.name())));
        a.values().forEach(v -> row.add("<td class=\"text\">" + Html.escape(v) + "</td>"));
        rows.add(row);
      }
      Html.table(out, rows, "brief");
    }
    out.append("<h3>Targets</h3>\n");
    List<List<String>> targets = new ArrayList<>();
    List<String> header = new ArrayList<>(List.of("channel"));
    runs.forEach(r -> header.add(Html.escape(r.letter() + ": " + r.label())));
    targets.add(header);
    for (String subject : comparison.subjects()) {
      if (subject.startsWith("groups.") || subject.equals(Comparison.ALL_AGENTS)
          || subject.equals(Comparison.JOURNEYS)) {
        continue;
      }
      List<String> row = new ArrayList<>(List.of(Html.swatched(subject)));
      for (ComparedRun r : runs) {
        ChannelSummary c = r.run().summary().channels().get(subject);
        row.add(c == null ? "–" : "<td class=\"text verdict " + Headline.css(Headline.verdict(c)) + "\">"
            + Html.escape(Headline.figure(c)) + "</td>");
      }
      targets.add(row);
    }
    Html.table(out, targets, "verdicts");
    out.append("<h3>Differences that matter</h3>\n");
    List<Finding> findings = findings(comparison);
    if (findings.isEmpty()) {
      out.append("<p>No difference in service level, waits, abandonment, handle time or occupancy is"
          + " significant at 95%.</p>\n");
    } else {
      out.append("<ul class=\"findings\">\n");
      for (Finding f : findings) {
        out.append("<li class=\"").append(f.better() == null ? "price" : f.better() ? "better" : "worse")
            .append("\">").append(Html.escape(f.text())).append("</li>\n");
      }
      out.append("</ul>\n<p class=\"note\">Paired differences (").append(runs.get(1).letter()).append(" − ")
          .append(runs.get(0).letter()).append(") with their 95% intervals, the largest relative changes first;"
              + " every KPI is in the tables below.</p>\n");
    }
    out.append("</section>\n");
  }
}
