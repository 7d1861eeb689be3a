package io.ccsim.center;

import io.ccsim.engine.Event;
import io.ccsim.engine.Simulator;
import java.util.function.Consumer;

/**
 * Where agents are in their working day: logged in, on a break, gone. A break or a shift end that comes
 * while an agent holds work waits until the work is done (the overtime of a late logout is counted).
 */
final class Presence {
  private final Simulator simulator;
  /** Told about an agent who became available, so it can be given waiting work. */
  private final Consumer<Agent> hasRoom;
  CenterObserver observer = CenterObserver.NONE;

  Presence(Simulator simulator, Consumer<Agent> hasRoom) {
    this.simulator = simulator;
    this.hasRoom = hasRoom;
  }

  void logIn(Agent agent) {
    if (agent.presence != Agent.Presence.OFF) {
      return;
    }
    agent.presence = Agent.Presence.AVAILABLE;
    agent.group.tally.available(simulator.now(), 1);
    observer.presenceChanged(agent, simulator.now());
    hasRoom.accept(agent);
  }

  void breakDue(Agent agent, double durationSeconds) {
    if (agent.presence != Agent.Presence.AVAILABLE) {
      return;
    }
    if (agent.isFree()) {
      leaveIdleQueue(agent);
      startBreak(agent, durationSeconds);
    } else {
      agent.presence = Agent.Presence.BREAK_PENDING;
      agent.pendingBreakSeconds = durationSeconds;
    }
  }

  void shiftEnds(Agent agent, double endSeconds) {
    switch (agent.presence) {
      case OFF, LEAVING -> { }
      case ON_BREAK -> {
        agent.presence = Agent.Presence.OFF;
        observer.presenceChanged(agent, simulator.now());
      }
      case AVAILABLE, BREAK_PENDING -> {
        if (agent.isFree()) {
          leaveIdleQueue(agent);
          logOut(agent);
        } else {
          agent.presence = Agent.Presence.LEAVING;
          agent.shiftEndSeconds = endSeconds;
        }
      }
      default -> throw new IllegalStateException("unknown presence " + agent.presence);
    }
  }

  /**
   * The agent holds nothing any more: idle if available, else the break or the logout it was waiting
   * for. Returns whether it joined the idle queue.
   */
  boolean becameFree(Agent agent) {
    double now = simulator.now();
    switch (agent.presence) {
      case AVAILABLE -> {
        agent.idleSinceSeconds = now;
        agent.group.joinIdle(agent);
        return true;
      }
      case BREAK_PENDING -> startBreak(agent, agent.pendingBreakSeconds);
      case LEAVING -> {
        agent.group.tally.overtime(now - agent.shiftEndSeconds);
        logOut(agent);
      }
      default -> throw new IllegalStateException("a free agent in state " + agent.presence);
    }
    return false;
  }

  private void leaveIdleQueue(Agent agent) {
    agent.group.leaveIdle(agent);
  }

  private void startBreak(Agent agent, double durationSeconds) {
    agent.presence = Agent.Presence.ON_BREAK;
    agent.group.tally.available(simulator.now(), -1);
    observer.presenceChanged(agent, simulator.now());
    simulator.schedule(new BreakEnd(this, agent), durationSeconds);
  }

  private void breakEnds(Agent agent) {
    // A shift that ended during the break has logged the agent out already.
    if (agent.presence == Agent.Presence.ON_BREAK) {
      agent.presence = Agent.Presence.AVAILABLE;
      agent.group.tally.available(simulator.now(), 1);
      observer.presenceChanged(agent, simulator.now());
      hasRoom.accept(agent);
    }
  }

  private void logOut(Agent agent) {
    agent.presence = Agent.Presence.OFF;
    agent.group.tally.available(simulator.now(), -1);
    observer.presenceChanged(agent, simulator.now());
  }

  /** The end of an agent's break. */
  private static final class BreakEnd extends Event {
    private final Presence presence;
    private final Agent agent;

    BreakEnd(Presence presence, Agent agent) {
      this.presence = presence;
      this.agent = agent;
    }

    @Override
    protected void fire() {
      presence.breakEnds(agent);
    }
  }
}
