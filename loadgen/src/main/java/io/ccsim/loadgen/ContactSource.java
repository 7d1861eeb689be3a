package io.ccsim.loadgen;

import io.ccsim.arrivals.ArrivalSchedule;
import io.ccsim.arrivals.ScheduledContact;
import io.ccsim.loadgen.csv.ArrivalsCsvFile;
import io.ccsim.loadgen.csv.ArrivalsCsvReader;
import io.ccsim.model.Channel;
import io.ccsim.model.Scenario;
import java.util.Iterator;
import java.util.List;

/**
 * Where the contacts of a load run come from: a scenario's arrival schedule or an arrivals CSV. Either
 * can be read from the start again (the plan reads it once, the run once more), always streaming.
 *
 * @param description what it is, for reports: the file, the seed and the replication
 * @param channels the channel names, in the scenario's order
 */
public record ContactSource(String description, String scenarioName, List<String> channels, Opener opener) {
  public ContactSource {
    channels = List.copyOf(channels);
  }

  /** Opens a fresh cursor. */
  @FunctionalInterface
  public interface Opener {
    Cursor open();
  }

  /** Contacts in time order; close when done. */
  public interface Cursor extends Iterator<ScheduledContact>, AutoCloseable {
    @Override
    void close();
  }

  /** A cursor from the first contact. */
  public Cursor open() {
    return opener.open();
  }

  /** The schedule that {@code scenario} (with its seed) generates in replication {@code replication}. */
  public static ContactSource of(String file, Scenario scenario, int replication) {
    ArrivalSchedule schedule = ArrivalSchedule.of(scenario, replication);
    return new ContactSource(file + " (seed " + scenario.seed() + ", replication " + replication + ")",
        scenario.name(), channelNames(scenario), () -> {
          Iterator<ScheduledContact> it = schedule.iterator();
          return new Cursor() {
            @Override
            public boolean hasNext() {
              return it.hasNext();
            }

            @Override
            public ScheduledContact next() {
              return it.next();
            }

            @Override
            public void close() {}
          };
        });
  }

  /** The contacts of an arrivals CSV; its channels must be {@code channels} (in that order for ties). */
  public static ContactSource of(ArrivalsCsvFile file, String scenarioName) {
    return new ContactSource(file.path().toString(), scenarioName, file.channelOrder(), () -> {
      ArrivalsCsvReader reader = file.open();
      return new Cursor() {
        @Override
        public boolean hasNext() {
          return reader.hasNext();
        }

        @Override
        public ScheduledContact next() {
          return reader.next();
        }

        @Override
        public void close() {
          reader.close();
        }
      };
    });
  }

  /** The scenario's channel names in order. */
  public static List<String> channelNames(Scenario scenario) {
    return scenario.channels().stream().map(Channel::name).toList();
  }
}
