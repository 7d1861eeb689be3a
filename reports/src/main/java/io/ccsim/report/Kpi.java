package io.ccsim.report;

import io.ccsim.run.ChannelSummary;
import io.ccsim.stats.Estimate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** The per-channel KPIs, in the order tables and CSV files show them, with how each is formatted. */
public enum Kpi {
  OFFERED("offered", "offered", ChannelSummary::offered, Format.COUNT),
  ANSWERED("answered", "answered", ChannelSummary::answered, Format.COUNT),
  ABANDONED("abandoned", "abandoned", ChannelSummary::abandoned, Format.COUNT),
  BLOCKED("blocked", "blocked", ChannelSummary::blocked, Format.COUNT),
  SERVICE_LEVEL("serviceLevel", "service level", ChannelSummary::serviceLevel, Format.PERCENT),
  ASA("asaSeconds", "ASA (s)", ChannelSummary::asaSeconds, Format.SECONDS),
  MEAN_WAIT("meanWaitSeconds", "mean wait, all offered (s)", ChannelSummary::meanWaitSeconds, Format.SECONDS),
  PROB_WAIT("probWait", "P(wait)", ChannelSummary::probWait, Format.PERCENT),
  ABANDON_RATE("abandonRate", "abandon rate", ChannelSummary::abandonRate, Format.PERCENT),
  BLOCK_RATE("blockRate", "block rate", ChannelSummary::blockRate, Format.PERCENT),
  WAIT_P50("waitP50Seconds", "wait p50 (s)", ChannelSummary::waitP50Seconds, Format.SECONDS),
  WAIT_P90("waitP90Seconds", "wait p90 (s)", ChannelSummary::waitP90Seconds, Format.SECONDS),
  WAIT_P99("waitP99Seconds", "wait p99 (s)", ChannelSummary::waitP99Seconds, Format.SECONDS),
  AHT("ahtSeconds", "handle time, AHT (s)", ChannelSummary::ahtSeconds, Format.SECONDS),
  HOLD("holdSeconds", "of which hold (s)", ChannelSummary::holdSeconds, Format.SECONDS),
  BACKLOG("backlogAtEnd", "backlog at end", ChannelSummary::backlogAtEnd, Format.COUNT);

  /** How a value is shown in tables. */
  public enum Format { COUNT, PERCENT, SECONDS }

  private final String key;
  private final String label;
  private final Function<ChannelSummary, Estimate> getter;
  private final Format format;

  Kpi(String key, String label, Function<ChannelSummary, Estimate> getter, Format format) {
    this.key = key;
    this.label = label;
    this.getter = getter;
    this.format = format;
  }

  /** The summary.json key. */
  public String key() {
    return key;
  }

  public String label() {
    return label;
  }

  public Format format() {
    return format;
  }

  public Estimate of(ChannelSummary channel) {
    return getter.apply(channel);
  }

  public static List<Kpi> all() {
    return List.of(values());
  }

  /** The KPI with this summary.json key, if it is one of the table's KPIs. */
  public static Optional<Kpi> byKey(String key) {
    for (Kpi kpi : values()) {
      if (kpi.key.equals(key)) {
        return Optional.of(kpi);
      }
    }
    return Optional.empty();
  }

  /**
   * The estimate of any channel KPI by its summary.json key, including {@code unfinished}, which the
   * tables leave out.
   */
  public static Estimate estimate(ChannelSummary channel, String key) {
    if (key.equals("unfinished")) {
      return channel.unfinished();
    }
    return byKey(key).orElseThrow(() -> new IllegalArgumentException("unknown channel KPI '" + key + "'"))
        .of(channel);
  }
}
