package io.ccsim.fit;

import org.apache.commons.math3.distribution.ChiSquaredDistribution;

/**
 * Patience of one type by the exponential maximum-likelihood estimate with right censoring: every
 * queued caller is observed for their time in queue; abandoners' patience ended then (an event),
 * answered callers' patience was at least their wait (censored). The estimate of the mean is
 * total exposure / events, and its exact 95% interval is [2T / χ²(0.975; 2k), 2T / χ²(0.025; 2k)].
 * Answered callers alone would bias patience toward their waits; leaving them out would bias it down.
 *
 * @param exposureSeconds T, the total time observed in queue
 * @param events k, the abandonments (or exact patience observations)
 * @param pooled whether the estimate is the one of all types together (this type had under 20 events)
 */
public record PatienceFit(double exposureSeconds, long events, long observed, boolean pooled) {
  /** Fewer abandonments than this and a type takes the pooled estimate. */
  public static final int MIN_EVENTS = 20;

  public double meanSeconds() {
    return exposureSeconds / events;
  }

  public double ciLowSeconds() {
    return 2 * exposureSeconds / new ChiSquaredDistribution(null, 2.0 * events).inverseCumulativeProbability(0.975);
  }

  public double ciHighSeconds() {
    return 2 * exposureSeconds / new ChiSquaredDistribution(null, 2.0 * events).inverseCumulativeProbability(0.025);
  }

  PatienceFit plus(PatienceFit o) {
    return new PatienceFit(exposureSeconds + o.exposureSeconds, events + o.events, observed + o.observed, false);
  }

  /** One call's contribution; null when it tells nothing about patience. */
  static PatienceFit of(Call c) {
    if (!Double.isNaN(c.patienceSeconds())) {
      return new PatienceFit(c.patienceSeconds(), 1, 1, false);
    }
    if (Double.isNaN(c.waitSeconds())) {
      return null;
    }
    return new PatienceFit(c.waitSeconds(), c.outcome() == Call.Outcome.ABANDONED ? 1 : 0, 1, false);
  }
}
