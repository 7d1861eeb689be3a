package io.ccsim.fit;

import java.util.Set;

/**
 * What {@code ccsim fit} is asked for.
 *
 * @param weekdays the weekdays fitted (ISO numbers), empty for every day
 * @param windowStartSeconds the first arrival interval's start, or null for the log's first
 * @param windowEndSeconds the window's end, or null for the log's last interval
 * @param handleTime best, lognormal, gamma or empirical
 * @param agents with a log that names no agents: the agents logged in all the time; else null
 * @param availability a share of counted agents that replaces the availability estimate, or null
 * @param priorityClasses whether callers of the priority class get channels of their own, served first
 * @param handleTimeByTimeOfDay whether handle time gets a factor per interval of the day
 * @param patienceByTimeOfDay whether patience gets a factor per interval of the day
 * @param patience the patience model written: {@code km} (the Kaplan-Meier curve with an exponential tail) or
 *     {@code exponential} (the censored maximum-likelihood estimate)
 * @param vru whether a log with VRU times gets a VRU stage per channel (arrivals then fitted at VRU entry)
 * @param wrapUp the after-call model: {@code km} (after-call time estimated from the gaps between an agent's
 *     calls, written as wrap-up, see {@link AfterCallFit}) or {@code none} (no wrap-up; the share of counted
 *     agents written is the availability alone)
 * @param byDate whether the scenario replays the selected dates (one day of the run per date, in order, with
 *     that date's arrivals and staffing: {@code ratesByDay}, {@code agentsByDay}, no busyness) rather than the
 *     mean day with a busyness factor
 * @param staffingStepSeconds the step of the staffing written to the scenario (a fraction of an agent
 *     becomes one agent for that share of the interval's steps)
 */
public record FitOptions(Set<Integer> weekdays, double intervalSeconds, Double windowStartSeconds,
    Double windowEndSeconds, String handleTime, Integer agents, Double availability, boolean priorityClasses, boolean handleTimeByTimeOfDay, boolean patienceByTimeOfDay,
    double staffingStepSeconds, double thresholdSeconds,
    long seed, int replications, String patience, boolean vru, String wrapUp, boolean byDate) {
  /** The patience models {@code --patience} allows; the first is the default. */
  public static final java.util.List<String> PATIENCE_MODELS = java.util.List.of("km", "exponential");
  /** The after-call models {@code --wrap-up} allows; the first is the default. */
  public static final java.util.List<String> WRAP_UP_MODELS = java.util.List.of("km", "none");

  /** Options for the mean day. */
  public FitOptions(Set<Integer> weekdays, double intervalSeconds, Double windowStartSeconds, Double windowEndSeconds,
      String handleTime, Integer agents, Double availability, boolean priorityClasses, boolean handleTimeByTimeOfDay,
      boolean patienceByTimeOfDay, double staffingStepSeconds, double thresholdSeconds, long seed, int replications,
      String patience, boolean vru, String wrapUp) {
    this(weekdays, intervalSeconds, windowStartSeconds, windowEndSeconds, handleTime, agents, availability,
        priorityClasses, handleTimeByTimeOfDay, patienceByTimeOfDay, staffingStepSeconds, thresholdSeconds, seed,
        replications, patience, vru, wrapUp, false);
  }

  /** Options with the default after-call model. */
  public FitOptions(Set<Integer> weekdays, double intervalSeconds, Double windowStartSeconds, Double windowEndSeconds,
      String handleTime, Integer agents, Double availability, boolean priorityClasses, boolean handleTimeByTimeOfDay,
      boolean patienceByTimeOfDay, double staffingStepSeconds, double thresholdSeconds, long seed, int replications,
      String patience, boolean vru) {
    this(weekdays, intervalSeconds, windowStartSeconds, windowEndSeconds, handleTime, agents, availability,
        priorityClasses, handleTimeByTimeOfDay, patienceByTimeOfDay, staffingStepSeconds, thresholdSeconds, seed,
        replications, patience, vru, WRAP_UP_MODELS.get(0));
  }

  /** Options with the default patience and after-call models. */
  public FitOptions(Set<Integer> weekdays, double intervalSeconds, Double windowStartSeconds, Double windowEndSeconds,
      String handleTime, Integer agents, Double availability, boolean priorityClasses, boolean handleTimeByTimeOfDay,
      boolean patienceByTimeOfDay, double staffingStepSeconds, double thresholdSeconds, long seed, int replications) {
    this(weekdays, intervalSeconds, windowStartSeconds, windowEndSeconds, handleTime, agents, availability,
        priorityClasses, handleTimeByTimeOfDay, patienceByTimeOfDay, staffingStepSeconds, thresholdSeconds, seed,
        replications, PATIENCE_MODELS.get(0), true, WRAP_UP_MODELS.get(0));
  }

  public FitOptions {
    if (!PATIENCE_MODELS.contains(patience)) {
      throw new IllegalArgumentException("--patience: '" + patience + "' is not a patience model; allowed: "
          + String.join(", ", PATIENCE_MODELS));
    }
    if (!WRAP_UP_MODELS.contains(wrapUp)) {
      throw new IllegalArgumentException("--wrap-up: '" + wrapUp + "' is not an after-call model; allowed: "
          + String.join(", ", WRAP_UP_MODELS));
    }
    weekdays = Set.copyOf(weekdays);
    if (!(intervalSeconds > 0)) {
      throw new IllegalArgumentException("the interval must be more than 0");
    }
    if (availability != null && !(availability > 0 && availability <= 1)) {
      throw new IllegalArgumentException("--availability: " + availability + " is outside (0, 1]");
    }
    double steps = intervalSeconds / staffingStepSeconds;
    if (!(staffingStepSeconds > 0) || Math.abs(steps - Math.rint(steps)) > 1e-9) {
      throw new IllegalArgumentException("the staffing step must divide the interval");
    }
  }
}
