package io.ccsim.config;

import io.ccsim.distribution.Distribution;
import io.ccsim.model.Channel;
import io.ccsim.model.ChannelKind;
import io.ccsim.model.FollowUp;
import io.ccsim.model.Journeys;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Checks the top-level {@code journeys} and builds {@link Journeys}; absent: {@link Journeys#NONE}. */
final class JourneysAssembler {
  static final String PATH = "journeys";
  static final Map<String, FollowUp.Outcome> OUTCOMES = Keys.byKey(FollowUp.Outcome.values(), FollowUp.Outcome::key);
  private static final String PROBABILITY = "a probability from 0 to 1 such as 0.8";

  private final ScenarioSource source;
  private final Map<String, Channel> channels;

  /** {@code channels} by name, in file order. */
  JourneysAssembler(ScenarioSource source, Map<String, Channel> channels) {
    this.source = source;
    this.channels = channels;
  }

  Journeys assemble(JourneysSpec spec) {
    Journeys defaults = Journeys.NONE;
    if (spec == null) {
      return defaults;
    }
    boolean sharedContext = spec.sharedContext() == null ? defaults.sharedContext() : spec.sharedContext();
    double factor = spec.contextHandleTimeFactor() == null ? defaults.contextHandleTimeFactor()
        : source.boundedFactor(spec.contextHandleTimeFactor(), Paths.field(PATH, "contextHandleTimeFactor"),
            "a factor > 0 on the handle time of a follow-up handled with context, such as 0.7 (30% shorter)");
    Map<String, Double> resolution = probabilities(spec.resolution(), Paths.field(PATH, "resolution"));
    Map<String, Double> contextResolution =
        probabilities(spec.contextResolution(), Paths.field(PATH, "contextResolution"));
    List<FollowUp> followUps = followUps(spec.followUps(), Paths.field(PATH, "followUps"));
    return source.construct(PATH,
        () -> new Journeys(sharedContext, factor, resolution, contextResolution, followUps));
  }

  /** Per channel (keys of {@code channels}), a probability in [0, 1]. */
  private Map<String, Double> probabilities(Map<String, Double> spec, String path) {
    Map<String, Double> probabilities = new LinkedHashMap<>();
    if (spec == null) {
      return probabilities;
    }
    spec.forEach((channel, p) -> {
      String valuePath = Paths.field(path, channel);
      source.reference("channel", channel, channels.keySet(), valuePath, true);
      probabilities.put(channel, source.fraction(source.required(p, valuePath, PROBABILITY), valuePath, PROBABILITY));
    });
    return probabilities;
  }

  private List<FollowUp> followUps(List<FollowUpSpec> specs, String listPath) {
    List<FollowUp> followUps = new ArrayList<>();
    if (specs == null) {
      return followUps;
    }
    // Rules with the same from and on are alternatives: their probabilities add up to at most 1.
    Map<String, BigDecimal> sums = new HashMap<>();
    Map<String, List<String>> alternatives = new HashMap<>();
    // Deferred work is chased once, at one time per channel.
    Map<String, String> firstAfterPath = new HashMap<>();
    Map<String, Double> firstAfterSeconds = new HashMap<>();
    for (int i = 0; i < specs.size(); i++) {
      String path = Paths.index(listPath, i);
      FollowUpSpec spec = source.required(specs.get(i), path,
          "a mapping such as {from: chat, on: abandoned, probability: 0.3, to: phone, delay: {...}}");
      String from = channel(spec.from(), Paths.field(path, "from"));
      String onPath = Paths.field(path, "on");
      FollowUp.Outcome on = source.choice("outcome",
          source.required(spec.on(), onPath, String.join(", ", OUTCOMES.keySet())), OUTCOMES, onPath);
      double after = after(spec, from, on, path, firstAfterPath, firstAfterSeconds);
      String probabilityPath = Paths.field(path, "probability");
      double probability = source.fraction(source.required(spec.probability(), probabilityPath, PROBABILITY),
          probabilityPath, PROBABILITY);
      checkSum(from, on, probability, path, sums, alternatives);
      String to = channel(spec.to(), Paths.field(path, "to"));
      String delayPath = Paths.field(path, "delay");
      Distribution delay = Distributions.build(source.required(spec.delay(), delayPath,
          "a distribution such as {distribution: exponential, mean: 10m}, or {distribution: constant, value: 0}"),
          delayPath, source);
      followUps.add(source.construct(path, () -> new FollowUp(from, on, probability, to, delay, after)));
    }
    return followUps;
  }

  /** {@code after}: required for unanswered (then the same for every such rule of a channel), else absent. */
  private double after(FollowUpSpec spec, String from, FollowUp.Outcome on, String path,
      Map<String, String> firstAfterPath, Map<String, Double> firstAfterSeconds) {
    String afterPath = Paths.field(path, "after");
    if (on != FollowUp.Outcome.UNANSWERED) {
      if (spec.after() != null) {
        throw source.keyError(afterPath, "'after' applies only to on: unanswered, not to on: " + on.key(),
            "omit after, or on: unanswered");
      }
      return 0;
    }
    Channel channel = channels.get(from);
    if (channel.kind() != ChannelKind.DEFERRED) {
      throw source.error(Paths.field(path, "on"),
          "'unanswered' applies only to deferred channels, and '" + from + "' is live",
          "abandoned, unresolved, blocked (or make " + from + " kind: deferred)");
    }
    String allowed = "a duration > 0 such as 24h: how long the work waits unanswered before the customer chases it";
    double after = source.required(spec.after(), afterPath, allowed).seconds();
    if (!(after > 0)) {
      throw source.error(afterPath, "must be longer than 0, got '" + source.text(afterPath, after) + "'", allowed);
    }
    String first = firstAfterPath.putIfAbsent(from, afterPath);
    if (first == null) {
      firstAfterSeconds.put(from, after);
    } else if (firstAfterSeconds.get(from) != after) {
      String firstText = source.text(first, firstAfterSeconds.get(from));
      throw source.error(afterPath, "'" + source.text(afterPath, after) + "' differs from '" + firstText + "' at "
              + first + ": the unanswered follow-ups of " + from + " are alternatives chosen at one time",
          "the same after for every unanswered rule of " + from + ": " + firstText);
    }
    return after;
  }

  private void checkSum(String from, FollowUp.Outcome on, double probability, String path,
      Map<String, BigDecimal> sums, Map<String, List<String>> alternatives) {
    String key = from + " " + on.key();
    BigDecimal sum = sums.getOrDefault(key, BigDecimal.ZERO).add(BigDecimal.valueOf(probability));
    List<String> paths = alternatives.computeIfAbsent(key, k -> new ArrayList<>());
    paths.add(path);
    sums.put(key, sum);
    if (sum.compareTo(BigDecimal.ONE) > 0) {
      String probabilityPath = Paths.field(path, "probability");
      // The first path in full, the others by index only: the message stays on one short line.
      List<String> shown = new ArrayList<>(List.of(paths.get(0)));
      paths.subList(1, paths.size()).forEach(p -> shown.add(p.substring(p.lastIndexOf('['))));
      throw source.error(probabilityPath, "the follow-ups from " + from + " on " + on.key() + " ("
              + String.join(", ", shown) + ") are alternatives, and their probabilities add up to "
              + sum.stripTrailingZeros().toPlainString() + ", more than 1",
          "probabilities whose sum is at most 1 (the rest: no follow-up)");
    }
  }

  private String channel(String name, String path) {
    return source.reference("channel",
        source.required(name, path, String.join(", ", channels.keySet())), channels.keySet(), path, false);
  }
}
