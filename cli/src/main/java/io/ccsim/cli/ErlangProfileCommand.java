package io.ccsim.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ccsim.analytic.ErlangA;
import io.ccsim.analytic.ErlangAResult;
import io.ccsim.analytic.ErlangC;
import io.ccsim.analytic.ErlangCResult;
import io.ccsim.analytic.QueueLimits;
import io.ccsim.analytic.StaffingGoal;
import io.ccsim.analytic.Traffic;
import io.ccsim.model.TimeOfDay;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ccsim erlang profile}: the classic interval-by-interval staffing. Each interval of an arrival
 * profile is staffed on its own, as if it were in steady state, which is exactly what a simulation of the
 * day shows falling short after peaks and with backlog.
 */
@Command(
    name = "profile",
    mixinStandardHelpOptions = true,
    description = {
      "Staff each interval of an arrival profile on its own with Erlang C (or Erlang A with --patience).",
      "Each interval is treated as a steady state: no queue carries over from the interval before, which",
      "is why a simulation of the same day shows dips after peaks. Prints agents per interval and their sum."
    },
    footer = {
      "",
      "Example (the Anonymous Bank's weekday profile from 07:00, half-hour intervals):",
      "  ccsim erlang profile --rates 30/h,40/h,69/h,118/h,91/h,110/h \\",
      "      --interval 30m --start 07:00 \\",
      "      --aht 183s --threshold 20s --target 0.80"
    })
