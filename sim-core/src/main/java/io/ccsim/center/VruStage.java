package io.ccsim.center;

import io.ccsim.engine.Event;
import io.ccsim.engine.Simulator;
import io.ccsim.model.Vru;
import io.ccsim.random.RandomStream;
import io.ccsim.random.RandomStreams;

/**
 * The voice-response stage before a channel's agent queue (docs/omni-channel-model.md): an arrival of the
 * channel's own process spends its VRU time here, and then either leaves (a drop-out, with the channel's
 * probability) or joins the queue as a contact arriving then. Each channel with a VRU has its own two
 * random streams, so a scenario without one draws exactly what it did before. Arrivals and drop-outs are
 * counted by the time of entry into the VRU, on the channel's tally; the drop-out is decided on entry,
 * which changes nothing measured (a caller who leaves in the VRU meets nobody).
 */
final class VruStage {
  private final ContactCenter center;
  private final Simulator simulator;
  private final MeasurementWindow window;
  private final RandomStream[] timeRng;
  private final RandomStream[] dropOutRng;

  private VruStage(ContactCenter center, Simulator simulator, MeasurementWindow window, ChannelState[] channels,
      RandomStreams streams) {
    this.center = center;
    this.simulator = simulator;
    this.window = window;
    timeRng = new RandomStream[channels.length];
    dropOutRng = new RandomStream[channels.length];
    for (ChannelState channel : channels) {
      if (channel.spec.hasVru()) {
        timeRng[channel.index] = streams.stream("vru-time/" + channel.spec.name());
        dropOutRng[channel.index] = streams.stream("vru-drop-out/" + channel.spec.name());
      }
    }
  }

  /** The stage of {@code channels}, or null when none has a VRU (the arrival path then skips it). */
  static VruStage of(ContactCenter center, Simulator simulator, MeasurementWindow window, ChannelState[] channels,
      RandomStreams streams) {
    for (ChannelState channel : channels) {
      if (channel.spec.hasVru()) {
        return new VruStage(center, simulator, window, channels, streams);
      }
    }
    return null;
  }

  /** An arrival reaches the VRU of {@code channel} (which has one). */
  void enter(ChannelState channel) {
    Vru vru = channel.spec.vru();
    double time = vru.time().sample(timeRng[channel.index]);
    boolean dropsOut = dropOutRng[channel.index].nextDouble() < vru.dropOutProbability();
    if (window.counts(simulator.now())) {
      channel.tally.recordVruArrival(dropsOut);
    }
    if (!dropsOut) {
      simulator.schedule(new Exit(center, channel), time);
    }
  }

  /** A caller's VRU time is over and it asks for an agent. */
  private static final class Exit extends Event {
    private final ContactCenter center;
    private final ChannelState channel;

    Exit(ContactCenter center, ChannelState channel) {
      this.center = center;
      this.channel = channel;
    }

    @Override
    protected void fire() {
      center.leftVru(channel);
    }
  }
}
