package io.ccsim.kpi;

import static io.ccsim.kpi.Direction.HIGHER_IS_BETTER;
import static io.ccsim.kpi.Direction.LOWER_IS_BETTER;
import static io.ccsim.kpi.Direction.NONE;
import static io.ccsim.kpi.Format.COUNT;
import static io.ccsim.kpi.Format.DECIMAL;
import static io.ccsim.kpi.Format.PERCENT;
import static io.ccsim.kpi.Format.SECONDS;
import static io.ccsim.kpi.Scope.CHANNEL;
import static io.ccsim.kpi.Scope.GROUP;
import static io.ccsim.kpi.Scope.JOURNEY;

import io.ccsim.center.ReplicationResult;
import io.ccsim.kpi.Computation.MeanOverReplications;
import io.ccsim.kpi.Computation.MergedWaitPercentile;
import io.ccsim.model.Channel;
import io.ccsim.model.Scenario;
import io.ccsim.stats.ChannelTally;
import io.ccsim.stats.Estimate;
import io.ccsim.stats.GroupTally;
import io.ccsim.stats.JourneyTally;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToDoubleBiFunction;
import java.util.function.ToDoubleFunction;
import org.HdrHistogram.Histogram;

/**
 * The KPI catalogue: every channel, group and journey KPI, defined once. The summary builder, the
 * {@code summary.json} and CSV writers, the tables, {@code compare}, {@code check} and {@code sweep} all
 * iterate it. Within a scope the constants are in {@code summary.json} order, and new ones go last:
 * that order is a contract. Each entry has its {@code summary.json} key, a label for tables, a format,
 * which way is better, where it is shown beyond {@code summary.json}, and how one replication's tallies
 * give its value. Counts are per replication over the measurement window; docs/summary-json.md says
 * what each KPI means.
 */
public enum Kpi {
  OFFERED(CHANNEL, "offered", "offered", COUNT, NONE, View.ALL, channel((c, t) -> t.offered())),
  ANSWERED(CHANNEL, "answered", "answered", COUNT, NONE, View.ALL, channel((c, t) -> t.answered())),
  ABANDONED(CHANNEL, "abandoned", "abandoned", COUNT, NONE, View.ALL, channel((c, t) -> t.abandoned())),
  BLOCKED(CHANNEL, "blocked", "blocked", COUNT, NONE, View.ALL, channel((c, t) -> t.blocked())),
  SERVICE_LEVEL(CHANNEL, "serviceLevel", "service level", PERCENT, HIGHER_IS_BETTER, View.ALL,
      channel((c, t) -> c.serviceLevel().definition()
          .apply(t.offered(), t.answered(), t.answeredWithinThreshold(), t.abandonedWithinThreshold()))),
  ASA_SECONDS(CHANNEL, "asaSeconds", "ASA (s)", SECONDS, LOWER_IS_BETTER, View.ALL,
      channel((c, t) -> ratio(t.answeredWaitSumSeconds(), t.answered()))),
  /** Over all offered contacts: abandoners' time in queue included, blocked contacts as zero. */
  MEAN_WAIT_SECONDS(CHANNEL, "meanWaitSeconds", "mean wait, all offered (s)", SECONDS, LOWER_IS_BETTER, View.ALL,
      channel((c, t) -> ratio(t.allWaitSumSeconds(), t.offered()))),
  /** Every contact not served at once: queued or blocked. */
  PROB_WAIT(CHANNEL, "probWait", "P(wait)", PERCENT, LOWER_IS_BETTER, View.ALL,
      channel((c, t) -> ratio(t.delayedCount(), t.offered()))),
  ABANDON_RATE(CHANNEL, "abandonRate", "abandon rate", PERCENT, LOWER_IS_BETTER, View.ALL,
      channel((c, t) -> ratio(t.abandoned(), t.offered()))),
  BLOCK_RATE(CHANNEL, "blockRate", "block rate", PERCENT, LOWER_IS_BETTER, View.ALL,
      channel((c, t) -> ratio(t.blocked(), t.offered()))),
  WAIT_P50_SECONDS(CHANNEL, "waitP50Seconds", "wait p50 (s)", SECONDS, LOWER_IS_BETTER, View.ALL,
      new MergedWaitPercentile(50)),
  WAIT_P90_SECONDS(CHANNEL, "waitP90Seconds", "wait p90 (s)", SECONDS, LOWER_IS_BETTER, View.ALL,
      new MergedWaitPercentile(90)),
  WAIT_P99_SECONDS(CHANNEL, "waitP99Seconds", "wait p99 (s)", SECONDS, LOWER_IS_BETTER, View.ALL,
      new MergedWaitPercentile(99)),
  /** Non-zero only for overloaded runs; the tables warn about it rather than show a row. */
  UNFINISHED(CHANNEL, "unfinished", "unfinished", COUNT, NONE, Set.of(), channel((c, t) -> t.unfinishedCount())),
  AHT_SECONDS(CHANNEL, "ahtSeconds", "handle time, AHT (s)", SECONDS, NONE, View.ALL,
      channel((c, t) -> ratio(t.handleSumSeconds(), t.handled()))),
  HOLD_SECONDS(CHANNEL, "holdSeconds", "of which hold (s)", SECONDS, NONE, View.ALL,
      channel((c, t) -> ratio(t.holdSumSeconds(), t.handled()))),
  BACKLOG_AT_END(CHANNEL, "backlogAtEnd", "backlog at end", COUNT, NONE, View.ALL,
      channel((c, t) -> t.backlogAtHorizon())),

