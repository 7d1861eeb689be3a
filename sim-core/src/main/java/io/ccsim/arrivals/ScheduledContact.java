package io.ccsim.arrivals;

import io.ccsim.model.Names;

/**
 * One contact of an arrival schedule: when it arrives, on which channel, and the work and patience that
 * the simulator draws for it.
 *
 * @param number the contact's position in its schedule, from 1
 * @param arrivalSeconds seconds from the start of the run
 * @param channel the channel's name
 * @param handleSeconds the handle time (work content) in seconds; NaN when not given (a trace may leave
 *     it to the scenario's distribution)
 * @param patienceSeconds the patience in seconds; NaN when not given: the channel's customers never
 *     abandon, or a trace left it to the scenario
 * @param customerId who the contact belongs to, for journeys; {@code null} when not given
 */
public record ScheduledContact(
    long number, double arrivalSeconds, String channel, double handleSeconds, double patienceSeconds,
    String customerId) {
  public ScheduledContact {
    if (number < 1) {
      throw new IllegalArgumentException("contact number must be >= 1, got " + number);
    }
    if (!(arrivalSeconds >= 0) || Double.isInfinite(arrivalSeconds)) {
      throw new IllegalArgumentException("arrival time must be finite and >= 0 seconds, got " + arrivalSeconds);
    }
    Names.check("channel", channel);
    if (handleSeconds < 0 || Double.isInfinite(handleSeconds)) {
      throw new IllegalArgumentException("handle time must be finite and >= 0 seconds or NaN, got " + handleSeconds);
    }
    if (patienceSeconds < 0 || Double.isInfinite(patienceSeconds)) {
      throw new IllegalArgumentException("patience must be finite and >= 0 seconds or NaN, got " + patienceSeconds);
    }
  }

  public boolean hasHandleTime() {
    return !Double.isNaN(handleSeconds);
  }

  public boolean hasPatience() {
    return !Double.isNaN(patienceSeconds);
  }
}
