package io.ccsim.bench;

import io.ccsim.model.Scenario;
import io.ccsim.run.BenchmarkModels;

/**
 * The benchmarked model, shared by the three benchmarks: M/M/c with c = 100 agents at utilization 0.9
 * and exponential handle times of mean 180 s (0.5 arrivals/s), as built by {@link BenchmarkModels#mmc}.
 */
final class MmcBenchmarkSetup {
  static final int AGENTS = 100;
  static final double UTILIZATION = 0.9;
  static final double MEAN_HANDLE_SECONDS = 180;

  private MmcBenchmarkSetup() {}

  /** The ccsim scenario with about {@code contacts} arrivals before the horizon. */
  static Scenario scenario(long contacts) {
    return BenchmarkModels.mmc(AGENTS, UTILIZATION, MEAN_HANDLE_SECONDS, horizonSeconds(contacts));
  }

  /** The warm-up that {@link BenchmarkModels#mmc} uses, so the SSJ model and the loop count the same contacts. */
  static double warmupSeconds(long contacts) {
    return scenario(contacts).warmupSeconds();
  }

  static double horizonSeconds(long contacts) {
    return BenchmarkModels.horizonForContacts(contacts, AGENTS, UTILIZATION, MEAN_HANDLE_SECONDS);
  }

  static double arrivalRatePerSecond() {
    return BenchmarkModels.arrivalRatePerSecond(AGENTS, UTILIZATION, MEAN_HANDLE_SECONDS);
  }
}
