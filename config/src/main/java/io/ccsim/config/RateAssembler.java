package io.ccsim.config;

import io.ccsim.model.Quantities;
import io.ccsim.model.RateProfile;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks the rate of an entry under {@code arrivals}, given by exactly one of {@code rate}, {@code profile}
 * (with {@code rates}, or {@code ratesByDay} for a cycle of days) or {@code dailyVolume} with
 * {@code intraday}, and builds its {@link RateProfile}s.
 */
final class RateAssembler {
  static final String TIME_OF_DAY_FORMS = "a time of day from \"00:00\" to \"23:59\" (HH:MM; quote it in YAML)";
  private static final Pattern TIME_OF_DAY = Pattern.compile("([01]?[0-9]|2[0-3]):([0-5][0-9])");
  private static final String RATE_KEYS = "exactly one of rate (such as 200/h), profile, or dailyVolume with intraday";

  private final ScenarioSource source;

  RateAssembler(ScenarioSource source) {
    this.source = source;
  }

  /**
   * An entry's rate: the profile of every day, or with {@code ratesByDay} the profile of each day of the
   * cycle and their mean day, which stands for them where one day is needed.
   */
  record Rates(RateProfile profile, List<RateProfile> byDay) {}

  Rates of(ArrivalSpec spec, String path) {
    // A profile by day is checked once here (the forms check below would refuse it with another form).
    List<RateProfile> byDay = spec.profile() != null && spec.rate() == null && spec.dailyVolume() == null
        && spec.intraday() == null ? byDay(spec.profile(), Paths.field(path, "profile")) : List.of();
    return new Rates(byDay.isEmpty() ? profile(spec, path) : mean(byDay, Paths.field(path, "profile")), byDay);
  }

  /** The rate over the day, from whichever of the three forms the entry uses. */
  private RateProfile profile(ArrivalSpec spec, String path) {
    List<String> forms = new ArrayList<>();
    if (spec.rate() != null) {
      forms.add("rate");
    }
    if (spec.profile() != null) {
      forms.add("profile");
    }
    if (spec.dailyVolume() != null || spec.intraday() != null) {
      forms.add(spec.dailyVolume() != null ? "dailyVolume" : "intraday");
    }
    if (forms.size() > 1) {
      throw source.keyError(Paths.field(path, forms.get(1)),
          "the rate is given twice: this entry already has " + forms.get(0), RATE_KEYS);
    }
    String ratePath = Paths.field(path, "rate");
    if (forms.isEmpty()) {
      return constant(source.required(spec.rate(), ratePath, RATE_KEYS), ratePath);
    }
    return switch (forms.get(0)) {
      case "rate" -> constant(spec.rate(), ratePath);
      case "profile" -> perInterval(spec.profile(), Paths.field(path, "profile"));
      default -> dailyVolume(spec, path);
    };
  }

  private RateProfile constant(Rate rate, String path) {
    if (!(rate.perSecond() > 0)) {
      throw source.error(path, "'" + source.text(path, rate.perSecond()) + "' is not a positive rate",
          Rate.POSITIVE_FORMS);
    }
    return source.construct(path, () -> RateProfile.constant(rate.perSecond()));
  }

  private RateProfile perInterval(ArrivalSpec.Profile spec, String path) {
    String allowed = "a mapping such as {start: \"08:00\", interval: 30m, rates: [100/h, 120/h]}";
    double start = timeOfDay(spec.start(), Paths.field(path, "start"));
    double interval = interval(spec.interval(), Paths.field(path, "interval"));
    String ratesPath = Paths.field(path, "rates");
    List<Double> perSecond = rates(source.required(spec.rates(), ratesPath, allowed), interval, ratesPath);
    if (perSecond.stream().noneMatch(r -> r > 0)) {
      throw source.error(ratesPath, "every rate is 0, so the channel would get no arrivals",
          "at least one rate above 0, or remove this entry");
    }
    return source.construct(path, () -> new RateProfile(start, interval, perSecond));
  }

