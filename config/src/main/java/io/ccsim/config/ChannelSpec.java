package io.ccsim.config;

import java.util.List;

/**
 * One entry under {@code channels} as written; its name is the map key.
 *
 * @param businessHours daily opening hours; absent: open around the clock
 * @param handleTimeFactors factors on handle time by the time of day of arrival; absent: none
 * @param patienceFactors factors on patience by the time of day of arrival; absent: none
 * @param vru a voice-response stage before the agent queue; absent: none
 */
record ChannelSpec(
    ServiceLevelSpec serviceLevel,
    DistributionSpec handleTime,
    DistributionSpec patience,
    Integer queueCapacity,
    String kind,
    Integer priority,
    DistributionSpec wrapUp,
    List<String> interruptibleBy,
    BusinessHours businessHours,
    Factors handleTimeFactors,
    Factors patienceFactors,
    VruSpec vru) {
  /** {@code vru}: the time spent in the VRU and the share of arrivals that leave there. */
  record VruSpec(DistributionSpec time, Fraction dropOut) {}

  /** The daily opening hours, {@code open} before {@code close} ("HH:MM"; close may be "24:00"). */
  record BusinessHours(String open, String close) {}

  /** {@code factors[i]} from {@code start + i × interval} for one interval, every day; 1 outside. */
  record Factors(String start, Duration interval, List<Double> factors) {}
}
