package io.ccsim.run;

import io.ccsim.kpi.Kpi;
import io.ccsim.kpi.Scope;
import io.ccsim.model.Scenario;
import java.util.EnumMap;
import java.util.Map;

/**
 * Where each per-replication KPI value sits in a {@link ReplicationOutcome}'s value row: every channel
 * KPI of every channel, every group KPI of every group, the journey KPIs (when the scenario has
 * journeys), the busy agents of all groups together, then per channel its VRU arrivals and drop-outs.
 */
record ValueLayout(int channels, int groups, boolean journeys) {
  private static final Map<Kpi, Integer> POSITION_IN_SCOPE = new EnumMap<>(Kpi.class);

  static {
    for (Scope scope : Scope.values()) {
      for (int i = 0; i < Kpi.of(scope).size(); i++) {
        POSITION_IN_SCOPE.put(Kpi.of(scope).get(i), i);
      }
    }
  }

  static ValueLayout of(Scenario scenario) {
    return new ValueLayout(scenario.channels().size(), scenario.groups().size(), scenario.journeys().active());
  }

  /** Where {@code kpi} (a channel or group KPI) of channel or group {@code index} sits; any index for journeys. */
  int of(Kpi kpi, int index) {
    int position = POSITION_IN_SCOPE.get(kpi);
    return switch (kpi.scope()) {
      case CHANNEL -> index * size(Scope.CHANNEL) + position;
      case GROUP -> channels * size(Scope.CHANNEL) + index * size(Scope.GROUP) + position;
      case JOURNEY -> {
        if (!journeys) {
          throw new IllegalArgumentException("the scenario has no journeys, so no " + kpi.key());
        }
        yield journeyStart() + position;
      }
    };
  }

  /** Where the busy agents of every group added up sit (for the occupancy of all agents together). */
  int busyAgents() {
    return journeyStart() + (journeys ? size(Scope.JOURNEY) : 0);
  }

  /** Where the VRU arrivals of channel {@code index} sit; its drop-outs follow (zero without a VRU). */
  int vruArrivals(int index) {
    return busyAgents() + 1 + 2 * index;
  }

  /** Values per replication. */
  int width() {
    return vruArrivals(channels);
  }

  private int journeyStart() {
    return channels * size(Scope.CHANNEL) + groups * size(Scope.GROUP);
  }

  private static int size(Scope scope) {
    return Kpi.of(scope).size();
  }
}
