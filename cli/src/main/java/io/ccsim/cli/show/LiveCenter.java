package io.ccsim.cli.show;

import io.ccsim.center.Agent;
import io.ccsim.center.ChannelState;
import io.ccsim.center.Contact;
import io.ccsim.center.ContactCenter;
import io.ccsim.center.GroupState;
import io.ccsim.center.ReplicationResult;
import io.ccsim.kpi.Kpi;
import io.ccsim.model.Channel;
import io.ccsim.model.Scenario;
import io.ccsim.report.chart.SeriesColors;
import io.ccsim.run.ChannelSummary;
import io.ccsim.run.GroupSummary;
import io.ccsim.run.ReplicationRunner;
import io.ccsim.run.RunResult;
import io.ccsim.run.Summary;
import io.ccsim.stats.ChannelTally;
import io.ccsim.stats.Estimate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One scenario on the show: replication 0 of its {@link ContactCenter}, watched by a {@link Recorder},
 * and the picture of it the page draws (queues, agents, counts, running KPIs, journeys, and at the end
 * the summary of the finished run).
 */
final class LiveCenter {
  /**
   * The channel KPIs the page shows, as {@code summary.json} keys. They read only counts and sums: reading a
   * wait percentile would flush the tally's pending zero waits into its histogram while the run goes on.
   */
  static final List<Kpi> CHANNEL_KPIS =
      List.of(Kpi.OFFERED, Kpi.ANSWERED, Kpi.ABANDONED, Kpi.SERVICE_LEVEL, Kpi.ASA_SECONDS, Kpi.ABANDON_RATE);
  /** Waiting contacts drawn per queue; the count is shown beyond that. */
  static final int DRAWN_WAITING = 40;

  final String letter;
  final String file;
  final Scenario scenario;
  private ContactCenter center;
  private Recorder recorder;
  private RunResult run;
  /** The channels' tallies as they fill, in the scenario's order. */
  private List<ChannelTally> liveChannelTallies;

  LiveCenter(String letter, String file, Scenario scenario) {
    this.letter = letter;
    this.file = file;
    this.scenario = scenario;
    restart();
  }

  /** A fresh replication 0, from time 0. */
  void restart() {
    recorder = new Recorder(scenario.channels().stream().map(Channel::name).toList());
    center = new ContactCenter(scenario, 0).observe(recorder);
    liveChannelTallies = Arrays.stream(center.channels()).map(ChannelState::tally).toList();
    run = null;
  }

  /** Advances to {@code seconds} (or less far, if the run ends sooner); returns whether it has ended. */
  boolean runUntil(double seconds) {
    return center.runUntil(seconds);
  }

  double nextEventSeconds() {
    return center.nextEventSeconds();
  }

  boolean ended() {
    return center.ended();
  }

  double nowSeconds() {
    return center.nowSeconds();
  }

  /** The finished run, as `ccsim run FILE --replications 1` would give it; runs what is left first. */
  RunResult finish() {
    if (run == null) {
      ReplicationResult result = center.finish();
      run = ReplicationRunner.of(scenario, List.of(result));
    }
    return run;
  }

  /** The picture of this center now, as plain maps and lists for JSON. */
  Map<String, Object> snapshot() {
    double now = center.nowSeconds();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("letter", letter);
    out.put("name", scenario.name());
    out.put("file", file);
    out.put("now", now);
    out.put("events", center.firedEvents());
    out.put("ended", center.ended());
    out.put("measuring", now >= scenario.warmupSeconds());
    List<Map<String, Object>> channels = new ArrayList<>();
    for (ChannelState channel : center.channels()) {
      channels.add(channel(channel, now));
    }
    out.put("channels", channels);
    List<Map<String, Object>> groups = new ArrayList<>();
    for (GroupState group : center.groups()) {
      groups.add(group(group, now));
    }
    out.put("groups", groups);
    out.put("counts", recorder.counts());
    out.put("journeys", recorder.recentJourneys());
    out.put("final", run == null ? null : finalKpis(run.summary()));
    return out;
  }

  private Map<String, Object> channel(ChannelState channel, double now) {
    Channel spec = channel.spec();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("name", spec.name());
    out.put("kind", spec.kind().name().toLowerCase(Locale.ROOT));
    out.put("color", SeriesColors.css(SeriesColors.of(spec.name())));
    out.put("waiting", channel.queue().size());
    List<Map<String, Object>> drawn = new ArrayList<>();
    for (Contact c = channel.queue().peek(); c != null && drawn.size() < DRAWN_WAITING; c = next(channel, c)) {
      Map<String, Object> waiting = new LinkedHashMap<>();
      waiting.put("wait", now - c.arrivalSeconds());
      waiting.put("context", c.withContext());
      drawn.add(waiting);
    }
    out.put("queue", drawn);
    Map<String, Object> kpis = new LinkedHashMap<>();
    // The live tallies, read as one replication so far: the catalogue's channel KPIs need only them.
    ReplicationResult soFar = new ReplicationResult(liveChannelTallies, new double[0], List.of(), null, List.of(),
        now, 0, 0);
    for (Kpi kpi : CHANNEL_KPIS) {
      kpis.put(kpi.key(), number(kpi.perReplication(scenario, soFar, channel.index())));
    }
    out.put("kpis", kpis);
    return out;
  }

  private static Contact next(ChannelState channel, Contact c) {
    return channel.queue().after(c);
  }

  private Map<String, Object> group(GroupState group, double now) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("name", group.spec().name());
    List<Map<String, Object>> agents = new ArrayList<>();
    for (Agent agent : group.agents()) {
      Map<String, Object> a = new LinkedHashMap<>();
      a.put("presence", agent.presence().name().toLowerCase(Locale.ROOT).replace('_', '-'));
      List<Map<String, Object>> items = new ArrayList<>();
      for (int i = 0; i < agent.itemsHeld(); i++) {
        Contact item = agent.item(i);
        Map<String, Object> it = new LinkedHashMap<>();
        it.put("channel", item.channelIndex());
        it.put("state", item.isPaused() ? "paused" : item.isInWrapUp() ? "wrap-up" : "working");
        it.put("context", item.withContext());
        items.add(it);
      }
      a.put("items", items);
      agents.add(a);
    }
    out.put("agents", agents);
    out.put("occupancy", number(group.tally().slotOccupancy(now)));
    return out;
  }

  private static Map<String, Object> finalKpis(Summary summary) {
    Map<String, Object> out = new LinkedHashMap<>();
    Map<String, Object> channels = new LinkedHashMap<>();
    for (Map.Entry<String, ChannelSummary> e : summary.channels().entrySet()) {
      ChannelSummary c = e.getValue();
      Map<String, Object> kpis = new LinkedHashMap<>();
      for (Kpi kpi : CHANNEL_KPIS) {
        kpis.put(kpi.key(), mean(c.get(kpi)));
      }
      channels.put(e.getKey(), kpis);
    }
    out.put("channels", channels);
    Map<String, Object> groups = new LinkedHashMap<>();
    for (Map.Entry<String, GroupSummary> e : summary.groups().entrySet()) {
      groups.put(e.getKey(), Map.of("occupancy", mean(e.getValue().get(Kpi.OCCUPANCY))));
    }
    out.put("groups", groups);
    return out;
  }

  private static Double mean(Estimate estimate) {
    return number(estimate.mean());
  }

  /** JSON has no NaN: an undefined KPI (nothing measured yet) is null. */
  static Double number(double value) {
    return Double.isFinite(value) ? value : null;
  }
}
