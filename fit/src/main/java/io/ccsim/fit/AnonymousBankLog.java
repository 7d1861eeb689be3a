package io.ccsim.fit;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads the "Anonymous Bank" TSV (Technion SEE lab; see scenarios/anonymous-bank/README.md).
 *
 * <p>A call is offered to the agent queue when it is {@code AGENT} (served) or {@code HANG} with a
 * {@code q_start}; it arrives at {@code q_start}, or at {@code vru_exit} when it reached an agent without
 * queueing (wait 0). Its wait is {@code q_time}, its handle time {@code ser_time}. {@code HANG} without a
 * queue start left in the voice-response unit; {@code PHANTOM} rows are virtual calls and are skipped.
 */
final class AnonymousBankLog {
  static final List<String> COLUMNS = List.of("priority", "type", "date", "vru_exit", "q_start", "q_time", "outcome",
      "ser_time", "server");
  private static final String NOT_HAPPENED = "0:00:00";

  private AnonymousBankLog() {}

  static CallLog read(Path path) {
    LogLines in = LogLines.open(path, '\t');
    in.next();
    Map<String, Integer> column = new HashMap<>();
    for (int i = 0; i < in.size(); i++) {
      column.put(in.cell(i), i);
    }
    for (String name : COLUMNS) {
      if (!column.containsKey(name)) {
        throw new LogException(in.file, in.lineNumber, 1, "the header has no column '" + name + "'",
            "a tab-separated header with the columns " + String.join(", ", COLUMNS) + " (any order, others ignored)");
      }
    }
    int width = in.size();
    int type = column.get("type");
    int priority = column.get("priority");
    int date = column.get("date");
    int vruExit = column.get("vru_exit");
    int qStart = column.get("q_start");
    int qTime = column.get("q_time");
    int outcome = column.get("outcome");
    int serTime = column.get("ser_time");
    int server = column.get("server");
    // VRU entry is optional: without it, no VRU stage is fitted.
    int vruEntry = column.getOrDefault("vru_entry", -1);
    List<Call> lostInVru = new ArrayList<>();
    List<Call> calls = new ArrayList<>();
    Map<String, Integer> lost = new TreeMap<>();
    while (in.next()) {
      in.expectCells(width, "of the header");
      String result = in.cell(outcome);
      if (result.equals("PHANTOM")) {
        in.odd("PHANTOM rows (virtual calls), skipped");
        continue;
      }
      if (!result.equals("AGENT") && !result.equals("HANG")) {
        throw in.error(outcome, "outcome: '" + result + "' is not an outcome", "AGENT, HANG or PHANTOM");
      }
      String callType = in.cell(type);
      if (callType.isEmpty()) {
        throw in.error(type, "type: the call type is empty", "a service type such as PS, IN, NE");
      }
      LocalDate day = date(in, date);
      boolean queued = !in.cell(qStart).equals(NOT_HAPPENED);
      double wait = in.seconds(qTime, "q_time", false);
      double handle = in.seconds(serTime, "ser_time", false);
      double exit = in.clock(vruExit, "vru_exit");
      double entered = vruEntry >= 0 ? in.clock(vruEntry, "vru_entry") : Double.NaN;
      String level = in.cell(priority);
      if (!level.equals("0") && !level.equals("1") && !level.equals("2")) {
        throw in.error(priority, "priority: '" + level + "' is not a priority", "0 or 1 (regular), 2 (priority customer)");
      }
      boolean high = level.equals("2");
      if (result.equals("HANG") && !queued) {
        lost.merge(callType, 1, Integer::sum);
        if (vruEntry >= 0) {
          lostInVru.add(new Call((int) day.toEpochDay(), day.getDayOfWeek().getValue(), callType, entered,
              Call.Outcome.OFFERED, Double.NaN, Double.NaN, Double.NaN, null, high));
        }
        continue;
      }
      double arrival = queued ? in.clock(qStart, "q_start") : exit;
      // From VRU entry to the queue; a stay across midnight (entry more than 12 h after the exit) wraps.
      double inVru = arrival - entered < -43_200 ? arrival - entered + 86_400 : arrival - entered;
      if (inVru < 0 || inVru >= 3600) {
        in.odd("calls that reached the queue before their VRU entry or an hour after it, VRU time unknown "
            + "(arrival at the queue kept)");
        inVru = Double.NaN;
      }
      String agent = in.cell(server);
      int dayKey = (int) day.toEpochDay();
      int weekday = day.getDayOfWeek().getValue();
      if (result.equals("AGENT")) {
        if (agent.isEmpty() || agent.equals("NO_SERVER")) {
          in.odd("served calls without a server name, kept (not counted in staffing)");
          agent = null;
        }
        if (handle == 0) {
          in.odd("served calls with a zero service time, kept as answered and left out of the handle-time fit");
        }
        calls.add(new Call(dayKey, weekday, callType, arrival, Call.Outcome.ANSWERED, queued ? wait : 0, handle,
            Double.NaN, agent, high, inVru));
      } else {
        if (wait == 0) {
          in.odd("hang-ups after 0 s in queue, kept as abandoned");
        }
        calls.add(new Call(dayKey, weekday, callType, arrival, Call.Outcome.ABANDONED, wait, Double.NaN,
            Double.NaN, null, high, inVru));
      }
    }
    return new CallLog(in.file, LogFormat.ANONYMOUS_BANK, calls, lost, in.oddRows(), true, true, lostInVru);
  }

  private static LocalDate date(LogLines in, int i) {
    String text = in.cell(i);
    String allowed = "a date YYMMDD such as 990104";
    if (text.length() != 6 || !text.chars().allMatch(Character::isDigit)) {
      throw in.error(i, "date: '" + text + "' is not a date", allowed);
    }
    int yy = Integer.parseInt(text.substring(0, 2));
    try {
      return LocalDate.of(yy >= 50 ? 1900 + yy : 2000 + yy, Integer.parseInt(text.substring(2, 4)),
          Integer.parseInt(text.substring(4, 6)));
    } catch (DateTimeException e) {
      throw in.error(i, "date: '" + text + "' is not a date", allowed);
    }
  }
}