final class ErlangProfileCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--rates", required = true, split = ",", paramLabel = "<rate>",
      description = "Arrival rate of each interval, comma-separated, e.g. 120/h,150/h,180/h.")
  List<String> rates;

  @Option(names = "--interval", defaultValue = "30m", paramLabel = "<duration>",
      description = "Interval length (default: ${DEFAULT-VALUE}).")
  String interval;

  @Option(names = "--start", defaultValue = "00:00", paramLabel = "<HH:MM>",
      description = "Time of day the first interval starts (default: ${DEFAULT-VALUE}).")
  String start;

  @Option(names = "--aht", required = true, paramLabel = "<duration>", description = "Average handle time.")
  String aht;

  @Option(names = "--threshold", required = true, paramLabel = "<duration>", description = "Service-level threshold T.")
  String threshold;

  @Option(names = "--target", required = true, paramLabel = "<fraction>",
      description = "Service-level target (answered within T / offered), e.g. 0.80.")
  String target;

  @Option(names = "--max-occupancy", paramLabel = "<fraction>", description = "Also keep occupancy at or below this.")
  String maxOccupancy;

  @Option(names = "--patience", paramLabel = "<duration>",
      description = "Mean patience: staff with Erlang A instead of Erlang C.")
  String patience;

  @Option(names = "--json", description = "Print one JSON object instead of the table.")
  boolean json;

  @Mixin DebugOption debugOption;

  /** One interval's staffing. */
  record Row(double startSeconds, double ratePerSecond, double loadErlangs, int agents, double serviceLevel,
      double occupancy) {}

  @Override
  public Integer call() {
    double intervalSeconds = OptionValues.duration("--interval", interval, false);
    double startSeconds;
    try {
      startSeconds = TimeOfDay.parseSeconds(start);
    } catch (IllegalArgumentException e) {
      throw OptionValues.bad("--start", e.getMessage());
    }
    double ahtSeconds = OptionValues.duration("--aht", aht, false);
    double thresholdSeconds = OptionValues.duration("--threshold", threshold, true);
    double serviceLevelTarget = OptionValues.fraction("--target", target, true);
    double occupancyCeiling = maxOccupancy == null ? 1 : OptionValues.fraction("--max-occupancy", maxOccupancy, false);
    QueueLimits limits = patience == null ? null
        : QueueLimits.patience(OptionValues.duration("--patience", patience, false));
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < rates.size(); i++) {
      // A closed interval has rate 0 and needs nobody.
      String text = rates.get(i).trim();
      double rate = text.matches("0+(\\.0*)?(/.*)?") ? 0 : OptionValues.rate("--rates", text);
      rows.add(staff(startSeconds + i * intervalSeconds, rate, ahtSeconds, thresholdSeconds, serviceLevelTarget,
          occupancyCeiling, limits));
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      ErlangFormat.print(out, json(rows, intervalSeconds));
    } else {
      text(out, rows, intervalSeconds, thresholdSeconds, serviceLevelTarget);
    }
    return Main.OK;
  }

  private static Row staff(double start, double rate, double ahtSeconds, double thresholdSeconds, double target,
      double occupancyCeiling, QueueLimits limits) {
    if (rate == 0) {
      return new Row(start, 0, 0, 0, Double.NaN, Double.NaN);
    }
    Traffic traffic = new Traffic(rate, ahtSeconds);
    StaffingGoal goal = StaffingGoal.of(target, occupancyCeiling, traffic.loadErlangs());
    String where = "--rates: the interval at " + TimeOfDay.format(start);
    if (limits == null) {
      ErlangCResult r = ErlangC.staff(traffic, thresholdSeconds, goal)
          .orElseThrow(() -> new BadInputException(where + " cannot reach the target with up to " + goal.maxAgents()
              + " agents; allowed: a lower --target or a higher --max-occupancy"));
      return new Row(start, rate, r.loadErlangs(), r.agents(), r.serviceLevel(), r.occupancy());
    }
    ErlangAResult r = ErlangA.staff(traffic, limits, thresholdSeconds, goal)
        .orElseThrow(() -> new BadInputException(where + " cannot reach the target with up to " + goal.maxAgents()
            + " agents; allowed: a lower --target or a higher --max-occupancy"));
    return new Row(start, rate, r.loadErlangs(), r.agents(), r.serviceLevel(), r.occupancy());
  }

  private void text(PrintWriter out, List<Row> rows, double intervalSeconds, double thresholdSeconds,
      double target) {
    out.println((patience == null ? "Erlang C" : "Erlang A") + " staffing per interval, each on its own: service level >= "
        + ErlangFormat.percent(target) + " within " + ErlangFormat.duration(thresholdSeconds)
        + " (answered within T / offered)");
    out.println(String.format(Locale.ROOT, "%-8s %10s %8s %7s %9s %10s", "interval", "rate", "Erlangs", "agents",
        "SL", "occupancy"));
    double agentHours = 0;
    for (Row row : rows) {
      out.println(String.format(Locale.ROOT, "%-8s %10s %8.2f %7d %9s %10s", TimeOfDay.format(row.startSeconds()),
          ErlangFormat.ratePerHour(row.ratePerSecond()), row.loadErlangs(), row.agents(),
          Double.isNaN(row.serviceLevel()) ? "-" : ErlangFormat.percent(row.serviceLevel()),
          Double.isNaN(row.occupancy()) ? "-" : ErlangFormat.percent(row.occupancy())));
      agentHours += row.agents() * intervalSeconds / 3600;
    }
    out.println(String.format(Locale.ROOT, "total: %.1f agent-hours over %d intervals", agentHours, rows.size()));
  }

  private static ObjectNode json(List<Row> rows, double intervalSeconds) {
    ObjectNode node = ErlangFormat.object();
    node.put("intervalSeconds", intervalSeconds);
    ArrayNode array = node.putArray("intervals");
    double agentHours = 0;
    for (Row row : rows) {
      ObjectNode item = array.addObject();
      item.put("startSeconds", row.startSeconds());
      ErlangFormat.put(item, "ratePerHour", row.ratePerSecond() * 3600);
      ErlangFormat.put(item, "loadErlangs", row.loadErlangs());
      item.put("agents", row.agents());
      ErlangFormat.put(item, "serviceLevel", row.serviceLevel());
      ErlangFormat.put(item, "occupancy", row.occupancy());
      agentHours += row.agents() * intervalSeconds / 3600;
    }
    node.put("agentHours", agentHours);
    return node;
  }
}
