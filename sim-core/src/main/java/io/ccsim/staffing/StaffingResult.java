package io.ccsim.staffing;

import io.ccsim.run.Summary;
import java.util.List;

/**
 * What the staffing search found.
 *
 * @param plan the cheapest staffing found that met every target (or, when none did, the last one tried)
 * @param firstGuess the analytic starting point
 * @param feasible whether some staffing met every target in the search
 * @param problem when not feasible, why, in one sentence
 * @param simulations runs of the scenario in the search (each of {@code replications} replications)
 * @param searchChecks the targets as the search's last run of {@code plan} met them
 * @param verificationSeed the seed of the re-run with fresh random numbers
 * @param verification the summary of that re-run
 * @param verificationChecks the targets on the re-run
 */
public record StaffingResult(
    StaffingPlan plan,
    FirstGuess firstGuess,
    boolean feasible,
    String problem,
    int simulations,
    int replications,
    List<TargetCheck> searchChecks,
    long verificationSeed,
    Summary verification,
    List<TargetCheck> verificationChecks) {
  public StaffingResult {
    searchChecks = List.copyOf(searchChecks);
    verificationChecks = List.copyOf(verificationChecks);
  }

  /**
   * Whether the search met every target and the re-run confirms each of them: none is missed with 95%
   * confidence ({@link TargetCheck#holds}).
   */
  public boolean targetsMet() {
    return feasible && verificationChecks.stream().allMatch(TargetCheck::holds);
  }

  /** Whether, on the re-run, every target's mean reaches it (stricter than {@link #targetsMet}). */
  public boolean everyMeanMeetsItsTarget() {
    return feasible && verificationChecks.stream().allMatch(TargetCheck::met);
  }

  /** Replications simulated in all: the search's and the verification's. */
  public long replicationsSimulated() {
    return (long) (simulations + 1) * replications;
  }
}
