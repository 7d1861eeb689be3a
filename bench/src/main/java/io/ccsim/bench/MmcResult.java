package io.ccsim.bench;

/**
 * What one run of an M/M/c model measured, the same way for every implementation.
 *
 * @param events arrivals plus service completions fired
 * @param contacts contacts that arrived, counted or not
 * @param countedContacts contacts that arrived in [warmup, horizon)
 * @param waitSumSeconds the sum of the counted contacts' waits in queue
 */
public record MmcResult(long events, long contacts, long countedContacts, double waitSumSeconds) {
  /** The mean wait of the counted contacts in seconds; NaN when none was counted. */
  public double meanWaitSeconds() {
    return countedContacts == 0 ? Double.NaN : waitSumSeconds / countedContacts;
  }
}
