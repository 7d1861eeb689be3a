package io.ccsim.bench;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * JMH secondary results: events and contacts simulated, which JMH divides by the measured time, so the
 * output shows {@code :events} and {@code :contacts} rows in ops/s, that is events/s and contacts/s.
 * Counting what each run really fired (rather than a fixed {@code @OperationsPerInvocation}) keeps the
 * figure exact although the number of events in a run is random.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class MmcCounters {
  /** Arrivals plus service completions. */
  public long events;
  /** Contacts that arrived. */
  public long contacts;

  @Setup(Level.Iteration)
  public void reset() {
    events = 0;
    contacts = 0;
  }

  /** Adds one run's counts. */
  public void add(MmcResult result) {
    events += result.events();
    contacts += result.contacts();
  }
}
