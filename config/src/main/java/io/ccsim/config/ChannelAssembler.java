package io.ccsim.config;

import io.ccsim.distribution.Distribution;
import io.ccsim.model.BusinessHours;
import io.ccsim.model.Channel;
import io.ccsim.model.TimeOfDay;
import io.ccsim.model.TimeOfDayFactors;
import io.ccsim.model.Vru;
import io.ccsim.model.ChannelKind;
import io.ccsim.model.ServiceLevelDefinition;
import io.ccsim.model.ServiceLevelGoal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks one entry under {@code channels} and builds its {@link Channel}, with the defaults applied;
 * {@link #checkInterrupters} then checks the names in {@code interruptibleBy}, which need every channel.
 */
final class ChannelAssembler {
  static final String DISTRIBUTION_EXAMPLE = "a distribution such as {distribution: exponential, mean: 3m}";
  static final Map<String, ChannelKind> KINDS = Keys.byKey(ChannelKind.values(), ChannelKind::key);
  /** {@code serviceLevel.clock} values: whether the threshold counts only business hours. */
  static final Map<String, Boolean> CLOCKS = clocks();

  private final ScenarioSource source;

  ChannelAssembler(ScenarioSource source) {
    this.source = source;
  }

  private static Map<String, Boolean> clocks() {
    Map<String, Boolean> clocks = new LinkedHashMap<>();
    clocks.put("calendar", false);
    clocks.put("business", true);
    return clocks;
  }

  Channel assemble(String name, ChannelSpec spec) {
    String path = Paths.field("channels", name);
    source.name("channel", name, path, true);
    source.required(spec, path, "a mapping with keys " + String.join(", ", Keys.of(ChannelSpec.class)));
    ServiceLevelGoal serviceLevel = serviceLevel(spec.serviceLevel(), Paths.field(path, "serviceLevel"));
    String handlePath = Paths.field(path, "handleTime");
    Distribution handleTime = Distributions.build(
        source.required(spec.handleTime(), handlePath, DISTRIBUTION_EXAMPLE), handlePath, source);
    ChannelKind kind = spec.kind() == null ? ChannelKind.LIVE
        : source.choice("channel kind", spec.kind(), KINDS, Paths.field(path, "kind"));
    int priority = spec.priority() == null ? 0 : spec.priority();
    Distribution wrapUp = spec.wrapUp() == null ? null
        : Distributions.build(spec.wrapUp(), Paths.field(path, "wrapUp"), source);
    if (kind == ChannelKind.DEFERRED && spec.patience() != null) {
      throw source.keyError(Paths.field(path, "patience"),
          "a deferred channel has no patience: its customers do not wait live and never abandon",
          "omit patience, or kind: live");
    }
    Distribution patience = spec.patience() == null ? null
        : Distributions.build(spec.patience(), Paths.field(path, "patience"), source);
    int queueCapacity = spec.queueCapacity() == null ? Channel.UNLIMITED_QUEUE
        : source.atLeast(spec.queueCapacity(), 0, Paths.field(path, "queueCapacity"),
            "a whole number >= 0 (0: no queue), or omit it for an unlimited queue");
    List<String> interruptibleBy = interruptibleBy(spec.interruptibleBy(), name, kind,
        Paths.field(path, "interruptibleBy"));
    BusinessHours businessHours = businessHours(spec.businessHours(), Paths.field(path, "businessHours"));
    boolean targetInBusinessHours = spec.serviceLevel() != null
        && targetInBusinessHours(spec.serviceLevel().clock(), Paths.field(path, "serviceLevel"), name, businessHours);
    TimeOfDayFactors factors = factors(spec.handleTimeFactors(), Paths.field(path, "handleTimeFactors"));
    String patienceFactorsPath = Paths.field(path, "patienceFactors");
    if (spec.patienceFactors() != null && patience == null) {
      throw source.keyError(patienceFactorsPath, "patience factors need a patience, and channel '" + name
          + "' has none", "omit patienceFactors, or give patience");
    }
    TimeOfDayFactors patienceFactors = factors(spec.patienceFactors(), patienceFactorsPath);
    Vru vru = vru(spec.vru(), Paths.field(path, "vru"), kind);
    return source.construct(path, () -> new Channel(name, serviceLevel, handleTime, patience, queueCapacity, kind,
        wrapUp, priority, interruptibleBy, businessHours, targetInBusinessHours, factors, patienceFactors, vru));
  }

  /** The VRU stage before the queue; {@code null} when absent. */
  private Vru vru(ChannelSpec.VruSpec spec, String path, ChannelKind kind) {
    if (spec == null) {
      return null;
    }
    if (kind == ChannelKind.DEFERRED) {
      throw source.keyError(path, "a deferred channel has no VRU stage: its customers do not call in live",
          "omit vru, or kind: live");
    }
    source.required(spec, path, "a mapping with keys time, dropOut");
    String timePath = Paths.field(path, "time");
    Distribution time = Distributions.build(source.required(spec.time(), timePath, DISTRIBUTION_EXAMPLE), timePath,
        source);
    String dropOutPath = Paths.field(path, "dropOut");
    double dropOut = spec.dropOut() == null ? 0 : spec.dropOut().value();
    if (!(dropOut >= 0 && dropOut < 1)) {
      throw source.error(dropOutPath, "'" + source.text(dropOutPath, dropOut) + "' is outside [0, 1)",
          "a fraction from 0 to below 1 such as 0.05, or a percentage below 100% such as 5%");
    }
    return new Vru(time, dropOut);
  }

  /** Factors by time of day (on handle time or patience); {@code null} when absent. */
  private TimeOfDayFactors factors(ChannelSpec.Factors spec, String path) {
    if (spec == null) {
      return null;
    }
    String startPath = Paths.field(path, "start");
    String intervalPath = Paths.field(path, "interval");
    String factorsPath = Paths.field(path, "factors");
    double start = new TimesOfDay(source).start(source.required(spec.start(), startPath,
        "a time of day such as \"07:00\""), startPath);
    String intervalAllowed = "a duration above 0 such as 30m";
    double interval = source.required(spec.interval(), intervalPath, intervalAllowed).seconds();
    if (!(interval > 0)) {
      throw source.error(intervalPath, "'" + source.text(intervalPath, interval) + "' is not longer than 0",
          intervalAllowed);
    }
    String allowed = "a list of factors above 0, one per interval, such as [0.8, 1.0, 1.2]";
    List<Double> factors = source.required(spec.factors(), factorsPath, allowed);
    if (factors.isEmpty()) {
      throw source.error(factorsPath, "needs at least one interval", allowed);
    }
    for (int i = 0; i < factors.size(); i++) {
      String itemPath = Paths.index(factorsPath, i);
      Double f = source.required(factors.get(i), itemPath, allowed);
      if (!(f > 0) || f.isInfinite()) {
        throw source.error(itemPath, "'" + source.text(itemPath, f) + "' is not a factor above 0", allowed);
      }
    }
    if (start + factors.size() * interval > TimeOfDay.DAY_SECONDS + 1e-6) {
      throw source.error(factorsPath, factors.size() + " intervals of " + source.text(intervalPath, interval)
          + " from " + spec.start() + " pass midnight", "intervals that end by 24:00");
    }
    return source.construct(path, () -> new TimeOfDayFactors(start, interval, factors));
  }

  /** The channel's daily opening hours; {@code null}: open around the clock. */
  private BusinessHours businessHours(ChannelSpec.BusinessHours spec, String path) {
    if (spec == null) {
      return null;
    }
    TimesOfDay times = new TimesOfDay(source);
    String openPath = Paths.field(path, "open");
    String closePath = Paths.field(path, "close");
    double open = times.start(spec.open(), openPath);
    double close = times.end(spec.close(), closePath);
    if (!(close > open)) {
      throw source.error(closePath, "close '" + spec.close() + "' is not after open '" + spec.open() + "'",
          "a close after open on the same day, up to \"24:00\" (business hours do not pass midnight)");
    }
    return source.construct(path, () -> new BusinessHours(open, close));
  }

  /** Whether the service-level threshold counts only open hours ({@code clock: business}). */
  private boolean targetInBusinessHours(String clock, String serviceLevelPath, String channel, BusinessHours hours) {
    if (clock == null) {
      return false;
    }
    String clockPath = Paths.field(serviceLevelPath, "clock");
    boolean business = source.choice("service-level clock", clock, CLOCKS, clockPath);
    if (business && hours == null) {
      throw source.error(clockPath, "clock: business counts only open hours, but channel '" + channel
          + "' has no businessHours", "businessHours: {open: \"08:00\", close: \"20:00\"} on the channel, "
          + "or clock: calendar");
    }
    return business;
  }

  /** The names as written, each once; whether they name live channels is checked by {@link #checkInterrupters}. */
  private List<String> interruptibleBy(List<String> names, String channel, ChannelKind kind, String path) {
    if (names == null) {
      return List.of();
    }
    if (kind != ChannelKind.DEFERRED && !names.isEmpty()) {
      throw source.keyError(path, "only a deferred channel can be interrupted, and '" + channel + "' is live",
          "omit interruptibleBy, or kind: deferred");
    }
    List<String> checked = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      String itemPath = Paths.index(path, i);
      String name = source.required(names.get(i), itemPath, "the name of a live channel");
      if (checked.contains(name)) {
        throw source.error(itemPath, "channel '" + name + "' is listed twice", "each channel once");
      }
      checked.add(name);
    }
    return checked;
  }

  /** Every name in an {@code interruptibleBy} list must be a live channel of the scenario. */
  void checkInterrupters(Collection<Channel> channels) {
    List<String> all = channels.stream().map(Channel::name).toList();
    List<String> live = channels.stream().filter(c -> c.kind() == ChannelKind.LIVE).map(Channel::name).toList();
    String allowed = live.isEmpty() ? "a live channel (this scenario has none)" : String.join(", ", live);
    for (Channel channel : channels) {
      String path = Paths.field(Paths.field("channels", channel.name()), "interruptibleBy");
      for (int i = 0; i < channel.interruptibleBy().size(); i++) {
        String name = channel.interruptibleBy().get(i);
        String itemPath = Paths.index(path, i);
        if (!all.contains(name)) {
          throw source.error(itemPath, "no channel is named '" + name + "'" + Keys.suggestion(name, live), allowed);
        }
        if (!live.contains(name)) {
          throw source.error(itemPath, "'" + name + "' is not a live channel (it is deferred)", allowed);
        }
      }
    }
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
