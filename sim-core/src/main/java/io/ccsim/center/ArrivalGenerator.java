package io.ccsim.center;

import io.ccsim.engine.Event;
import io.ccsim.random.RandomStream;

/** Poisson arrivals on one channel: one reusable event that reschedules itself. */
final class ArrivalGenerator extends Event {
  private final ContactCenter center;
  private final ChannelState channel;
  private final double meanGapSeconds;
  private final RandomStream rng;

  ArrivalGenerator(ContactCenter center, ChannelState channel, double ratePerSecond, RandomStream rng) {
    this.center = center;
    this.channel = channel;
    this.meanGapSeconds = 1 / ratePerSecond;
    this.rng = rng;
  }

  double nextGapSeconds() {
    return rng.nextExponential(meanGapSeconds);
  }

  @Override
  protected void fire() {
    center.arrive(channel);
    center.simulator().schedule(this, nextGapSeconds());
  }
}
