package io.ccsim.config;

/** A channel's {@code serviceLevel} as written; every key is optional. */
record ServiceLevelSpec(Duration threshold, Double target, String definition) {}
