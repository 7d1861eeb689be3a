package io.ccsim.center;

import io.ccsim.engine.Simulator;

/**
 * Work on contacts once an agent has them: the start of service, work slowed by concurrency and
 * re-rated whenever the level changes, pausing and resuming, wrap-up, and the end of a contact.
 */
final class Service {
  private final Simulator simulator;
  private final MeasurementWindow window;
  private final JourneyTracker journeys;
  CenterObserver observer = CenterObserver.NONE;

  Service(Simulator simulator, MeasurementWindow window, JourneyTracker journeys) {
    this.simulator = simulator;
    this.window = window;
    this.journeys = journeys;
  }

  /** Gives a new or waiting contact to an agent whose capacity has room for it now. */
  void start(Agent agent, Contact contact) {
    double now = simulator.now();
    ChannelState channel = contact.channel;
    if (contact.state == Contact.State.WAITING) {
      channel.dequeue(contact, now);
      simulator.cancel(contact);
    }
    double wait = now - contact.arrivalSeconds;
    // A target in business hours counts only the open time the contact waited (overnight email).
    double slWait = channel.spec.targetInBusinessHours()
        ? channel.spec.businessHours().openSecondsBetween(contact.arrivalSeconds, now) : wait;
    if (contact.counted) {
      channel.tally.recordAnswered(wait, slWait);
    }
    if (contact.arrivalInterval >= 0) {
      channel.intervals.recordAnswered(contact.arrivalInterval, wait, slWait);
    }
    GroupState group = agent.group;
    group.leaveIdle(agent);
    int before = agent.itemsHeld();
    agent.add(contact);
    agent.lastAssignedSeconds = now;
    changeLevel(agent, before);
    contact.agent = agent;
    contact.serviceStartSeconds = now;
    contact.remainingWorkSeconds =
        contact.baseWorkSeconds * (group.proficiency[channel.index] * journeys.handleTimeFactor(contact));
    engage(agent, contact);
    startWorking(agent, contact);
    observer.started(contact, agent, now);
  }

  /**
   * The contact's work is done: wrap-up follows, or the contact ends. Returns the agent when the contact
   * ended (its work shrank, so the center routes more to it), else null.
   */
  Agent workDone(Contact contact) {
    Agent agent = contact.agent;
    contact.remainingWorkSeconds = 0;
    // Leave IN_SERVICE before the other items are re-rated, so this one is not rescheduled with them.
    contact.state = Contact.State.WRAP_UP;
    stopWorking(agent, contact);
    if (contact.wrapUpSeconds > 0) {
      if (agent.group.wrapUpHoldsAgent) {
        agent.blockingWrapUps++;
      }
      simulator.schedule(contact, contact.wrapUpSeconds);
      return null;
    }
    return finish(contact);
  }

  /** The contact's wrap-up is done and it ends; returns its agent. */
  Agent wrapUpDone(Contact contact) {
    if (contact.agent.group.wrapUpHoldsAgent) {
      contact.agent.blockingWrapUps--;
    }
    return finish(contact);
  }

  private Agent finish(Contact contact) {
    Agent agent = contact.agent;
    double now = simulator.now();
    double handleSeconds = now - contact.serviceStartSeconds;
    if (contact.counted) {
      contact.channel.tally.recordHandled(handleSeconds, contact.holdSeconds);
      window.outcomeReached();
    }
    journeys.addWorkload(contact, handleSeconds);
    disengage(agent, contact);
    int before = agent.itemsHeld();
    agent.remove(contact);
    changeLevel(agent, before);
    contact.state = Contact.State.DONE;
    contact.agent = null;
    journeys.contactDone(contact);
    observer.finished(contact, agent, now);
    journeys.handled(contact);
    return agent;
  }

  /** Pauses an item in service: its work so far is settled and its completion taken off the clock. */
  void pause(Agent agent, Contact item) {
    double now = simulator.now();
    item.remainingWorkSeconds = Math.max(0,
        item.remainingWorkSeconds - (now - item.lastRateChangeSeconds) * item.workRate);
    item.lastRateChangeSeconds = now;
    simulator.cancel(item);
    item.state = Contact.State.PAUSED;
    item.pausedSinceSeconds = now;
    agent.workingPerChannel[item.channel.index]--;
    disengage(agent, item);
    agent.paused++;
    observer.paused(item, agent, now);
  }

  /** Resumes a paused item; the time it was paused is hold time, part of its handle time. */
  void resume(Agent agent, Contact item) {
    item.holdSeconds += simulator.now() - item.pausedSinceSeconds;
    agent.paused--;
    engage(agent, item);
    startWorking(agent, item);
    observer.resumed(item, agent, simulator.now());
  }

  private void changeLevel(Agent agent, int before) {
    double now = simulator.now();
    agent.group.tally.level(agent.levelSinceSeconds, now, before, agent.itemsHeld());
    agent.levelSinceSeconds = now;
  }

  private void engage(Agent agent, Contact contact) {
    GroupState group = agent.group;
    int c = contact.channel.index;
    agent.engaged++;
    agent.engagedPerChannel[c]++;
    agent.engagedUnits += group.unitCost[c];
    if (group.exclusive[c]) {
      agent.engagedExclusive++;
    }
    group.tally.slots(simulator.now(), group.slotShare[c]);
  }

  private void disengage(Agent agent, Contact contact) {
    GroupState group = agent.group;
    int c = contact.channel.index;
    agent.engaged--;
    agent.engagedPerChannel[c]--;
    agent.engagedUnits -= group.unitCost[c];
    if (group.exclusive[c]) {
      agent.engagedExclusive--;
    }
    group.tally.slots(simulator.now(), -group.slotShare[c]);
  }

  /**
   * Starts (or resumes) work on an item. With a slowdown for its channel, every item of that channel in
   * the agent's hand changes rate: work done so far is settled at the old rate and each completion is
   * rescheduled at the new one (processor sharing, not frozen at the start).
   */
  private void startWorking(Agent agent, Contact contact) {
    int c = contact.channel.index;
    contact.state = Contact.State.IN_SERVICE;
    contact.lastRateChangeSeconds = simulator.now();
    agent.workingPerChannel[c]++;
    if (agent.group.slowdown[c] == null) {
      contact.workRate = 1;
      simulator.schedule(contact, contact.remainingWorkSeconds);
    } else {
      contact.workRate = 0;
      rerate(agent, c);
    }
  }

  /** Ends work on an item that is done; the other items of its channel speed up. */
  private void stopWorking(Agent agent, Contact contact) {
    int c = contact.channel.index;
    agent.workingPerChannel[c]--;
    if (agent.group.slowdown[c] != null) {
      rerate(agent, c);
    }
  }

  private void rerate(Agent agent, int channel) {
    double now = simulator.now();
    double rate = agent.group.workRate(channel, agent.workingPerChannel[channel]);
    for (int i = 0; i < agent.itemsHeld(); i++) {
      Contact item = agent.item(i);
      if (item.channel.index != channel || item.state != Contact.State.IN_SERVICE) {
        continue;
      }
      item.remainingWorkSeconds -= (now - item.lastRateChangeSeconds) * item.workRate;
      item.remainingWorkSeconds = Math.max(0, item.remainingWorkSeconds);
      item.lastRateChangeSeconds = now;
      item.workRate = rate;
      simulator.rescheduleAt(item, now + item.remainingWorkSeconds / rate);
    }
  }
}
