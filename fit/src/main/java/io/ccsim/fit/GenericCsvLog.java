package io.ccsim.fit;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads the generic call-log CSV of docs/fit.md: {@code date,arrival,type,queue_entry,answer,end,outcome,agent},
 * one row per call, clock times H:MM:SS; a time earlier than the one before it in the same row is on the
 * next day (a call past midnight).
 */
final class GenericCsvLog {
  static final String HEADER = "date,arrival,type,queue_entry,answer,end,outcome,agent";

  private GenericCsvLog() {}

  static CallLog read(Path path) {
    LogLines in = LogLines.open(path, ',');
    in.next();
    StringBuilder header = new StringBuilder();
    for (int i = 0; i < in.size(); i++) {
      header.append(i == 0 ? "" : ",").append(in.cell(i));
    }
    if (!header.toString().equals(HEADER)) {
      throw new LogException(in.file, in.lineNumber, 1, "the header is '" + header + "'", "exactly " + HEADER);
    }
    List<Call> calls = new ArrayList<>();
    Map<String, Integer> lost = new TreeMap<>();
    boolean agents = false;
    while (in.next()) {
      in.expectCells(8, HEADER);
      LocalDate day;
      try {
        day = LocalDate.parse(in.cell(0));
      } catch (DateTimeParseException e) {
        throw in.error(0, "date: '" + in.cell(0) + "' is not a date", "a date YYYY-MM-DD such as 1999-01-04");
      }
      double arrival = in.clock(1, "arrival");
      String type = in.cell(2);
      if (type.isEmpty()) {
        throw in.error(2, "type: the call type is empty", "a call type such as regular");
      }
      String outcome = in.cell(6);
      String agent = in.cell(7).isEmpty() ? null : in.cell(7);
      int dayKey = (int) day.toEpochDay();
      int weekday = day.getDayOfWeek().getValue();
      switch (outcome) {
        case "lost" -> {
          lost.merge(type, 1, Integer::sum);
          continue;
        }
        case "served", "abandoned" -> { }
        default -> throw in.error(6, "outcome: '" + outcome + "' is not an outcome", "served, abandoned or lost");
      }
      double queue = after(in, 3, "queue_entry", arrival);
      double end = after(in, 5, "end", queue);
      if (outcome.equals("served")) {
        double answer = after(in, 4, "answer", queue);
        end = answer + ((end - answer) % 86_400 + 86_400) % 86_400;
        if (end == answer) {
          in.odd("served calls with a zero handle time, kept as answered and left out of the handle-time fit");
        }
        if (agent == null) {
          in.odd("served calls without an agent, kept (not counted in staffing)");
        }
        agents |= agent != null;
        calls.add(new Call(dayKey, weekday, type, queue, Call.Outcome.ANSWERED, answer - queue, end - answer,
            Double.NaN, agent));
      } else {
        if (!in.cell(4).isEmpty()) {
          throw in.error(4, "answer: an abandoned call has an answer time", "empty for an abandoned call");
        }
        calls.add(new Call(dayKey, weekday, type, queue, Call.Outcome.ABANDONED, end - queue, Double.NaN,
            Double.NaN, null));
      }
    }
    return new CallLog(in.file, LogFormat.GENERIC, calls, lost, in.oddRows(), true, agents);
  }

  /** A clock time of the same call, on the next day when earlier than {@code previous}. */
  private static double after(LogLines in, int i, String column, double previous) {
    if (in.cell(i).isEmpty()) {
      throw in.error(i, column + ": the time is empty", "a clock time H:MM:SS");
    }
    double t = in.clock(i, column);
    while (t < previous) {
      t += 86_400;
    }
    if (t - previous >= 86_400) {
      throw in.error(i, column + ": '" + in.cell(i) + "' is more than a day after the call's previous time",
          "times within a day of each other");
    }
    return t;
  }
}
