package io.ccsim.config;

import io.ccsim.model.AgentGroup;
import io.ccsim.model.ArrivalStream;
import io.ccsim.model.Channel;
import io.ccsim.model.Scenario;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Checks a bound scenario file, applies the defaults and builds the sim-core {@link Scenario}. */
final class ScenarioAssembler {
  static final long DEFAULT_SEED = 1;
  static final int DEFAULT_REPLICATIONS = 10;

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
        : source.atLeast(spec.replications(), 1, "replications", "a whole number >= 1 such as 20");
    double warmup = spec.warmup() == null ? 0 : spec.warmup().seconds();
    double horizon = horizon(spec, warmup);

    Map<String, ChannelSpec> channelSpecs = source.required(spec.channels(), "channels",
        "a mapping of channel names to channels, such as phone: {handleTime: ...}");
    if (channelSpecs.isEmpty()) {
      throw source.error("channels", "needs at least one channel", "a mapping of channel names to channels");
    }
    ChannelAssembler channelAssembler = new ChannelAssembler(source);
    List<Channel> channels = new ArrayList<>();
    channelSpecs.forEach((channelName, channel) -> channels.add(channelAssembler.assemble(channelName, channel)));
    Set<String> channelNames = new LinkedHashSet<>(channelSpecs.keySet());

    List<ArrivalStream> arrivals = arrivals(spec.arrivals(), channelNames);
    List<AgentGroup> groups = new GroupAssembler(source, channelNames).assemble(spec.agents());
    checkServed(channelNames, groups);
    return source.construct(Paths.ROOT,
        () -> new Scenario(name, seed, replications, warmup, horizon, channels, arrivals, groups));
  }

  private double horizon(ScenarioSpec spec, double warmup) {
    double horizon = source.required(spec.horizon(), "horizon", "a duration longer than warmup, such as 100h")
        .seconds();
    if (!(horizon > warmup)) {
      String warmupText = spec.warmup() == null ? "0 (the default)" : "'" + source.text("warmup", warmup) + "'";
      throw source.error("horizon",
          "'" + source.text("horizon", horizon) + "' is not longer than warmup " + warmupText,
          "a duration longer than warmup");
    }
    return horizon;
  }

  private List<ArrivalStream> arrivals(List<ArrivalSpec> specs, Set<String> channelNames) {
    String allowedList = "a list of {channel: NAME, rate: RATE} entries";
    source.required(specs, "arrivals", allowedList);
    if (specs.isEmpty()) {
      throw source.error("arrivals", "needs at least one arrival stream", allowedList);
    }
    List<ArrivalStream> arrivals = new ArrayList<>();
    for (int i = 0; i < specs.size(); i++) {
      String path = Paths.index("arrivals", i);
      ArrivalSpec spec = source.required(specs.get(i), path, "a mapping such as {channel: phone, rate: 200/h}");
      String channelPath = Paths.field(path, "channel");
      String channel = source.required(spec.channel(), channelPath, String.join(", ", channelNames));
      if (!channelNames.contains(channel)) {
        throw source.error(channelPath, "unknown channel '" + channel + "'" + Keys.suggestion(channel, channelNames),
            String.join(", ", channelNames));
      }
      String ratePath = Paths.field(path, "rate");
      Rate rate = source.required(spec.rate(), ratePath, Rate.POSITIVE_FORMS);
      if (!(rate.perSecond() > 0)) {
        throw source.error(ratePath, "'" + source.text(ratePath, rate.perSecond()) + "' is not a positive rate",
            Rate.POSITIVE_FORMS);
      }
      arrivals.add(source.construct(path, () -> new ArrivalStream(channel, rate.perSecond())));
    }
    return arrivals;
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
