package io.ccsim.config;

import java.util.List;
import java.util.Map;

/** The top-level {@code journeys} as written; every key is optional. */
record JourneysSpec(
    Boolean sharedContext,
    Double contextHandleTimeFactor,
    Map<String, Double> resolution,
    Map<String, Double> contextResolution,
    List<FollowUpSpec> followUps) {}
