package io.ccsim.staffing;

import io.ccsim.model.ArrivalStream;
import io.ccsim.model.Burst;
import io.ccsim.model.Channel;
import io.ccsim.model.ChannelKind;
import io.ccsim.model.Scenario;
import io.ccsim.model.TimeOfDay;

/**
 * The offered demand per staffing interval and channel, as the analytic first guess sees it: the mean
 * arrival rate over the interval (profile times bursts; busyness has mean 1), on the busiest day when a run
 * has several, and whether the channel is open in the interval.
 */
public final class Demand {
  private static final int SAMPLES_PER_INTERVAL = 60;

  private final Scenario scenario;
  private final double intervalSeconds;
  private final double[][] ratePerSecond;
  private final boolean[][] open;

  private Demand(Scenario scenario, double intervalSeconds, double[][] ratePerSecond, boolean[][] open) {
    this.scenario = scenario;
    this.intervalSeconds = intervalSeconds;
    this.ratePerSecond = ratePerSecond;
    this.open = open;
  }

  /**
   * The demand of {@code scenario}: one interval for a scenario without reporting intervals, else one per
   * reporting interval of a day, whose length must divide 24 h.
   */
  public static Demand of(Scenario scenario) {
    double length = scenario.intervalSeconds();
    int intervals = intervalsPerDay(scenario);
    int channels = scenario.channels().size();
    double[][] rates = new double[intervals][channels];
    boolean[][] open = new boolean[intervals][channels];
    for (int c = 0; c < channels; c++) {
      Channel channel = scenario.channels().get(c);
      ArrivalStream stream = stream(scenario, channel.name());
      if (length == 0) {
        rates[0][c] = stream == null ? 0 : stream.ratePerSecond();
        open[0][c] = true;
        continue;
      }
      int days = (int) Math.max(1, Math.ceil(scenario.horizonSeconds() / TimeOfDay.DAY_SECONDS));
      for (int i = 0; i < intervals; i++) {
        double best = 0;
        boolean isOpen = false;
        for (int d = 0; d < days; d++) {
          double sum = 0;
          for (int s = 0; s < SAMPLES_PER_INTERVAL; s++) {
            double t = d * TimeOfDay.DAY_SECONDS + i * length + (s + 0.5) * length / SAMPLES_PER_INTERVAL;
            boolean openNow = channel.businessHours() == null || channel.businessHours().isOpen(t);
            isOpen |= openNow;
            boolean arrives = openNow || channel.kind() == ChannelKind.DEFERRED;
            sum += stream == null || !arrives ? 0 : rateAt(stream, t, d);
          }
          best = Math.max(best, sum / SAMPLES_PER_INTERVAL);
        }
        rates[i][c] = best;
        open[i][c] = isOpen;
      }
    }
    return new Demand(scenario, length, rates, open);
  }

  /** Staffing intervals per day: 1 without reporting intervals. */
  public static int intervalsPerDay(Scenario scenario) {
    double length = scenario.intervalSeconds();
    if (length == 0) {
      return 1;
    }
    double count = TimeOfDay.DAY_SECONDS / length;
    if (Math.abs(count - Math.rint(count)) > 1e-9) {
      throw new IllegalArgumentException("staffing per interval needs a reporting interval that divides 24h, got "
          + length + " s");
    }
    return (int) Math.rint(count);
  }

  private static ArrivalStream stream(Scenario scenario, String channel) {
    return scenario.arrivals().stream().filter(a -> a.channel().equals(channel)).findFirst().orElse(null);
  }

  private static double rateAt(ArrivalStream stream, double t, int day) {
    double rate = stream.profile().rateAt(t);
    for (Burst b : stream.bursts()) {
      for (int d = day - 1; d <= day; d++) {
        if (b.happensOn(d) && t >= b.startSeconds(d) && t < b.startSeconds(d) + b.durationSeconds()) {
          rate *= b.factor();
        }
      }
    }
    return rate;
  }

  public Scenario scenario() {
    return scenario;
  }

  public int intervals() {
    return ratePerSecond.length;
  }

  /** The interval length; 0 for the single interval of a stationary scenario. */
  public double intervalSeconds() {
    return intervalSeconds;
  }

  /** The arrival rate of channel {@code c} in interval {@code i}, per second. */
  public double ratePerSecond(int i, int c) {
    return ratePerSecond[i][c];
  }

  /** Whether channel {@code c} is open (business hours) at some time of interval {@code i}. */
  public boolean open(int i, int c) {
    return open[i][c];
  }

  /** Mean work per contact of channel {@code c} at full speed: handle time plus wrap-up, in seconds. */
  public double workSeconds(int c) {
    Channel channel = scenario.channels().get(c);
    return channel.handleTime().meanSeconds() + (channel.wrapUp() == null ? 0 : channel.wrapUp().meanSeconds());
  }

  /** The offered load of channel {@code c} in interval {@code i}, in Erlangs (agent-equivalents). */
  public double loadErlangs(int i, int c) {
    return ratePerSecond[i][c] * workSeconds(c);
  }

  /**
   * Whether interval {@code i} is worth staffing: some live channel is open with arrivals, or some
   * deferred channel is open.
   */
  public boolean staffable(int i) {
    for (int c = 0; c < scenario.channels().size(); c++) {
      boolean live = scenario.channels().get(c).kind() == ChannelKind.LIVE;
      if (open[i][c] && (!live || ratePerSecond[i][c] > 0)) {
        return true;
      }
    }
    return false;
  }
}
