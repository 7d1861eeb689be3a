package io.ccsim.staffing;

import io.ccsim.stats.Estimate;

/**
 * One service-level target and what a run achieved: a channel's service level in one reporting interval
 * (by the interval of arrival), or over the whole run ({@code interval} -1).
 *
 * @param interval the reporting interval's index from time 0, or -1 for the whole run
 * @param startSeconds the interval's start from time 0 (0 for the whole run)
 * @param achieved the service level over replications, mean and 95% half-width
 */
public record TargetCheck(String channel, int interval, double startSeconds, double target, Estimate achieved) {
  /** Whether the mean over replications reaches the target. */
  public boolean met() {
    return achieved.mean() >= target - 1e-12;
  }

  /**
   * Whether the run does not contradict the target: the upper end of the 95% confidence interval reaches
   * it (the mean may fall short by noise). The verification's rule: a target fails only when the re-run
   * shows it missed with 95% confidence.
   */
  public boolean holds() {
    double half = Double.isNaN(achieved.ci95()) ? 0 : achieved.ci95();
    return achieved.mean() + half >= target - 1e-12;
  }

  /**
   * Whether the lower end of the 95% confidence interval reaches the target: the search's rule (with a
   * single replication, the mean).
   */
  public boolean confidentlyMet() {
    double half = Double.isNaN(achieved.ci95()) ? 0 : achieved.ci95();
    return achieved.mean() - half >= target - 1e-12;
  }

  /** By how much the lower bound clears the target (negative: short of it). */
  public double margin() {
    double half = Double.isNaN(achieved.ci95()) ? 0 : achieved.ci95();
    return achieved.mean() - half - target;
  }

  public boolean wholeRun() {
    return interval < 0;
  }
}
