package io.ccsim.model;

/** After waiting {@code afterSeconds}, a contact of {@code channel} may also be served by {@code group}. */
public record Overflow(String channel, double afterSeconds, String group) {
  public Overflow {
    if (channel == null || group == null) {
      throw new IllegalArgumentException("overflow needs a channel and a group");
    }
    if (!(afterSeconds >= 0) || Double.isInfinite(afterSeconds)) {
      throw new IllegalArgumentException("overflow delay must be >= 0 seconds, got " + afterSeconds);
    }
  }
}
