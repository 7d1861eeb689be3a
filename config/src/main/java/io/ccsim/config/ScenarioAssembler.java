package io.ccsim.config;

import io.ccsim.model.AgentGroup;
import io.ccsim.model.ArrivalStream;
import io.ccsim.model.Channel;
import io.ccsim.model.Journeys;
import io.ccsim.model.Quantities;
import io.ccsim.model.Routing;
import io.ccsim.model.Scenario;
import io.ccsim.model.TimeOfDay;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Checks a bound scenario file, applies the defaults and builds the sim-core {@link Scenario}. */
final class ScenarioAssembler {
  static final long DEFAULT_SEED = 1;
  static final int DEFAULT_REPLICATIONS = 10;
  /** The most reporting intervals a horizon may hold (sim-core's limit). */
  static final int MAX_INTERVALS = 100_000;

  private final ScenarioSource source;

  ScenarioAssembler(ScenarioSource source) {
    this.source = source;
  }

  Scenario assemble(ScenarioSpec spec, String defaultName) {
    String name = spec.name() == null ? defaultName : spec.name();
    if (name.isBlank()) {
      throw source.error("name", "required but empty", "a text such as Single-skill phone queue, or omit it");
    }
    long seed = spec.seed() == null ? DEFAULT_SEED : spec.seed();
    int replications = spec.replications() == null ? DEFAULT_REPLICATIONS
        : source.between(spec.replications(), 1, Limits.MAX_REPLICATIONS, "replications",
            "a whole number >= 1 such as 20", "replications");
    double warmup = spec.warmup() == null ? 0 : spec.warmup().seconds();
    double horizon = horizon(spec, warmup);
    double interval = interval(spec.interval(), horizon);

    Map<String, ChannelSpec> channelSpecs = source.required(spec.channels(), "channels",
        "a mapping of channel names to channels, such as phone: {handleTime: ...}");
    if (channelSpecs.isEmpty()) {
      throw source.error("channels", "needs at least one channel", "a mapping of channel names to channels");
    }
    ChannelAssembler channelAssembler = new ChannelAssembler(source);
    Map<String, Channel> channelsByName = new LinkedHashMap<>();
    channelSpecs.forEach((channelName, channel) ->
        channelsByName.put(channelName, channelAssembler.assemble(channelName, channel)));
    channelAssembler.checkInterrupters(channelsByName.values());
    List<Channel> channels = new ArrayList<>(channelsByName.values());
    Set<String> channelNames = new LinkedHashSet<>(channelSpecs.keySet());

    List<ArrivalStream> arrivals = new ArrivalAssembler(source, channels, horizon).assemble(spec.arrivals());
    List<AgentGroup> groups = new GroupAssembler(source, channelNames).assemble(spec.agents());
    checkServed(channelNames, groups);
    Routing routing = new RoutingAssembler(source, channelNames, groups).assemble(spec.routing());
    Journeys journeys = new JourneysAssembler(source, channelsByName).assemble(spec.journeys());
    return source.construct(Paths.ROOT, () -> new Scenario(name, seed, replications, warmup, horizon, channels,
        arrivals, groups, routing, journeys, interval));
  }

  /** The horizon, from {@code horizon} or {@code days} (or both, if they agree). */
  private double horizon(ScenarioSpec spec, double warmup) {
    String warmupText = spec.warmup() == null ? "0 (the default)" : "'" + source.text("warmup", warmup) + "'";
    if (spec.days() == null) {
      double horizon = source.required(spec.horizon(), "horizon",
          "a duration longer than warmup, such as 100h, or days: N for N × 24h").seconds();
      if (!(horizon > warmup)) {
        throw source.error("horizon",
            "'" + source.text("horizon", horizon) + "' is not longer than warmup " + warmupText,
            "a duration longer than warmup");
      }
      return horizon;
    }
    int days = source.between(spec.days(), 1, Limits.MAX_DAYS, "days",
        "a whole number of days >= 1 such as 5 (the horizon is days × 24h)", "days");
    double horizon = days * TimeOfDay.DAY_SECONDS;
    String daysText = "days: " + source.text("days", days) + " (" + Quantities.formatDuration(horizon) + ")";
    if (spec.horizon() != null && Math.abs(spec.horizon().seconds() - horizon) > 1e-6) {
      throw source.error("horizon", "'" + source.text("horizon", spec.horizon().seconds()) + "' disagrees with "
          + daysText, "omit horizon, or " + Quantities.formatDuration(horizon) + " as days says");
    }
    if (!(horizon > warmup)) {
      throw source.error(spec.horizon() != null ? "horizon" : "days",
          daysText + " is not longer than warmup " + warmupText, "more days, or a shorter warmup");
    }
    return horizon;
  }

  /** The reporting interval in seconds; 0 (none) when absent. */
  private double interval(Duration spec, double horizon) {
    if (spec == null) {
      return 0;
    }
    double interval = spec.seconds();
    String text = source.text("interval", interval);
    if (!(interval > 0)) {
      throw source.error("interval", "'" + text + "' is not longer than 0",
          "a duration such as 15m, 30m or 1h, or omit interval for no interval reports");
    }
    if (horizon / interval > MAX_INTERVALS) {
      double intervals = Math.ceil(horizon / interval);
      throw source.error("interval", "'" + text + "' cuts the horizon of " + Quantities.formatDuration(horizon)
          + " into " + String.format(Locale.ROOT, "%.0f", intervals) + " intervals, more than " + MAX_INTERVALS,
          "an interval of at least " + Quantities.formatDuration(horizon / MAX_INTERVALS) + ", such as 15m or 1h");
    }
    return interval;
  }

  /** A channel that no group serves would only fill its queue, which is almost certainly a mistake. */
  private void checkServed(Set<String> channelNames, List<AgentGroup> groups) {
    Set<String> served = new HashSet<>();
    groups.forEach(g -> served.addAll(g.skills()));
    for (String channel : channelNames) {
      if (!served.contains(channel)) {
        throw source.keyError(Paths.field("channels", channel),
            "channel '" + channel + "' is served by no agent group",
            "a channel listed in the skills of at least one group under agents");
      }
    }
  }
}
