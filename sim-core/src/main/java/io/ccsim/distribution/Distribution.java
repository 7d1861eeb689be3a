package io.ccsim.distribution;

import io.ccsim.random.RandomStream;

/** A distribution of non-negative durations in seconds (handle time, patience, delays). */
public interface Distribution {
  /** One variate in seconds, drawn from {@code rng}. */
  double sample(RandomStream rng);

  /** The mean in seconds; used by analytic checks and reports. */
  double meanSeconds();

  /** The lower-case name used in scenario files, e.g. {@code exponential}. */
  String kind();
}
