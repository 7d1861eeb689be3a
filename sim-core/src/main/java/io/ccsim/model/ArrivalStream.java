package io.ccsim.model;

/** Poisson arrivals of contacts on one channel at a constant rate. */
public record ArrivalStream(String channel, double ratePerSecond) {
  public ArrivalStream {
    if (channel == null) {
      throw new IllegalArgumentException("arrival channel is required");
    }
    if (!(ratePerSecond > 0) || Double.isInfinite(ratePerSecond)) {
      throw new IllegalArgumentException("arrival rate must be positive, got " + ratePerSecond + "/s");
    }
  }
}