  /**
   * Capacity in use over the capacity of the agents available (logged in, not on a break); for agents
   * who hold one contact at a time and are on duty all the time, busy agents / agents.
   */
  OCCUPANCY(GROUP, "occupancy", "occupancy", PERCENT, NONE, View.ALL, group((t, end) -> t.slotOccupancy(end))),
  /** The same figure as occupancy, under the glossary's name for concurrent work. */
  SLOT_OCCUPANCY(GROUP, "slotOccupancy", "slot occupancy", PERCENT, NONE, EnumSet.of(View.CSV),
      group((t, end) -> t.slotOccupancy(end))),
  BUSY_SHARE(GROUP, "busyShare", "busy share", PERCENT, NONE, EnumSet.of(View.TEXT, View.CSV),
      group((t, end) -> t.busyShare(end))),
  CONCURRENCY(GROUP, "concurrency", "concurrency", DECIMAL, NONE, EnumSet.of(View.TEXT, View.CSV),
      group((t, end) -> t.meanConcurrency(end))),
  INTERRUPTIONS(GROUP, "interruptions", "interruptions", COUNT, NONE, EnumSet.of(View.TEXT, View.CSV),
      group((t, end) -> t.interruptions())),
  OVERTIME_SECONDS(GROUP, "overtimeSeconds", "overtime (s)", SECONDS, NONE, EnumSet.of(View.CSV),
      group((t, end) -> t.overtimeSeconds())),

  ISSUES(JOURNEY, "issues", "issues", COUNT, NONE, EnumSet.of(View.TEXT, View.COMPARE),
      journey(t -> t.issuesClosed())),
  CONTACTS_PER_ISSUE(JOURNEY, "contactsPerIssue", "contacts per issue", DECIMAL, NONE,
      EnumSet.of(View.TEXT, View.COMPARE), journey(t -> ratio(t.contacts(), t.issuesClosed()))),
  /** Share of contacts that follow up an earlier contact of the same issue. */
  REPEAT_CONTACT_RATE(JOURNEY, "repeatContactRate", "repeat-contact rate", PERCENT, NONE,
      EnumSet.of(View.TEXT, View.COMPARE), journey(t -> ratio(t.contacts() - t.issuesClosed(), t.contacts()))),
  CHANNEL_SWITCHES_PER_ISSUE(JOURNEY, "channelSwitchesPerIssue", "channel switches per issue", DECIMAL, NONE,
      EnumSet.of(View.TEXT, View.COMPARE), journey(t -> ratio(t.channelSwitches(), t.issuesClosed()))),
  RESOLVED_RATE(JOURNEY, "resolvedRate", "resolved", PERCENT, NONE, EnumSet.of(View.TEXT, View.COMPARE),
      journey(t -> ratio(t.resolved(), t.issuesClosed()))),
  TIME_TO_RESOLUTION_SECONDS(JOURNEY, "timeToResolutionSeconds", "first contact to resolution (s)", SECONDS, NONE,
      EnumSet.of(View.TEXT, View.COMPARE), journey(t -> ratio(t.resolutionSecondsSum(), t.resolved()))),
  WORKLOAD_SECONDS_PER_ISSUE(JOURNEY, "workloadSecondsPerIssue", "workload per issue (s)", SECONDS, NONE,
      EnumSet.of(View.TEXT, View.COMPARE), journey(t -> ratio(t.workloadSecondsSum(), t.issuesClosed()))),
  OPEN_AT_END(JOURNEY, "openAtEnd", "open at end", COUNT, NONE, EnumSet.of(View.COMPARE),
      journey(t -> t.openAtEnd()));

