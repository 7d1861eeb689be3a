package io.ccsim.loadgen.csv;

import io.ccsim.arrivals.ScheduledContact;
import java.nio.file.Path;
import java.util.List;

/** An arrivals CSV file that can be read from the start any number of times, each time streaming. */
public record ArrivalsCsvFile(Path path, List<String> channelOrder) {
  public ArrivalsCsvFile {
    channelOrder = List.copyOf(channelOrder);
  }

  /** A new reader from the first row; close it when done (reading to the end also closes it). */
  public ArrivalsCsvReader open() {
    return ArrivalsCsvReader.open(path, channelOrder);
  }

  /** Checks the whole file and returns its contacts' count; the first problem throws. */
  public long check() {
    try (ArrivalsCsvReader reader = open()) {
      while (reader.hasNext()) {
        ScheduledContact ignored = reader.next();
      }
      return reader.rows();
    }
  }
}
