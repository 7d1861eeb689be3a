package io.ccsim.run;

import io.ccsim.distribution.Exponential;
import io.ccsim.model.AgentGroup;
import io.ccsim.model.ArrivalStream;
import io.ccsim.model.Channel;
import io.ccsim.model.Scenario;
import io.ccsim.model.ServiceLevelGoal;
import java.util.List;

/**
 * The models that the JMH benchmarks and {@code ccsim bench} both run, so that both measure the same thing.
 */
public final class BenchmarkModels {
  /** The seed of the benchmark models; fixed so that every run simulates the same contacts. */
  public static final long SEED = 42;

  private BenchmarkModels() {}

  /**
   * M/M/c: one phone channel with Poisson arrivals, exponential handle times, one group of
   * {@code agents} agents, an unlimited queue and no abandonment, at offered load
   * {@code utilization * agents} Erlangs (arrival rate {@code utilization * agents / meanHandleSeconds}).
   *
   * <p>For example {@code mmc(100, 0.9, 180, 2_000_000)} offers 0.5 contacts/s, so about one million
   * contacts arrive before the horizon; each fires an arrival and a completion, about two million events.
   * The warm-up is short (10 mean handle times, at most a tenth of the horizon): a throughput figure does
   * not need a steady state, and KPI comparisons only need every model to use the same one.
   *
   * @param agents the number of agents c, at least 1
   * @param utilization the offered load per agent, in (0, 1) so that the queue is stable
   * @param meanHandleSeconds the mean handle time, positive
   * @param horizonSeconds when counted arrivals stop; positive and finite
   */
  public static Scenario mmc(int agents, double utilization, double meanHandleSeconds, double horizonSeconds) {
    if (agents < 1) {
      throw new IllegalArgumentException("agents must be >= 1, got " + agents);
    }
    if (!(utilization > 0 && utilization < 1)) {
      throw new IllegalArgumentException("utilization must be in (0, 1) for a stable queue, got " + utilization);
    }
    if (!(meanHandleSeconds > 0) || Double.isInfinite(meanHandleSeconds)) {
      throw new IllegalArgumentException("mean handle time must be a positive finite number of seconds, got "
          + meanHandleSeconds);
    }
    if (!(horizonSeconds > 0) || Double.isInfinite(horizonSeconds)) {
      throw new IllegalArgumentException("horizon must be a positive finite number of seconds, got " + horizonSeconds);
    }
    double warmupSeconds = Math.min(10 * meanHandleSeconds, horizonSeconds / 10);
    return new Scenario("mmc", SEED, 1, warmupSeconds, horizonSeconds,
        List.of(new Channel("phone", ServiceLevelGoal.DEFAULT, new Exponential(meanHandleSeconds), null,
            Channel.UNLIMITED_QUEUE)),
        List.of(new ArrivalStream("phone", arrivalRatePerSecond(agents, utilization, meanHandleSeconds))),
        List.of(new AgentGroup("team", agents, List.of("phone"))));
  }

  /** The arrival rate that loads {@code agents} agents to {@code utilization}: utilization * agents / mean handle time. */
  public static double arrivalRatePerSecond(int agents, double utilization, double meanHandleSeconds) {
    return utilization * agents / meanHandleSeconds;
  }

  /** The horizon at which about {@code contacts} contacts have arrived in {@link #mmc}. */
  public static double horizonForContacts(
      long contacts, int agents, double utilization, double meanHandleSeconds) {
    if (contacts < 1) {
      throw new IllegalArgumentException("contacts must be >= 1, got " + contacts);
    }
    return contacts / arrivalRatePerSecond(agents, utilization, meanHandleSeconds);
  }
}
