package io.ccsim.model;

/** A channel's service-level goal: {@code target} of contacts answered within {@code thresholdSeconds}. */
public record ServiceLevelGoal(double thresholdSeconds, double target, ServiceLevelDefinition definition) {
  /** The industry's usual phone goal, 80% in 20 s, answered-of-offered. */
  public static final ServiceLevelGoal DEFAULT =
      new ServiceLevelGoal(20, 0.80, ServiceLevelDefinition.ANSWERED_OF_OFFERED);

  public ServiceLevelGoal {
    if (!(thresholdSeconds >= 0) || Double.isInfinite(thresholdSeconds)) {
      throw new IllegalArgumentException("service-level threshold must be >= 0 seconds, got " + thresholdSeconds);
    }
    if (!(target >= 0 && target <= 1)) {
      throw new IllegalArgumentException("service-level target must be in [0, 1], got " + target);
    }
    if (definition == null) {
      throw new IllegalArgumentException("service-level definition is required");
    }
  }
}
