package io.ccsim.loadgen;

import io.ccsim.loadgen.measure.Meter;
import java.io.IOException;
import java.time.Instant;
import java.util.List;

/** Receives each reporting interval as it closes (on the run's ticker thread), e.g. to write it to disk. */
public interface IntervalListener {
  /** Receives nothing. */
  IntervalListener NONE = new IntervalListener() {
    @Override
    public void started(Instant startedAt) {}

    @Override
    public void interval(List<Meter.Interval> intervals, List<IntervalRow> rows) {}
  };

  /** The run starts: wall time 0 of the schedule is {@code startedAt}. */
  void started(Instant startedAt) throws IOException;

  /** One interval closed: the raw histograms per channel and the rows made of them. */
  void interval(List<Meter.Interval> intervals, List<IntervalRow> rows) throws IOException;
}
