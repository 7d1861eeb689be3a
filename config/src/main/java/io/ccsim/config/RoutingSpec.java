package io.ccsim.config;

import java.util.List;

/** The top-level {@code routing} as written; every key is optional. */
record RoutingSpec(
    String mode,
    String agentSelection,
    String contactSelection,
    List<ReservationSpec> reservations,
    List<OverflowSpec> overflow) {}
