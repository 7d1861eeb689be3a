package io.ccsim.model;

import io.ccsim.distribution.Distribution;

/**
 * A voice-response unit (VRU) stage before a live channel's agent queue: every arrival first spends
 * {@code time} in the VRU; then, with probability {@code dropOutProbability}, it leaves there (its
 * business done in the VRU, or given up) and never reaches the queue, else it joins the queue.
 *
 * @param time the time spent in the VRU
 * @param dropOutProbability the share of arrivals that leave in the VRU, in [0, 1)
 */
public record Vru(Distribution time, double dropOutProbability) {
  public Vru {
    if (time == null) {
      throw new IllegalArgumentException("a VRU needs a time");
    }
    if (!(dropOutProbability >= 0 && dropOutProbability < 1)) {
      throw new IllegalArgumentException("the VRU drop-out probability must be in [0, 1), got " + dropOutProbability);
    }
  }
}
