package io.ccsim.config;

import java.util.List;

/**
 * One entry under {@code arrivals} as written. Exactly one of {@code rate}, {@code profile} or
 * {@code dailyVolume} with {@code intraday} gives the rate; the other keys are optional.
 * {@link ArrivalAssembler} checks the values and builds {@link io.ccsim.model.ArrivalStream}.
 *
 * @param initialBacklog contacts waiting at time 0 (deferred channels only)
 */
record ArrivalSpec(
    String channel,
    Rate rate,
    Profile profile,
    Double dailyVolume,
    Intraday intraday,
    Busyness busyness,
    List<Burst> bursts,
    Integer initialBacklog) {
  /**
   * A rate per interval from {@code start} ("HH:MM"), 0 outside; {@code rates} repeats every day, or
   * {@code ratesByDay} gives one list per day of a cycle (day d of the run takes list d mod n).
   */
  record Profile(String start, Duration interval, List<Rate> rates, List<List<Rate>> ratesByDay) {}

  /** The share of {@code dailyVolume} in each interval from {@code start}, in percent (sum 100). */
  record Intraday(String start, Duration interval, List<Double> percent) {}

  /** A gamma day factor with mean 1 and this cv; {@code shared}: one factor for all shared streams. */
  record Busyness(Double cv, Boolean shared) {}

  /** The rate × {@code factor} from {@code at} ("HH:MM") for {@code duration}, every day or on {@code day}. */
  record Burst(String at, Duration duration, Double factor, Integer day) {}
}
