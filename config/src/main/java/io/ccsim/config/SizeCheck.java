package io.ccsim.config;

import io.ccsim.model.AgentGroup;
import io.ccsim.model.ArrivalStream;
import io.ccsim.model.Scenario;
import io.ccsim.run.Engine;
import io.ccsim.size.RunSize;
import java.util.List;

/**
 * Refuses a scenario whose one replication would not fit in the heap on the engine that would run it
 * ({@link RunSize} estimates it), at the value that drives the size: the busiest channel's arrival rate
 * or backlog, or, on the general engine, the largest group's count.
 */
final class SizeCheck {
  private SizeCheck() {}

  static void check(Scenario scenario, ScenarioSpec spec, ScenarioSource source, Engine requested, long heapBytes) {
    Engine engine;
    try {
      engine = requested.resolve(scenario, null);
    } catch (IllegalArgumentException misfit) {
      engine = Engine.GENERAL; // the command reports the misfit itself
    }
    RunSize size = RunSize.of(scenario);
    if (size.fits(engine, heapBytes)) {
      return;
    }
    String need = RunSize.bytes(size.bytesPerReplication(engine));
    String heap = RunSize.bytes(heapBytes);
    String larger = "or -Xmx" + Math.max(1, (long) Math.ceil(size.bytesPerReplication(engine) / 0.8 / (1L << 30)))
        + "g";
    if (size.agentBytes(engine) > size.contactBytes(engine)) {
      List<AgentGroup> groups = scenario.groups();
      int largest = 0;
      for (int g = 1; g < groups.size(); g++) {
        if (groups.get(g).count() > groups.get(largest).count()) {
          largest = g;
        }
      }
      throw source.error(Paths.field(Paths.index("agents", largest), "count"), "the general engine needs ~" + need
          + " for " + size.agents() + " agent objects, heap " + heap,
          "fewer agents, --engine auto (if the kernel applies), " + larger);
    }
    RunSize.ChannelLoad busiest = size.busiestChannel();
    String path = streamPath(scenario, spec, busiest);
    throw source.error(path, "~" + RunSize.count(busiest.present()) + " " + busiest.channel()
        + " contacts at once (" + busiest.reason() + "): ~" + need + ", heap " + heap,
        (busiest.fromBacklog() ? "a smaller backlog, " : "a lower rate, more agents, patience or queueCapacity, ")
            + larger);
  }

  /** The arrival stream of the channel that brings the most (its backlog, or its rate). */
  private static String streamPath(Scenario scenario, ScenarioSpec spec, RunSize.ChannelLoad load) {
    List<ArrivalStream> arrivals = scenario.arrivals();
    int best = -1;
    for (int i = 0; i < arrivals.size(); i++) {
      ArrivalStream s = arrivals.get(i);
      if (!s.channel().equals(load.channel())) {
        continue;
      }
      if (best < 0 || (load.fromBacklog() ? s.initialBacklog() > arrivals.get(best).initialBacklog()
          : s.ratePerSecond() > arrivals.get(best).ratePerSecond())) {
        best = i;
      }
    }
    if (best < 0) {
      return Paths.field("channels", load.channel());
    }
    String stream = Paths.index("arrivals", best);
    if (load.fromBacklog()) {
      return Paths.field(stream, "initialBacklog");
    }
    ArrivalSpec s = spec.arrivals() != null && best < spec.arrivals().size() ? spec.arrivals().get(best) : null;
    String key = s == null || s.rate() != null ? "rate" : s.profile() != null ? "profile" : "dailyVolume";
    return Paths.field(stream, key);
  }
}
