package io.ccsim.analytic;

/** Poisson arrivals at {@code arrivalRatePerSecond} served in exponential handle times of mean {@code meanHandleSeconds}. */
public record Traffic(double arrivalRatePerSecond, double meanHandleSeconds) {
  public Traffic {
    Require.positiveFinite("arrival rate (per second)", arrivalRatePerSecond);
    Require.positiveFinite("mean handle time (seconds)", meanHandleSeconds);
  }

  /** Offered load a = λ/μ in Erlangs: the mean number of agents the traffic keeps busy. */
  public double loadErlangs() {
    return arrivalRatePerSecond * meanHandleSeconds;
  }

  /** Service rate μ of one agent. */
  public double serviceRatePerSecond() {
    return 1 / meanHandleSeconds;
  }
}
