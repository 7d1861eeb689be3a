package io.ccsim.report;

import io.ccsim.model.TimeOfDay;
import io.ccsim.run.IntervalSummary;
import io.ccsim.stats.Estimate;
import java.util.List;
import java.util.Map;

/**
 * Writes {@code intervals.csv}: one row per interval and channel, KPIs attributed to the interval in
 * which contacts arrived, each as a {@code _mean} and a {@code _ci95} column (see docs/intervals.md).
 */
public final class IntervalsCsv {
  private IntervalsCsv() {}

  public static String write(IntervalSummary intervals) {
    return write(intervals, CsvHeader.JSON);
  }

  /** {@code names} spells the KPI columns; the first four are in the snake_case scheme either way. */
  public static String write(IntervalSummary intervals, CsvHeader names) {
    StringBuilder out = new StringBuilder("interval_start,interval_end,start_seconds,channel");
    for (String key : IntervalSummary.CHANNEL_KEYS) {
      String name = names.key(key);
      out.append(',').append(name).append("_mean,").append(name).append("_ci95");
    }
    out.append('\n');
    List<Double> starts = intervals.startSeconds();
    for (int i = 0; i < starts.size(); i++) {
      double start = starts.get(i);
      for (Map.Entry<String, Map<String, List<Estimate>>> channel : intervals.channels().entrySet()) {
        out.append(TimeOfDay.format(start)).append(',')
            .append(endLabel(start + intervals.intervalSeconds())).append(',')
            .append(SummaryCsv.cell(start)).append(',').append(channel.getKey());
        for (String key : IntervalSummary.CHANNEL_KEYS) {
          Estimate e = channel.getValue().get(key).get(i);
          out.append(',').append(SummaryCsv.cell(e.mean())).append(',').append(SummaryCsv.cell(e.ci95()));
        }
        out.append('\n');
      }
    }
    return out.toString();
  }

  /** An interval that ends at midnight ends at "24:00" of its day, not at "00:00" of the next. */
  static String endLabel(double endSeconds) {
    long day = Math.round(endSeconds / TimeOfDay.DAY_SECONDS);
    if (day > 0 && Math.abs(endSeconds - day * TimeOfDay.DAY_SECONDS) < 1e-6) {
      return (day == 1 ? "" : "d" + day + " ") + "24:00";
    }
    return TimeOfDay.format(endSeconds);
  }
}
