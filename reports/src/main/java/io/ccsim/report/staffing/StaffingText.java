package io.ccsim.report.staffing;

import io.ccsim.kpi.Format;
import io.ccsim.report.TextTable;
import io.ccsim.staffing.StaffingPlan;
import io.ccsim.staffing.StaffingResult;
import io.ccsim.staffing.TargetCheck;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The text report of {@code ccsim staff}: the staffing table, agent-hours and cost, and the targets on the re-run. */
public final class StaffingText {
  private StaffingText() {}

  public static String render(StaffingTable table, String per) {
    StaffingResult result = table.result();
    StaffingPlan plan = table.plan();
    StringBuilder out = new StringBuilder();
    out.append(table.scenario().name()).append('\n');
    out.append(String.format(Locale.ROOT, "Staffing %s, searched with seed %d and %d replications"
        + " (%d simulations, %d replications with the re-run)%n", plan.stationary() ? "for the whole run"
        : "per " + minutes(plan.intervalSeconds()) + "-minute interval, targets "
        + (per.equals("day") ? "over the day" : "per interval"), table.scenario().seed(), result.replications(),
        result.simulations(), result.replicationsSimulated()));
    out.append('\n');
    List<List<String>> rows = new ArrayList<>();
    List<String> header = new ArrayList<>(List.of("interval"));
    header.addAll(plan.groups());
    header.addAll(List.of("total", "Erlang", "offered load"));
    rows.add(header);
    double[] erlang = result.firstGuess().erlangAgents();
    double[] load = result.firstGuess().offeredLoad();
    for (int i : table.rows()) {
      List<String> row = new ArrayList<>();
      row.add(plan.stationary() ? "all" : table.start(i));
      for (int g = 0; g < plan.groups().size(); g++) {
        row.add(Integer.toString(plan.agents(i, g)));
      }
      row.add(Integer.toString(table.total(i)));
      row.add(Long.toString(Math.round(erlang[i])));
      row.add(String.format(Locale.ROOT, "%.1f", load[i]));
      rows.add(row);
    }
    TextTable.appendAligned(out, rows);
    out.append("Erlang: agents per channel by Erlang C/A, channel by channel (no pooling, no shrinkage);"
        + " offered load in Erlangs\n\n");
    StringBuilder byGroup = new StringBuilder();
    for (int g = 0; g < plan.groups().size(); g++) {
      byGroup.append(g == 0 ? "" : ", ").append(plan.groups().get(g)).append(' ')
          .append(String.format(Locale.ROOT, "%.1f", table.agentHours(g)));
    }
    out.append(String.format(Locale.ROOT, "agent-hours%s: %.1f (%s); cost %.2f%n",
        plan.stationary() ? " over the measured " + String.format(Locale.ROOT, "%.1f", table.stationaryHours()) + " h"
            : " per day", table.agentHours(), byGroup, table.cost()));
    if (!result.feasible()) {
      out.append("NOT FEASIBLE: ").append(result.problem()).append("; the staffing above is the best found\n");
    }
    out.append('\n');
    List<TargetCheck> checks = result.verificationChecks();
    long missed = checks.stream().filter(c -> !c.holds()).count();
    long noise = checks.stream().filter(c -> c.holds() && !c.met()).count();
    out.append(String.format(Locale.ROOT, "Targets on the re-run with fresh random numbers (seed %d): %s%n",
        result.verificationSeed(), missed > 0 ? missed + " of " + checks.size() + " missed"
            : "every target holds (" + (checks.size() - noise) + " of " + checks.size() + " with the mean at or"
                + " above it" + (noise == 0 ? ")" : ", " + noise + " short of it by less than the 95% interval)")));
    List<List<String>> targetRows = new ArrayList<>();
    targetRows.add(List.of("channel", "interval", "target", "service level", "met"));
    for (TargetCheck c : checks) {
      targetRows.add(List.of(c.channel(), c.wholeRun() ? "whole run" : dayClock(c.startSeconds()),
          TextTable.number(c.target(), Format.PERCENT), TextTable.format(c.achieved(), Format.PERCENT),
          c.met() ? "yes" : c.holds() ? "within CI" : "NO"));
    }
    TextTable.appendAligned(out, targetRows);
    out.append("met: yes, the mean reaches the target; within CI, the mean is short of it but the 95% interval"
        + " reaches it;\nNO, the whole interval is below it. The search required the lower end of the 95% interval"
        + " to reach it.\n\n");
    out.append("KPIs on the re-run:\n");
    out.append(TextTable.render(result.verification()));
    return out.toString();
  }

  private static String minutes(double seconds) {
    double m = seconds / 60;
    return m == Math.rint(m) ? Long.toString((long) m) : String.format(Locale.ROOT, "%.1f", m);
  }

  private static String dayClock(double startSeconds) {
    int day = (int) (startSeconds / 86_400);
    String clock = StaffingTable.clock(startSeconds - day * 86_400.0);
    return day == 0 ? clock : "d" + (day + 1) + " " + clock;
  }
}
