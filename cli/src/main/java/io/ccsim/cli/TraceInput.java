package io.ccsim.cli;

import io.ccsim.arrivals.ScheduledContact;
import io.ccsim.loadgen.csv.ArrivalsCsvException;
import io.ccsim.loadgen.csv.ArrivalsCsvReader;
import io.ccsim.model.Channel;
import io.ccsim.model.Scenario;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an arrivals CSV to replay in a run. The whole trace is held in memory, since each replication
 * replays it from the start; it is input data, as long as the user's file, not a list the engine grows.
 */
final class TraceInput {
  private TraceInput() {}

  static List<ScheduledContact> load(Path file, Scenario scenario) {
    List<String> channels = scenario.channels().stream().map(Channel::name).toList();
    List<ScheduledContact> trace = new ArrayList<>();
    try (ArrivalsCsvReader reader = ArrivalsCsvReader.open(file, channels)) {
      reader.forEachRemaining(trace::add);
    } catch (ArrivalsCsvException e) {
      throw new BadInputException(e.getMessage(), e);
    }
    return List.copyOf(trace);
  }
}