  /**
   * With {@code ratesByDay}, one profile per day of the cycle, padded with 0 to the longest day; else empty.
   * A day may have no arrivals (a closed day), but some day has some.
   */
  private List<RateProfile> byDay(ArrivalSpec.Profile spec, String path) {
    if (spec.ratesByDay() == null) {
      return List.of();
    }
    String daysPath = Paths.field(path, "ratesByDay");
    if (spec.rates() != null) {
      throw source.keyError(daysPath, "a profile has either rates (every day) or ratesByDay (a list per day), "
          + "and this one already has rates", "rates or ratesByDay, not both");
    }
    double start = timeOfDay(spec.start(), Paths.field(path, "start"));
    double interval = interval(spec.interval(), Paths.field(path, "interval"));
    String dayAllowed = "a list per day of rates, one per interval, such as [[100/h, 120/h], [90/h, 110/h]]";
    if (spec.ratesByDay().isEmpty()) {
      throw source.error(daysPath, "the list is empty", dayAllowed);
    }
    List<List<Double>> days = new ArrayList<>();
    int longest = 0;
    boolean anyPositive = false;
    for (int d = 0; d < spec.ratesByDay().size(); d++) {
      String dayPath = Paths.index(daysPath, d);
      List<Double> rates = rates(source.required(spec.ratesByDay().get(d), dayPath, dayAllowed), interval, dayPath);
      days.add(rates);
      longest = Math.max(longest, rates.size());
      anyPositive |= rates.stream().anyMatch(r -> r > 0);
    }
    if (!anyPositive) {
      throw source.error(daysPath, "every rate of every day is 0, so the channel would get no arrivals",
          "at least one rate above 0, or remove this entry");
    }
    List<RateProfile> profiles = new ArrayList<>();
    for (List<Double> day : days) {
      List<Double> padded = new ArrayList<>(day);
      padded.addAll(java.util.Collections.nCopies(longest - day.size(), 0.0));
      profiles.add(source.construct(path, () -> new RateProfile(start, interval, padded)));
    }
    return profiles;
  }

  /** The mean day of a cycle's profiles (same start, interval and length). */
  private RateProfile mean(List<RateProfile> days, String path) {
    RateProfile first = days.get(0);
    List<Double> mean = new ArrayList<>();
    for (int i = 0; i < first.ratesPerSecond().size(); i++) {
      double sum = 0;
      for (RateProfile day : days) {
        sum += day.ratesPerSecond().get(i);
      }
      mean.add(sum / days.size());
    }
    return source.construct(path, () -> new RateProfile(first.startSeconds(), first.intervalSeconds(), mean));
  }

  /** The rates of one list, per second, checked. */
  private List<Double> rates(List<Rate> rates, double interval, String ratesPath) {
    checkSpan(rates.size(), interval, ratesPath);
    List<Double> perSecond = new ArrayList<>();
    for (int i = 0; i < rates.size(); i++) {
      Rate rate = source.required(rates.get(i), Paths.index(ratesPath, i), Quantities.RATE_FORMS);
      perSecond.add(rate.perSecond());
    }
    return perSecond;
  }

