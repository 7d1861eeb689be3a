package io.ccsim.model;

/**
 * Threshold reservation (call blending): contacts of {@code channel} are given to an agent only while at
 * least {@code minIdleAgents} agents skilled for it are idle, the agent itself included, so that agents
 * stay free for live work.
 */
public record Reservation(String channel, int minIdleAgents) {
  public Reservation {
    if (channel == null) {
      throw new IllegalArgumentException("reservation channel is required");
    }
    if (minIdleAgents < 1) {
      throw new IllegalArgumentException("reservation minIdleAgents must be >= 1, got " + minIdleAgents);
    }
  }
}
