package io.ccsim.fit;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Which part of a log is fitted and compared: the days (by weekday) and the daily window of arrival
 * times, cut into reporting intervals. The same selection gives the fitted scenario and the recorded KPIs.
 *
 * @param days the day keys selected (those with at least one call on a selected weekday)
 * @param intervalSeconds the reporting and fitting interval
 * @param windowStartSeconds the first interval's start (seconds after midnight)
 * @param intervals the number of intervals in the window
 * @param weekdays the weekdays selected (ISO 1 Monday to 7 Sunday), empty for every day
 */
public record Selection(Set<Integer> days, double intervalSeconds, double windowStartSeconds, int intervals,
    Set<Integer> weekdays) {
  public Selection {
    days = Set.copyOf(new TreeSet<>(days));
    weekdays = Set.copyOf(weekdays);
  }

  /** The log's calls on the selected days (any time of day), by day. */
  public Map<Integer, List<Call>> callsByDay(CallLog log) {
    Map<Integer, List<Call>> byDay = new java.util.HashMap<>();
    for (Call c : log.calls()) {
      if (days.contains(c.day())) {
        byDay.computeIfAbsent(c.day(), k -> new java.util.ArrayList<>()).add(c);
      }
    }
    return byDay;
  }

  /** The selected days (epoch days) in date order. */
  public List<Integer> dayList() {
    return new java.util.ArrayList<>(new TreeSet<>(days));
  }

  /** The names {@link #weekdaysNamed} knows, in the order help and completion list them. */
  public static final List<String> DAY_SELECTIONS = List.of("all", "sun-thu", "mon-fri");

  /** Selected days for {@code --days}: {@code all}, {@code sun-thu} or {@code mon-fri}. */
  public static Set<Integer> weekdaysNamed(String name) {
    return switch (name) {
      case "all" -> Set.of();
      case "sun-thu" -> Set.of(7, 1, 2, 3, 4);
      case "mon-fri" -> Set.of(1, 2, 3, 4, 5);
      default -> throw new IllegalArgumentException("unknown day selection '" + name
          + "'; allowed: " + String.join(", ", DAY_SELECTIONS));
    };
  }

  /**
   * The days of {@code log} on {@code weekdays} (all when empty; a log without dates has only "all"), and
   * the window [start, end) of arrival times; a null start or end is taken from the selected calls.
   */
  public static Selection of(CallLog log, Set<Integer> weekdays, double intervalSeconds, Double start,
      Double end) {
    Set<Integer> days = new TreeSet<>();
    double first = Double.MAX_VALUE;
    double last = 0;
    for (Call c : log.calls()) {
      if (weekdays.isEmpty() || weekdays.contains(c.weekday())) {
        days.add(c.day());
        first = Math.min(first, c.arrivalSeconds());
        last = Math.max(last, c.arrivalSeconds());
      }
    }
    if (days.isEmpty()) {
      throw new IllegalArgumentException(log.source() + ": no call on the selected days");
    }
    double from = start != null ? start : Math.floor(first / intervalSeconds) * intervalSeconds;
    double to = end != null ? end : Math.min(86_400, (Math.floor(last / intervalSeconds) + 1) * intervalSeconds);
    int n = (int) Math.ceil((to - from) / intervalSeconds - 1e-9);
    if (n < 1) {
      throw new IllegalArgumentException("the window of arrival times is empty");
    }
    return new Selection(days, intervalSeconds, from, n, weekdays);
  }

  /** The interval of a call's arrival in the window, or -1 outside the window or the selected days. */
  public int intervalOf(Call call) {
    if (!days.contains(call.day())) {
      return -1;
    }
    int i = (int) Math.floor((call.arrivalSeconds() - windowStartSeconds) / intervalSeconds);
    return i >= 0 && i < intervals ? i : -1;
  }

  /** The selected calls, in file order. */
  public List<Call> calls(CallLog log) {
    return log.calls().stream().filter(c -> intervalOf(c) >= 0).collect(Collectors.toList());
  }

  public double windowEndSeconds() {
    return windowStartSeconds + intervals * intervalSeconds;
  }

  /** For reports: "19 days (Sun-Thu), 07:00-24:00 in 30-min intervals". */
  public String describe() {
    String which = weekdays.isEmpty() ? "every day" : weekdays.equals(Set.of(7, 1, 2, 3, 4)) ? "Sunday to Thursday"
        : weekdays.equals(Set.of(1, 2, 3, 4, 5)) ? "Monday to Friday" : "weekdays " + weekdays;
    return String.format(Locale.ROOT, "%d day%s (%s), arrivals %s-%s in %s-min intervals", days.size(),
        days.size() == 1 ? "" : "s", which,
        clock(windowStartSeconds), clock(windowEndSeconds()), fmt(intervalSeconds / 60));
  }

  static String clock(double seconds) {
    long s = Math.round(seconds);
    return String.format(Locale.ROOT, "%02d:%02d", s / 3600, (s % 3600) / 60);
  }

  private static String fmt(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }
}
