package io.ccsim.config;

/**
 * A channel's {@code serviceLevel} as written; every key is optional.
 *
 * @param clock {@code calendar} (the threshold counts every hour) or {@code business} (only open hours)
 */
record ServiceLevelSpec(Duration threshold, Double target, String definition, String clock) {}
