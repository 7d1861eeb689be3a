package io.ccsim.report.html;

import io.ccsim.distribution.Distribution;
import io.ccsim.model.AgentGroup;
import io.ccsim.model.ArrivalStream;
import io.ccsim.model.Channel;
import io.ccsim.model.Quantities;
import io.ccsim.model.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The scenario in brief: demand and service per channel, and who serves it. */
final class ScenarioBrief {
  private ScenarioBrief() {}

  static void append(StringBuilder out, Scenario scenario) {
    out.append("<p class=\"meta\">").append(Html.escape(String.format(Locale.ROOT,
        "Seed %d, %d replications, warm-up %s, horizon %s; %d agents in %d group%s.", scenario.seed(),
        scenario.replications(), Quantities.formatDuration(scenario.warmupSeconds()),
        Quantities.formatDuration(scenario.horizonSeconds()),
        scenario.groups().stream().mapToInt(AgentGroup::count).sum(), scenario.groups().size(),
        scenario.groups().size() == 1 ? "" : "s")))
        .append("</p>\n");
    List<List<String>> channels = new ArrayList<>();
    channels.add(List.of("channel", "arrivals", "offered load", "handle time", "patience", "queue places",
        "service-level goal"));
    for (Channel c : scenario.channels()) {
      double rate = scenario.arrivals().stream().filter(a -> a.channel().equals(c.name()))
          .mapToDouble(ArrivalStream::ratePerSecond).sum();
      channels.add(List.of(
          Html.swatched(c.name()),
          String.format(Locale.ROOT, "%.1f/h", rate * 3600),
          String.format(Locale.ROOT, "%.2f Erlangs", rate * c.handleTime().meanSeconds()),
          Html.escape(distribution(c.handleTime())),
          Html.escape(c.hasPatience() ? distribution(c.patience()) : "never abandons"),
          c.queueCapacity() == Channel.UNLIMITED_QUEUE ? "unlimited" : Integer.toString(c.queueCapacity()),
          Html.escape(String.format(Locale.ROOT, "%.0f%% within %s (%s)",
              c.serviceLevel().target() * 100, Quantities.formatDuration(c.serviceLevel().thresholdSeconds()),
              c.serviceLevel().definition().formula()))));
    }
    Html.table(out, channels, "brief");
    List<List<String>> groups = new ArrayList<>();
    groups.add(List.of("group", "agents", "skills"));
    for (AgentGroup g : scenario.groups()) {
      List<String> skills = g.skills().stream().map(Html::swatched).toList();
      groups.add(List.of(Html.swatchedGroup(g.name()), Integer.toString(g.count()), String.join(", ", skills)));
    }
    Html.table(out, groups, "brief");
  }

  private static String distribution(Distribution d) {
    return d.kind() + ", mean " + Quantities.formatDuration(round(d.meanSeconds()));
  }

  private static double round(double seconds) {
    return Math.round(seconds * 10) / 10.0;
  }
}
