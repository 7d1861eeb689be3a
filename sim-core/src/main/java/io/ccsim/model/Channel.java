package io.ccsim.model;

import io.ccsim.distribution.Distribution;

/**
 * One channel (phone, chat, ...) with its own first-in-first-out queue.
 *
 * @param patience how long a customer waits before abandoning; {@code null}: never abandons
 * @param queueCapacity the most contacts that may wait; {@link #UNLIMITED_QUEUE} for no limit, 0 for a
 *     pure loss system (Erlang B)
 */
public record Channel(
    String name,
    ServiceLevelGoal serviceLevel,
    Distribution handleTime,
    Distribution patience,
    int queueCapacity) {
  public static final int UNLIMITED_QUEUE = Integer.MAX_VALUE;

  public Channel {
    Names.check("channel", name);
    if (serviceLevel == null) {
      throw new IllegalArgumentException("channel " + name + ": serviceLevel is required");
    }
    if (handleTime == null) {
      throw new IllegalArgumentException("channel " + name + ": handleTime is required");
    }
    if (queueCapacity < 0) {
      throw new IllegalArgumentException(
          "channel " + name + ": queueCapacity must be >= 0, got " + queueCapacity);
    }
  }

  public boolean hasPatience() {
    return patience != null;
  }
}
