package io.ccsim.center;

import io.ccsim.engine.Simulator;

/**
 * Live contacts that pause deferred work: when an agent may be interrupted, and the pausing and resuming
 * of everything it was working on. Who gets interrupted is the router's choice.
 */
final class Interruptions {
  private final Simulator simulator;
  private final Service service;
  CenterObserver observer = CenterObserver.NONE;

  Interruptions(Simulator simulator, Service service) {
    this.simulator = simulator;
    this.service = service;
  }

  /**
   * Whether a contact of {@code live} could be given to {@code agent} by pausing the agent's work: the
   * agent works on something, every item it works on may be interrupted by that channel, nothing is in
   * wrap-up, and the agent's slot for the channel is free.
   */
  static boolean canInterrupt(Agent agent, ChannelState live) {
    if (!live.interrupts || agent.engaged == 0 || agent.blockingWrapUps > 0
        || agent.heldPerChannel[live.index] >= agent.group.maxPerChannel[live.index]) {
      return false;
    }
    for (int i = 0; i < agent.itemsHeld(); i++) {
      Contact item = agent.item(i);
      if (item.state == Contact.State.WRAP_UP
          || (item.state == Contact.State.IN_SERVICE && !item.channel.interruptibleBy[live.index])) {
        return false;
      }
    }
    return true;
  }

  /** Pauses every item the agent works on, so that {@code interrupter} can be served now. */
  void interrupt(Agent agent, Contact interrupter) {
    agent.group.tally.interrupted(simulator.now());
    for (int i = 0; i < agent.itemsHeld(); i++) {
      Contact item = agent.item(i);
      if (item.state == Contact.State.IN_SERVICE) {
        service.pause(agent, item);
      }
    }
    observer.interrupted(agent, interrupter, simulator.now());
  }

  /** Resumes every paused item of an agent that has no other work in hand. */
  void resume(Agent agent) {
    for (int i = 0; i < agent.itemsHeld(); i++) {
      Contact item = agent.item(i);
      if (item.state == Contact.State.PAUSED) {
        service.resume(agent, item);
      }
    }
  }
}
