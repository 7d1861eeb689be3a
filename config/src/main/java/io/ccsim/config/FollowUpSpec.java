package io.ccsim.config;

/** One entry under {@code journeys.followUps} as written. */
record FollowUpSpec(String from, String on, Duration after, Double probability, String to, DistributionSpec delay) {}
