package io.ccsim.config;

import io.ccsim.distribution.Distribution;
import io.ccsim.model.Channel;
import io.ccsim.model.ServiceLevelDefinition;
import io.ccsim.model.ServiceLevelGoal;
import java.util.Arrays;
import java.util.List;

/** Checks one entry under {@code channels} and builds its {@link Channel}, with the defaults applied. */
final class ChannelAssembler {
  static final String DISTRIBUTION_EXAMPLE = "a distribution such as {distribution: exponential, mean: 3m}";

  private final ScenarioSource source;

  ChannelAssembler(ScenarioSource source) {
    this.source = source;
  }

  Channel assemble(String name, ChannelSpec spec) {
    String path = Paths.field("channels", name);
    source.name("channel", name, path, true);
    source.required(spec, path, "a mapping with keys " + String.join(", ", Keys.of(ChannelSpec.class)));
    ServiceLevelGoal serviceLevel = serviceLevel(spec.serviceLevel(), Paths.field(path, "serviceLevel"));
    String handlePath = Paths.field(path, "handleTime");
    Distribution handleTime = Distributions.build(
        source.required(spec.handleTime(), handlePath, DISTRIBUTION_EXAMPLE), handlePath, source);
    Distribution patience = spec.patience() == null ? null
        : Distributions.build(spec.patience(), Paths.field(path, "patience"), source);
    int queueCapacity = spec.queueCapacity() == null ? Channel.UNLIMITED_QUEUE
        : source.atLeast(spec.queueCapacity(), 0, Paths.field(path, "queueCapacity"),
            "a whole number >= 0 (0: no queue), or omit it for an unlimited queue");
    return source.construct(path, () -> new Channel(name, serviceLevel, handleTime, patience, queueCapacity));
  }

  private ServiceLevelGoal serviceLevel(ServiceLevelSpec spec, String path) {
    ServiceLevelGoal defaults = ServiceLevelGoal.DEFAULT;
    if (spec == null) {
      return defaults;
    }
    double threshold = spec.threshold() == null ? defaults.thresholdSeconds() : spec.threshold().seconds();
    double target = defaults.target();
    if (spec.target() != null) {
      target = spec.target();
      if (!(target >= 0 && target <= 1)) {
        String targetPath = Paths.field(path, "target");
        throw source.error(targetPath, "'" + source.text(targetPath, target) + "' is outside [0, 1]",
            "a fraction from 0 to 1 such as 0.80 (for 80%)");
      }
    }
    ServiceLevelDefinition definition = spec.definition() == null ? defaults.definition()
        : definition(spec.definition(), Paths.field(path, "definition"));
    double finalTarget = target;
    return source.construct(path, () -> new ServiceLevelGoal(threshold, finalTarget, definition));
  }

  private ServiceLevelDefinition definition(String key, String path) {
    for (ServiceLevelDefinition d : ServiceLevelDefinition.values()) {
      if (d.key().equals(key)) {
        return d;
      }
    }
    List<String> keys = Arrays.stream(ServiceLevelDefinition.values()).map(ServiceLevelDefinition::key).toList();
    throw source.error(path, "unknown service-level definition '" + key + "'" + Keys.suggestion(key, keys),
        ServiceLevelDefinition.keys());
  }
}
