package io.ccsim.fit;

import java.util.List;
import java.util.Map;

/**
 * Arrivals of the selection: per type, the mean number of calls per interval over the selected days
 * (the weekday profile), and the day-to-day over-dispersion as a busyness factor.
 *
 * <p>Busyness is the method-of-moments estimate for a Poisson count with a gamma(mean 1, cv) day factor
 * (docs/scenario-format.md): a day's volume N has mean m and variance m + cv²·m², so
 * cv² = (s² − m) / m², with s² the sample variance of the daily totals over every type; 0 when the days
 * vary no more than Poisson.
 *
 * @param perInterval type to the mean calls per interval, one per interval of the window
 * @param dailyMean mean calls per selected day, all types
 * @param dailyCi95 95% half-width of the daily mean (Student t over the days)
 * @param dailySd the sample standard deviation of the daily totals
 * @param busynessCv the estimated busyness coefficient of variation of the daily volume
 * @param daily calls per selected day
 * @param perDay type to the calls per interval of each selected day, the days in date order ({@code --by-date})
 */
public record ArrivalFit(Map<String, double[]> perInterval, double dailyMean, double dailyCi95, double dailySd,
    double busynessCv, Map<Integer, Integer> daily, Map<String, double[][]> perDay) {
  /**
   * The busyness of the load per counted agent-hour, L = N / H per day: cv² = s_L² / m_L² − 1 / m_N, its
   * Poisson part taken out; 0 when not above it. A center that staffs its busy days more sees less of its
   * volume's day-to-day variation as queueing; the scenario has the mean day's staffing, so this is the
   * day factor it gets.
   */
  double loadBusynessCv(Map<Integer, Double> countedHours) {
    List<Double> load = new java.util.ArrayList<>();
    daily.forEach((day, calls) -> {
      Double h = countedHours.get(day);
      if (h != null && h > 0) {
        load.add(calls / h);
      }
    });
    if (load.size() < 2) {
      return 0;
    }
    double m = load.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    double v = load.stream().mapToDouble(x -> (x - m) * (x - m)).sum() / (load.size() - 1);
    double cv2 = v / (m * m) - 1 / dailyMean;
    return cv2 > 0 ? Math.sqrt(cv2) : 0;
  }

  static ArrivalFit of(List<Call> calls, Selection selection, java.util.function.Function<Call, String> channelOf) {
    Map<String, double[]> counts = new java.util.LinkedHashMap<>();
    Map<String, double[][]> perDay = new java.util.LinkedHashMap<>();
    Map<Integer, Integer> daily = new java.util.TreeMap<>();
    selection.days().forEach(d -> daily.put(d, 0));
    List<Integer> days = selection.dayList();
    for (Call c : calls) {
      String channel = channelOf.apply(c);
      int interval = selection.intervalOf(c);
      counts.computeIfAbsent(channel, k -> new double[selection.intervals()])[interval]++;
      perDay.computeIfAbsent(channel, k -> new double[days.size()][selection.intervals()])[days.indexOf(c.day())][interval]++;
      daily.merge(c.day(), 1, Integer::sum);
    }
    int n = selection.days().size();
    counts.values().forEach(a -> {
      for (int i = 0; i < a.length; i++) {
        a[i] /= n;
      }
    });
    double mean = daily.values().stream().mapToInt(Integer::intValue).average().orElse(0);
    double var = n < 2 ? 0 : daily.values().stream().mapToDouble(v -> (v - mean) * (v - mean)).sum() / (n - 1);
    double cv2 = mean > 0 ? (var - mean) / (mean * mean) : 0;
    double t = n < 2 ? Double.NaN : new org.apache.commons.math3.distribution.TDistribution(n - 1)
        .inverseCumulativeProbability(0.975);
    return new ArrivalFit(counts, mean, t * Math.sqrt(var / n), Math.sqrt(var), cv2 > 0 ? Math.sqrt(cv2) : 0, daily,
        perDay);
  }
}