  private static final Map<Scope, List<Kpi>> BY_SCOPE = new EnumMap<>(Scope.class);

  static {
    for (Scope scope : Scope.values()) {
      BY_SCOPE.put(scope, Arrays.stream(values()).filter(k -> k.scope == scope).toList());
    }
  }

  private final Scope scope;
  private final String key;
  private final String label;
  private final Format format;
  private final Direction direction;
  private final Set<View> views;
  private final Computation computation;

  Kpi(Scope scope, String key, String label, Format format, Direction direction, Set<View> views,
      Computation computation) {
    this.scope = scope;
    this.key = key;
    this.label = label;
    this.format = format;
    this.direction = direction;
    this.views = EnumSet.noneOf(View.class);
    this.views.addAll(views);
    this.computation = computation;
  }

  public Scope scope() {
    return scope;
  }

  /** The {@code summary.json} key, also the CSV column stem and the name {@code check} and {@code sweep} accept. */
  public String key() {
    return key;
  }

  /** The row or column label in tables, e.g. "ASA (s)". */
  public String label() {
    return label;
  }

  public Format format() {
    return format;
  }

  /** Which way is better; {@link Direction#NONE} for counts and trade-offs. */
  public Direction direction() {
    return direction;
  }

  /** Whether the KPI appears in {@code view} (every KPI is in {@code summary.json}). */
  public boolean shownIn(View view) {
    return views.contains(view);
  }

  public Computation computation() {
    return computation;
  }

  /** The KPI in one replication; {@code index} is the channel's or group's index in the scenario. */
  public double perReplication(Scenario scenario, ReplicationResult replication, int index) {
    return computation.perReplication(scenario, replication, index);
  }

  /**
   * The run's estimate, as {@code summary.json} reports it, from the KPI's value per replication (in
   * replication order) and the channel's merged waits (read by the wait percentiles; else may be null).
   */
  public Estimate estimate(double[] perReplication, Histogram mergedWaitMillis) {
    return computation.estimate(perReplication, mergedWaitMillis);
  }

  /** The KPIs of {@code scope}, in {@code summary.json} order. */
  public static List<Kpi> of(Scope scope) {
    return BY_SCOPE.get(scope);
  }

  /** The KPIs of {@code scope} that {@code view} shows, in order. */
  public static List<Kpi> shownIn(Scope scope, View view) {
    return of(scope).stream().filter(k -> k.shownIn(view)).toList();
  }

  /** The {@code summary.json} keys of {@code scope}, in order. */
  public static List<String> keys(Scope scope) {
    return of(scope).stream().map(Kpi::key).toList();
  }

  /** The KPI of {@code scope} with this {@code summary.json} key. */
  public static Optional<Kpi> byKey(Scope scope, String key) {
    return of(scope).stream().filter(k -> k.key.equals(key)).findFirst();
  }

  private static Computation channel(ToDoubleBiFunction<Channel, ChannelTally> measure) {
    return new MeanOverReplications((scenario, replication, index) ->
        measure.applyAsDouble(scenario.channels().get(index), replication.channels().get(index)));
  }

  /** A group measure also gets the replication's end, for time-weighted figures. */
  private interface GroupMeasure {
    double of(GroupTally tally, double endSeconds);
  }

  private static Computation group(GroupMeasure measure) {
    return new MeanOverReplications((scenario, replication, index) ->
        measure.of(replication.groups().get(index), replication.endSeconds()));
  }

  private static Computation journey(ToDoubleFunction<JourneyTally> measure) {
    return new MeanOverReplications((scenario, replication, index) -> measure.applyAsDouble(replication.journeys()));
  }

  private static double ratio(double numerator, double denominator) {
    return denominator == 0 ? Double.NaN : numerator / denominator;
  }
}
