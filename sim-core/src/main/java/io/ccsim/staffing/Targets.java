package io.ccsim.staffing;

import io.ccsim.kpi.Kpi;
import io.ccsim.model.Channel;
import io.ccsim.model.ChannelKind;
import io.ccsim.model.Scenario;
import io.ccsim.run.IntervalSummary;
import io.ccsim.run.Summary;
import io.ccsim.stats.Estimate;
import java.util.ArrayList;
import java.util.List;

/**
 * Which targets a staffing must meet, read from a run's summary. Per interval: every live channel in
 * every reporting interval where contacts arrived. Per day (or a scenario without intervals): every live
 * channel over the whole run. Deferred channels are always judged over the whole run: their threshold spans
 * many intervals, and the agents who answer an email are not those of the interval it arrived in.
 */
public final class Targets {
  private Targets() {}

  /** The checks of {@code summary}, a run of {@code scenario}; {@code perDay} judges live channels over the run. */
  public static List<TargetCheck> of(Scenario scenario, Summary summary, boolean perDay) {
    List<TargetCheck> checks = new ArrayList<>();
    IntervalSummary intervals = summary.intervals();
    for (Channel channel : scenario.channels()) {
      double target = channel.serviceLevel().target();
      boolean byInterval = !perDay && intervals != null && channel.kind() == ChannelKind.LIVE;
      if (!byInterval) {
        checks.add(new TargetCheck(channel.name(), -1, 0, target,
            summary.channels().get(channel.name()).get(Kpi.SERVICE_LEVEL)));
        continue;
      }
      List<Estimate> offered = intervals.channels().get(channel.name()).get("offered");
      List<Estimate> sl = intervals.channels().get(channel.name()).get("serviceLevel");
      for (int j = 0; j < sl.size(); j++) {
        if (offered.get(j).mean() > 0 && !Double.isNaN(sl.get(j).mean())) {
          checks.add(new TargetCheck(channel.name(), j, intervals.startSeconds().get(j), target, sl.get(j)));
        }
      }
    }
    return checks;
  }
}
