package io.ccsim.fit;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One channel's voice-response stage from a log with VRU times: the time from VRU entry to the queue of
 * the calls that went on (its histogram, at whole seconds as logged), and the share of VRU arrivals that
 * left there: lost / (lost + offered), both by VRU entry within the selection.
 *
 * @param valuesSeconds the distinct VRU times of the calls that went on to the queue
 * @param weights how many calls took each
 * @param arrivals calls that entered the VRU (offered to the queue and lost in the VRU)
 * @param lost of them, those who left in the VRU
 */
public record VruFit(double[] valuesSeconds, double[] weights, long arrivals, long lost) {
  public double dropOut() {
    return (double) lost / arrivals;
  }

  public double meanSeconds() {
    double sum = 0;
    double n = 0;
    for (int i = 0; i < weights.length; i++) {
      sum += valuesSeconds[i] * weights[i];
      n += weights[i];
    }
    return sum / n;
  }

  /** From the times in the VRU of the calls that went on, and the counts of arrivals and losses. */
  static VruFit of(List<Double> timesSeconds, long arrivals, long lost) {
    Map<Double, Integer> counts = new TreeMap<>();
    timesSeconds.forEach(t -> counts.merge((double) Math.round(t), 1, Integer::sum));
    double[] values = counts.keySet().stream().mapToDouble(Double::doubleValue).toArray();
    double[] weights = counts.values().stream().mapToDouble(Integer::doubleValue).toArray();
    return new VruFit(values, weights, arrivals, lost);
  }
}
