package io.ccsim.config;

/** One entry under {@code routing.overflow} as written. */
record OverflowSpec(String channel, Duration after, String group) {}
