package io.ccsim.run;

import io.ccsim.kpi.Kpi;
import io.ccsim.model.AgentGroup;
import io.ccsim.model.Scenario;
import org.HdrHistogram.Histogram;

/**
 * A run's KPIs replication by replication, found by channel or group name: what paired comparisons
 * take differences of. Each KPI is defined once, in the catalogue ({@link Kpi}); a KPI that is not
 * defined in a replication (nothing answered, say) is NaN.
 */
public final class ReplicationKpis {
  private ReplicationKpis() {}

  /**
   * Per replication, in order, {@code kpi} of the channel or group named {@code subject} (ignored for
   * journey KPIs).
   */
  public static double[] perReplication(RunResult run, Kpi kpi, String subject) {
    Scenario scenario = run.scenario();
    int index = switch (kpi.scope()) {
      case CHANNEL -> channelIndex(scenario, subject);
      case GROUP -> groupIndex(scenario, subject);
      case JOURNEY -> 0;
    };
    return run.values().perReplication(kpi, index);
  }

  /** Per replication, the occupancy of all agents together: busy agents of every group / all agents. */
  public static double[] allAgentsOccupancy(RunResult run) {
    int agents = run.scenario().groups().stream().mapToInt(AgentGroup::count).sum();
    double[] values = run.values().busyAgents();
    for (int r = 0; r < values.length; r++) {
      values[r] = values[r] / agents;
    }
    return values;
  }

  /** The waits of {@code channelName} merged over the run's replications (the wait-time distribution). */
  public static Histogram waitHistogram(RunResult run, String channelName) {
    int index = channelIndex(run.scenario(), channelName);
    return run.values().waitMillis(index);
  }

  private static int channelIndex(Scenario scenario, String name) {
    int index = scenario.channelIndex(name);
    if (index < 0) {
      throw new IllegalArgumentException("no channel '" + name + "' in scenario " + scenario.name());
    }
    return index;
  }

  private static int groupIndex(Scenario scenario, String name) {
    for (int g = 0; g < scenario.groups().size(); g++) {
      if (scenario.groups().get(g).name().equals(name)) {
        return g;
      }
    }
    throw new IllegalArgumentException("no group '" + name + "' in scenario " + scenario.name());
  }
}
