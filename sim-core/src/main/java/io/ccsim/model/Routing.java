package io.ccsim.model;

import java.util.List;

/**
 * How contacts meet agents: the mode, the named agent- and contact-selection policies (see
 * {@code ccsim policies}), reservations for deferred work, and overflow rules.
 */
public record Routing(
    RoutingMode mode,
    String agentSelection,
    String contactSelection,
    List<Reservation> reservations,
    List<Overflow> overflows) {
  /** Blended, longest-idle agent, highest priority then first-come-first-served: the Foundation's behaviour. */
  public static final Routing DEFAULT =
      new Routing(RoutingMode.BLENDED, "longest-idle", "priority-fifo", List.of(), List.of());

  public Routing {
    if (mode == null || agentSelection == null || contactSelection == null) {
      throw new IllegalArgumentException("routing needs a mode, an agentSelection and a contactSelection");
    }
    reservations = List.copyOf(reservations);
    overflows = List.copyOf(overflows);
  }
}
