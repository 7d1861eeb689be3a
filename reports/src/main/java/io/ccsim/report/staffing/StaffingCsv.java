package io.ccsim.report.staffing;

import io.ccsim.staffing.StaffingPlan;
import java.util.Locale;

/**
 * Writes {@code staffing.csv}: one row per interval listed, with the agents of each group, their total,
 * the Erlang answer channel by channel and the offered load (Erlangs).
 */
public final class StaffingCsv {
  private StaffingCsv() {}

  public static String render(StaffingTable table) {
    StaffingPlan plan = table.plan();
    double[] erlang = table.result().firstGuess().erlangAgents();
    double[] load = table.result().firstGuess().offeredLoad();
    StringBuilder out = new StringBuilder("interval_start,interval_end");
    plan.groups().forEach(g -> out.append(',').append(g));
    out.append(",total,erlang_agents,offered_load_erlangs\n");
    for (int i : table.rows()) {
      out.append(table.start(i)).append(',').append(table.end(i));
      for (int g = 0; g < plan.groups().size(); g++) {
        out.append(',').append(plan.agents(i, g));
      }
      out.append(',').append(table.total(i)).append(',').append(Math.round(erlang[i]))
          .append(',').append(String.format(Locale.ROOT, "%.3f", load[i])).append('\n');
    }
    return out.toString();
  }
}
