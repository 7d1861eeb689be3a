package io.ccsim.loadgen.measure;

import io.ccsim.model.Quantities;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.HdrHistogram.Histogram;

/**
 * One {@code --abort-if} condition, {@code [CHANNEL.]METRIC OP VALUE}, such as {@code p99 > 500ms},
 * {@code errors > 1%} or {@code chat.p90 >= 2s}. When it holds, the run fails (exit code 1); during the
 * run it is checked at every interval once {@value #MIN_SAMPLES} contacts have finished, and the run
 * stops early. Latency metrics take durations; counts take a number or a percentage of the contacts
 * whose send time has come (sent or dropped).
 *
 * @param channel the channel it looks at, or {@code null} for all channels together
 * @param value seconds for durations, a count, or a share in [0, 1] when {@code percent}
 */
public record Threshold(String text, String channel, Metric metric, Operator operator, double value, boolean percent) {
  /** Finished contacts needed before a threshold can stop a run early. */
  public static final int MIN_SAMPLES = 100;

  private static final Pattern FORM = Pattern.compile("\\s*([A-Za-z0-9_.-]+)\\s*(>=|<=|>|<)\\s*([^\\s]+)\\s*");
  private static final Pattern COUNT = Pattern.compile("[0-9]{1,18}");
  private static final Pattern PERCENT = Pattern.compile("([0-9]+(\\.[0-9]+)?)%");
  public static final String FORMS = "[CHANNEL.]METRIC OP VALUE, such as 'p99 > 500ms', 'errors > 1%' or"
      + " 'chat.p90 >= 2s'; METRIC one of " + Metric.names() + "; OP one of >, >=, <, <=";

  /** What a threshold measures. */
  public enum Metric {
    P50("p50", true), P90("p90", true), P99("p99", true), P999("p99.9", true), MAX("max", true),
    MEAN("mean", true), LAG_P99("lag-p99", true), LAG_MAX("lag-max", true),
    ERRORS("errors", false), DROPPED("dropped", false), LATE("late", false), LOST("lost", false);

    private final String key;
    private final boolean duration;

    Metric(String key, boolean duration) {
      this.key = key;
      this.duration = duration;
    }

    public String key() {
      return key;
    }

    public boolean isDuration() {
      return duration;
    }

    static Metric of(String key) {
      for (Metric m : values()) {
        if (m.key.equals(key)) {
          return m;
        }
      }
      return null;
    }

    static String names() {
      return Arrays.stream(values()).map(Metric::key).collect(Collectors.joining(", "));
    }
  }

  /** How the observed figure is compared with the value. */
  public enum Operator {
    GT(">"), GE(">="), LT("<"), LE("<=");

    private final String symbol;

    Operator(String symbol) {
      this.symbol = symbol;
    }

    static Operator of(String symbol) {
      for (Operator o : values()) {
        if (o.symbol.equals(symbol)) {
          return o;
        }
      }
      throw new IllegalArgumentException("unknown operator " + symbol);
    }

    boolean holds(double observed, double value) {
      return switch (this) {
        case GT -> observed > value;
        case GE -> observed >= value;
        case LT -> observed < value;
        case LE -> observed <= value;
      };
    }

    public String symbol() {
      return symbol;
    }
  }

  /** Parses {@code text}; an {@link IllegalArgumentException}'s message says what is allowed. */
  public static Threshold parse(String text, List<String> channels) {
    Matcher m = FORM.matcher(text == null ? "" : text);
    if (!m.matches()) {
      throw new IllegalArgumentException("'" + text + "' is not a threshold; allowed: " + FORMS);
    }
    String left = m.group(1);
    String channel = null;
    Metric metric = Metric.of(left);
    if (metric == null && left.indexOf('.') > 0) {
      channel = left.substring(0, left.indexOf('.'));
      metric = Metric.of(left.substring(left.indexOf('.') + 1));
      if (!channels.contains(channel)) {
        throw new IllegalArgumentException("'" + text + "' names the channel '" + channel
            + "', which is not in the run; allowed: " + String.join(", ", channels));
      }
    }
    if (metric == null) {
      throw new IllegalArgumentException("'" + text + "' has no known metric; allowed: " + FORMS);
    }
    String v = m.group(3);
    double value;
    boolean percent = false;
    if (metric.isDuration()) {
      try {
        value = Quantities.parseDurationSeconds(v);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("'" + text + "': " + metric.key + " needs " + Quantities.DURATION_FORMS
            + ", got '" + v + "'");
      }
    } else if (COUNT.matcher(v).matches()) {
      value = Long.parseLong(v);
    } else {
      Matcher p = PERCENT.matcher(v);
      if (!p.matches() || Double.parseDouble(p.group(1)) > 100) {
        throw new IllegalArgumentException("'" + text + "': " + metric.key
            + " needs a count such as 10 or a percentage from 0% to 100% such as 1%, got '" + v + "'");
      }
      value = Double.parseDouble(p.group(1)) / 100;
      percent = true;
    }
    return new Threshold(text.strip(), channel, metric, Operator.of(m.group(2)), value, percent);
  }

  /**
   * The figure this threshold looks at in {@code totals} (seconds, a count or a share); NaN when there is
   * nothing to judge yet (no finished contact for a latency, nothing attempted for a share).
   */
  public double observe(Totals totals) {
    return switch (metric) {
      case P50 -> quantile(totals.latency(), 50);
      case P90 -> quantile(totals.latency(), 90);
      case P99 -> quantile(totals.latency(), 99);
      case P999 -> quantile(totals.latency(), 99.9);
      case MAX -> totals.latency().getTotalCount() == 0 ? Double.NaN : totals.latency().getMaxValue() / 1e9;
      case MEAN -> totals.latency().getTotalCount() == 0 ? Double.NaN : totals.latency().getMean() / 1e9;
      case LAG_P99 -> quantile(totals.lag(), 99);
      case LAG_MAX -> totals.lag().getTotalCount() == 0 ? Double.NaN : totals.lag().getMaxValue() / 1e9;
      case ERRORS -> count(totals.errors(), totals);
      case DROPPED -> count(totals.dropped(), totals);
      case LATE -> count(totals.late(), totals);
      case LOST -> count(totals.lost(), totals);
    };
  }

  /** Whether the condition holds for {@code totals}; never when there is nothing to judge. */
  public boolean holds(Totals totals) {
    double observed = observe(totals);
    return !Double.isNaN(observed) && operator.holds(observed, value);
  }

  /** The observed figure in the threshold's own unit: ms, a count, or a percentage. */
  public String describe(double observed) {
    if (Double.isNaN(observed)) {
      return "no data";
    }
    if (metric.isDuration()) {
      return String.format(Locale.ROOT, "%.3f ms", observed * 1000);
    }
    return percent ? String.format(Locale.ROOT, "%.3f%%", observed * 100)
        : String.format(Locale.ROOT, "%.0f", observed);
  }

  private double count(long n, Totals totals) {
    if (!percent) {
      return n;
    }
    return totals.attempted() == 0 ? Double.NaN : (double) n / totals.attempted();
  }

  private static double quantile(Histogram h, double percentile) {
    return h.getTotalCount() == 0 ? Double.NaN : h.getValueAtPercentile(percentile) / 1e9;
  }
}
