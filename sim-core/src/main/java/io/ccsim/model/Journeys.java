package io.ccsim.model;

import java.util.List;
import java.util.Map;

/**
 * Customer journeys: contacts lead to follow-ups, and whether a follow-up is handled with the history
 * of the earlier contacts (omni-channel) or from scratch (silos).
 *
 * @param sharedContext whether agents see the customer's earlier contacts
 * @param contextHandleTimeFactor with shared context, the factor on a follow-up's handle time (e.g. 0.7)
 * @param resolution per channel, the probability that a handled first contact resolves the issue; a
 *     channel not listed resolves always
 * @param contextResolution per channel, the resolution probability of a follow-up handled with shared
 *     context; a channel not listed uses {@code resolution}
 */
public record Journeys(
    boolean sharedContext,
    double contextHandleTimeFactor,
    Map<String, Double> resolution,
    Map<String, Double> contextResolution,
    List<FollowUp> followUps) {
  /** No follow-ups: every contact is its own issue. */
  public static final Journeys NONE = new Journeys(false, 1.0, Map.of(), Map.of(), List.of());

  public Journeys {
    if (!(contextHandleTimeFactor > 0) || Double.isInfinite(contextHandleTimeFactor)) {
      throw new IllegalArgumentException(
          "contextHandleTimeFactor must be a positive factor, got " + contextHandleTimeFactor);
    }
    resolution = Map.copyOf(resolution);
    contextResolution = Map.copyOf(contextResolution);
    followUps = List.copyOf(followUps);
    checkProbabilities("resolution", resolution);
    checkProbabilities("contextResolution", contextResolution);
  }

  private static void checkProbabilities(String what, Map<String, Double> probabilities) {
    probabilities.forEach((channel, p) -> {
      if (!(p >= 0 && p <= 1)) {
        throw new IllegalArgumentException(what + " of " + channel + " must be in [0, 1], got " + p);
      }
    });
  }

  public boolean active() {
    return !followUps.isEmpty() || !resolution.isEmpty();
  }

  public double resolutionOf(String channel, boolean withContext) {
    if (withContext && contextResolution.containsKey(channel)) {
      return contextResolution.get(channel);
    }
    return resolution.getOrDefault(channel, 1.0);
  }
}