  private RateProfile dailyVolume(ArrivalSpec spec, String path) {
    String volumePath = Paths.field(path, "dailyVolume");
    String intradayPath = Paths.field(path, "intraday");
    String volumeAllowed = "a number of contacts per day above 0, such as 2400";
    String intradayAllowed = "a mapping such as {start: \"08:00\", interval: 30m, percent: [2.0, 3.5, ...]}";
    if (spec.dailyVolume() == null) {
      throw source.keyError(intradayPath, "intraday needs dailyVolume, the contacts of a day to spread", volumeAllowed);
    }
    if (spec.intraday() == null) {
      throw source.keyError(volumePath, "dailyVolume needs intraday, the share of each interval in percent",
          intradayAllowed);
    }
    double volume = spec.dailyVolume();
    if (!(volume > 0) || Double.isInfinite(volume)) {
      throw source.error(volumePath, "'" + source.text(volumePath, volume) + "' is not a volume above 0",
          volumeAllowed);
    }
    if (volume > Limits.MAX_RATE_PER_SECOND * 86_400) {
      throw source.error(volumePath, "'" + source.text(volumePath, volume) + "' is more than the limit of "
          + (long) (Limits.MAX_RATE_PER_SECOND * 86_400) + " contacts per day",
          "at most " + (long) (Limits.MAX_RATE_PER_SECOND * 86_400) + " (see Limits in docs/scenario-format.md)");
    }
    ArrivalSpec.Intraday intraday = spec.intraday();
    double start = timeOfDay(intraday.start(), Paths.field(intradayPath, "start"));
    double interval = interval(intraday.interval(), Paths.field(intradayPath, "interval"));
    String percentPath = Paths.field(intradayPath, "percent");
    String percentAllowed = "percentages >= 0, one per interval, that sum to 100 (±"
        + number(RateProfile.PERCENT_TOLERANCE) + ")";
    List<Double> percent = source.required(intraday.percent(), percentPath, percentAllowed);
    checkSpan(percent.size(), interval, percentPath);
    double sum = 0;
    for (int i = 0; i < percent.size(); i++) {
      String itemPath = Paths.index(percentPath, i);
      double p = source.required(percent.get(i), itemPath, percentAllowed);
      if (!(p >= 0) || Double.isInfinite(p)) {
        throw source.error(itemPath, "'" + source.text(itemPath, p) + "' is not a percentage >= 0", percentAllowed);
      }
      sum += p;
    }
    if (Math.abs(sum - 100) > RateProfile.PERCENT_TOLERANCE) {
      throw source.error(percentPath, "the percentages sum to " + number(sum) + ", not 100", percentAllowed);
    }
    return source.construct(intradayPath, () -> RateProfile.ofDailyVolume(volume, start, interval, percent));
  }

  /** A profile repeats every day, so its intervals must fit in 24 hours. */
  private void checkSpan(int intervals, double interval, String listPath) {
    int most = (int) Math.floor(RateProfile.DAY_SECONDS / interval + 1e-9);
    String length = source.text(Paths.field(Paths.parent(listPath), "interval"), interval);
    String allowed = "one to " + most + " value" + (most == 1 ? "" : "s") + ", one per interval of " + length
        + " (the profile repeats every 24 hours)";
    if (intervals == 0) {
      throw source.error(listPath, "the list is empty", allowed);
    }
    if (intervals * interval > RateProfile.DAY_SECONDS + 1e-6 * intervals) {
      throw source.error(listPath, intervals + " intervals of " + length + " span more than 24 hours", allowed);
    }
  }

  private double interval(Duration interval, String path) {
    double seconds = source.required(interval, path, "a duration such as 30m or 1h").seconds();
    if (!(seconds > 0)) {
      throw source.error(path, "'" + source.text(path, seconds) + "' is not longer than 0",
          "a duration such as 15m, 30m or 1h");
    }
    return seconds;
  }

  /** "HH:MM" as seconds after midnight. */
  double timeOfDay(String text, String path) {
    source.required(text, path, TIME_OF_DAY_FORMS);
    Matcher m = TIME_OF_DAY.matcher(text.trim());
    if (!m.matches()) {
      throw source.error(path, "'" + text + "' is not a time of day", TIME_OF_DAY_FORMS);
    }
    return Integer.parseInt(m.group(1)) * 3600.0 + Integer.parseInt(m.group(2)) * 60.0;
  }

  /** A sum or tolerance for messages, without float noise: 99.6, not 99.60000000000001. */
  private static String number(double value) {
    return BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
  }
}
