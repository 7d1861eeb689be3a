package io.ccsim.report.sweep;

import io.ccsim.kpi.Kpi;
import io.ccsim.kpi.Scope;
import io.ccsim.kpi.View;
import io.ccsim.model.Quantities;
import io.ccsim.report.CsvHeader;
import io.ccsim.report.KpiPath;
import io.ccsim.report.SummaryCsv;
import io.ccsim.run.Summary;
import io.ccsim.stats.Estimate;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code sweep.csv}: one row per grid point, in grid order (the first parameter varies slowest). The
 * columns are the swept parameters (named by their paths), then for each channel and KPI shown in sweeps
 * {@code CHANNEL.KPI_mean} and {@code CHANNEL.KPI_ci95}, then likewise {@code groups.GROUP.KPI_mean} and
 * {@code _ci95} (occupancy). Undefined values are empty cells.
 *
 * <p>A swept rate ({@code arrivals.CHANNEL.rate}) keeps its column as given ({@code 180/h}, or a plain
 * number per second), which scripts already read, and gets a numeric column,
 * {@code arrivals.CHANNEL.rate_per_hour}, so that every column but the given text holds a plain number with
 * its unit in the header. It comes last, after the KPI columns, so that no column a script already reads
 * (by name or by position) moves.
 */
public final class SweepCsv {
  private SweepCsv() {}

  public static String render(List<String> parameters, List<SweepPoint> points) {
    return render(parameters, points, CsvHeader.JSON);
  }

  /** {@code names} spells the KPI part of each KPI column; the paths of parameters, channels and groups stay. */
  public static String render(List<String> parameters, List<SweepPoint> points, CsvHeader names) {
    if (points.isEmpty()) {
      throw new IllegalArgumentException("a sweep needs at least one point");
    }
    List<KpiPath> columns = columns(points.get(0).summary());
    StringBuilder out = new StringBuilder(String.join(",", parameters));
    for (KpiPath column : columns) {
      String name = column.toString();
      name = name.substring(0, name.length() - column.kpi().key().length()) + names.key(column.kpi().key());
      out.append(',').append(name).append("_mean,").append(name).append("_ci95");
    }
    for (String parameter : parameters) {
      if (isRate(parameter)) {
        out.append(',').append(parameter).append(RATE_PER_HOUR);
      }
    }
    out.append('\n');
    for (SweepPoint point : points) {
      out.append(String.join(",", point.values()));
      for (KpiPath column : columns) {
        Estimate e = column.estimate(point.summary()).orElseThrow();
        out.append(',').append(SummaryCsv.cell(e.mean())).append(',').append(SummaryCsv.cell(e.ci95()));
      }
      for (int i = 0; i < parameters.size(); i++) {
        if (isRate(parameters.get(i))) {
          out.append(',').append(SummaryCsv.cell(perHour(point.values().get(i))));
        }
      }
      out.append('\n');
    }
    return out.toString();
  }

  /** The suffix of the numeric column beside a swept rate's column. */
  public static final String RATE_PER_HOUR = "_per_hour";

  /**
   * A rate's text in contacts per hour, to a millionth: 190/h is 190/3600 per second inside, and back in
   * hours that reads 189.99999999999997 without the rounding.
   */
  static double perHour(String rate) {
    return Math.round(Quantities.parseRatePerSecond(rate) * 3600 * 1e6) / 1e6;
  }

  /** A swept arrival rate, whose values are texts such as {@code 180/h}. */
  private static boolean isRate(String parameter) {
    return parameter.startsWith("arrivals.") && parameter.endsWith(".rate");
  }

  /** Every channel's sweep KPIs, then every group's; every point has the same channels and groups. */
  private static List<KpiPath> columns(Summary first) {
    List<KpiPath> columns = new ArrayList<>();
    for (String channel : first.channels().keySet()) {
      Kpi.shownIn(Scope.CHANNEL, View.SWEEP).forEach(kpi -> columns.add(new KpiPath(kpi, channel)));
    }
    for (String group : first.groups().keySet()) {
      Kpi.shownIn(Scope.GROUP, View.SWEEP).forEach(kpi -> columns.add(new KpiPath(kpi, group)));
    }
    return columns;
  }
}
