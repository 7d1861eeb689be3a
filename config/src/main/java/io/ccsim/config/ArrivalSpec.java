package io.ccsim.config;

/** One entry under {@code arrivals} as written: Poisson arrivals on a channel. */
record ArrivalSpec(String channel, Rate rate) {}
