package io.ccsim.config;

/** One entry under {@code routing.reservations} as written. */
record ReservationSpec(String channel, Integer minIdleAgents) {}
