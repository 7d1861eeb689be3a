package io.ccsim.center;

import io.ccsim.model.Channel;
import io.ccsim.random.RandomStream;
import io.ccsim.random.RandomStreams;
import io.ccsim.stats.ChannelTally;

/** One channel during a replication: its queue, its random streams and its tally. */
public final class ChannelState {
  final int index;
  final Channel spec;
  final ContactQueue queue = new ContactQueue();
  /** Indexes of the groups that serve this channel, in the scenario's group order. */
  final int[] groupIndexes;
  final RandomStream handleTimeRng;
  final RandomStream patienceRng;
  final ChannelTally tally;

  ChannelState(int index, Channel spec, int[] groupIndexes, RandomStreams streams) {
    this.index = index;
    this.spec = spec;
    this.groupIndexes = groupIndexes;
    this.handleTimeRng = streams.stream("handle-time/" + spec.name());
    this.patienceRng = streams.stream("patience/" + spec.name());
    this.tally = new ChannelTally(spec.serviceLevel().thresholdSeconds());
  }

  public int index() {
    return index;
  }

  public ContactQueue queue() {
    return queue;
  }

  public int[] groupIndexes() {
    return groupIndexes;
  }
}
