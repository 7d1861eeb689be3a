package io.ccsim.fit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads ccsim's arrivals CSV (docs/arrivals-csv.md), as {@code ccsim arrivals} writes it. It has no
 * outcomes, waits or agents: each row is a contact offered, with the handle time and patience drawn
 * for it, so patience is observed exactly and staffing must be given.
 */
final class ArrivalsCsvLog {
  static final String HEADER = "arrival_seconds,channel,handle_seconds,patience_seconds,customer_id";

  private ArrivalsCsvLog() {}

  static CallLog read(Path path) {
    LogLines in = LogLines.open(path, ',');
    in.next();
    if (!String.join(",", cellsOf(in)).equals(HEADER)) {
      throw new LogException(in.file, in.lineNumber, 1, "the header is '" + String.join(",", cellsOf(in)) + "'",
          "exactly " + HEADER);
    }
    List<Call> calls = new ArrayList<>();
    while (in.next()) {
      in.expectCells(5, HEADER);
      double t = in.seconds(0, "arrival_seconds", false);
      String channel = in.cell(1);
      if (channel.isEmpty()) {
        throw in.error(1, "channel: the channel is empty", "a channel name such as phone");
      }
      double handle = in.seconds(2, "handle_seconds", true);
      double patience = in.seconds(3, "patience_seconds", true);
      if (handle == 0) {
        in.odd("contacts with a zero handle time, kept and left out of the handle-time fit");
      }
      int day = (int) Math.floor(t / 86_400);
      calls.add(new Call(day, 0, channel, t - day * 86_400.0, Call.Outcome.OFFERED, Double.NaN, handle, patience,
          null));
    }
    return new CallLog(in.file, LogFormat.ARRIVALS_CSV, calls, Map.of(), in.oddRows(), false, false);
  }

  private static List<String> cellsOf(LogLines in) {
    List<String> cells = new ArrayList<>();
    for (int i = 0; i < in.size(); i++) {
      cells.add(in.cell(i));
    }
    return cells;
  }
}
