package io.ccsim.analytic;

import java.util.Arrays;

/**
 * The exact steady state of the number in system n for M/M/c+M/K (Erlang A, M/M/c/K, and Erlang C as the
 * case without limits): births λ while n < c + K, deaths min(n, c)μ + max(n - c, 0)θ.
 *
 * <p>The probabilities are built in log space and rescaled by their maximum, so thousands of agents do not
 * overflow. An unlimited waiting room is truncated once the rest of the tail is below 1e-18 of the mass
 * (bounded by a geometric series, since death rates only grow past c). By PASTA, the probabilities are also
 * what arriving customers see.
 */
public final class BirthDeathQueue {
  /** Beyond this many waiting places the solution would take too much memory and time to be worth it. */
  public static final int MAX_QUEUE_STATES = 5_000_000;

  private static final double TAIL_TOLERANCE = 1e-18;

  private final Traffic traffic;
  private final int agents;
  private final QueueLimits limits;
  private final double[] probabilities;
  private final boolean fullStateIncluded;

  private BirthDeathQueue(
      Traffic traffic, int agents, QueueLimits limits, double[] probabilities, boolean fullStateIncluded) {
    this.traffic = traffic;
    this.agents = agents;
    this.limits = limits;
    this.probabilities = probabilities;
    this.fullStateIncluded = fullStateIncluded;
  }

  /** Whether a steady state exists: it does unless nobody abandons, the queue is unlimited and a >= c. */
  public static boolean isStable(Traffic traffic, int agents, QueueLimits limits) {
    return limits.abandonRatePerSecond() > 0 || !limits.unlimitedQueue() || traffic.loadErlangs() < agents;
  }

  /** Solves for the stationary distribution; throws if the system is unstable or needs too many states. */
  public static BirthDeathQueue solve(Traffic traffic, int agents, QueueLimits limits) {
    Require.atLeast("agents", agents, 1);
    if (!isStable(traffic, agents, limits)) {
      throw new IllegalArgumentException("no steady state: offered load " + traffic.loadErlangs()
          + " Erlangs >= " + agents + " agents, with no abandonment and an unlimited queue");
    }
    double lambda = traffic.arrivalRatePerSecond();
    double mu = traffic.serviceRatePerSecond();
    double theta = limits.abandonRatePerSecond();
    long capacity = (long) agents + limits.queueCapacity();
    long lastAllowed = limits.unlimitedQueue() ? Long.MAX_VALUE : capacity;
    double logLambda = Math.log(lambda);

    double[] logP = new double[agents + 64];
    double maxLog = 0;
    int n = 0;
    boolean full = true;
    while (n < lastAllowed) {
      double nextDeath = deathRate(n + 1, agents, mu, theta);
      if (n >= agents && lambda < nextDeath) {
        // Past c the ratios λ/death(m) only shrink, so the tail is at most p_n r / (1 - r).
        double r = lambda / nextDeath;
        if (logP[n] + Math.log(r / (1 - r)) < maxLog + Math.log(TAIL_TOLERANCE)) {
          full = false;
          break;
        }
      }
      if (n + 1 - agents > MAX_QUEUE_STATES) {
        throw new IllegalArgumentException("the exact solution needs more than " + MAX_QUEUE_STATES
            + " waiting places (mean patience too long for this overload); shorten the patience or limit the queue");
      }
      if (n + 1 >= logP.length) {
        logP = Arrays.copyOf(logP, 2 * logP.length);
      }
      logP[n + 1] = logP[n] + logLambda - Math.log(nextDeath);
      maxLog = Math.max(maxLog, logP[n + 1]);
      n++;
    }
    int last = n;
    double[] p = Arrays.copyOf(logP, last + 1);
    double sum = 0;
    for (int i = 0; i <= last; i++) {
      p[i] = Math.exp(p[i] - maxLog);
      sum += p[i];
    }
    for (int i = 0; i <= last; i++) {
      p[i] /= sum;
    }
    return new BirthDeathQueue(traffic, agents, limits, p, full && !limits.unlimitedQueue());
  }

  private static double deathRate(int n, int agents, double mu, double theta) {
    return Math.min(n, agents) * mu + Math.max(n - agents, 0) * theta;
  }

  public Traffic traffic() {
    return traffic;
  }

  public int agents() {
    return agents;
  }

  public QueueLimits limits() {
    return limits;
  }

  /** The largest number in system kept: c + K, or the truncation point of an unlimited queue. */
  public int lastState() {
    return probabilities.length - 1;
  }

  /** P(n in system), which is also the probability that an arrival finds n (PASTA); 0 beyond the last state. */
  public double stateProbability(int n) {
    return n >= 0 && n < probabilities.length ? probabilities[n] : 0;
  }

  /** The largest number in system that an arrival can find and still join the queue. */
  int lastJoinableState() {
    return fullStateIncluded ? lastState() - 1 : lastState();
  }

  /** P(block): an arrival finds all c + K places taken. */
  public double probBlock() {
    return fullStateIncluded ? probabilities[lastState()] : 0;
  }

  /** P(wait): an arrival finds every agent busy (n >= c); blocked arrivals are included. */
  public double probWait() {
    double sum = 0;
    for (int i = agents; i < probabilities.length; i++) {
      sum += probabilities[i];
    }
    return Math.min(1, sum);
  }

  /** P(an arrival finds a free agent) = P(n < c): the arrivals answered at once. */
  public double probImmediate() {
    double sum = 0;
    for (int i = 0; i < Math.min(agents, probabilities.length); i++) {
      sum += probabilities[i];
    }
    return Math.min(1, sum);
  }

  /** E[number waiting] = E[max(n - c, 0)]. */
  public double meanQueueLength() {
    double sum = 0;
    for (int i = agents + 1; i < probabilities.length; i++) {
      sum += (i - agents) * probabilities[i];
    }
    return sum;
  }

  /** E[busy agents] = E[min(n, c)]. */
  public double meanBusyAgents() {
    double sum = 0;
    for (int i = 0; i < probabilities.length; i++) {
      sum += Math.min(i, agents) * probabilities[i];
    }
    return sum;
  }

  /** P(abandon) per offered contact: the abandonment rate θ E[queue] divided by the arrival rate. */
  public double probAbandon() {
    return Math.min(1, limits.abandonRatePerSecond() * meanQueueLength() / traffic.arrivalRatePerSecond());
  }

  /** Occupancy: E[busy agents] / c. */
  public double occupancy() {
    return Math.min(1, meanBusyAgents() / agents);
  }

  /** Mean queue time of every customer who was not blocked, abandoners' time included (Little's law). */
  public double meanWaitSeconds() {
    return meanQueueLength() / (traffic.arrivalRatePerSecond() * (1 - probBlock()));
  }
}
