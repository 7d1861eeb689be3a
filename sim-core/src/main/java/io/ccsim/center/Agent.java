package io.ccsim.center;

import io.ccsim.routing.AgentView;
import java.util.Arrays;

/**
 * One agent: the items in hand, per channel, and the capacity rules that decide whether one more fits.
 *
 * <p>An item is <em>engaged</em> while it is worked on or wrapped up, and <em>paused</em> while a live
 * contact has interrupted it. Paused items keep their channel slot but use no units and do not block
 * other channels, which is what lets the interrupting call in.
 */
public final class Agent implements AgentView {
  /** Where the agent is in its working day. */
  public enum Presence {
    /** Not logged in (no shift now, or absent). */
    OFF,
    /** Logged in and taking work. */
    AVAILABLE,
    /** A break is due: takes no new work, goes on the break when the items in hand are done. */
    BREAK_PENDING,
    ON_BREAK,
    /** The shift has ended: takes no new work, logs out when the items in hand are done (overtime). */
    LEAVING
  }

  final GroupState group;
  Presence presence = Presence.AVAILABLE;
  double pendingBreakSeconds;
  double shiftEndSeconds;
  final int indexInGroup;
  /** Items in hand, engaged or paused, in no particular order (each knows its index here). */
  private Contact[] items = new Contact[2];
  private int itemCount;
  final int[] heldPerChannel;
  final int[] engagedPerChannel;
  /** Items of each channel being worked on (not in wrap-up, not paused): the level that sets slowdown. */
  final int[] workingPerChannel;
  int engaged;
  int engagedUnits;
  int engagedExclusive;
  int paused;
  /** Wrap-ups under way that block the whole agent. */
  int blockingWrapUps;
  /** Whether the agent is in its group's queue of idle agents (see {@link Presence#becameFree}). */
  boolean inIdleQueue;
  double idleSinceSeconds;
  double lastAssignedSeconds = Double.NEGATIVE_INFINITY;
  double levelSinceSeconds;

  Agent(GroupState group, int indexInGroup, int channelCount) {
    this.group = group;
    this.indexInGroup = indexInGroup;
    this.heldPerChannel = new int[channelCount];
    this.engagedPerChannel = new int[channelCount];
    this.workingPerChannel = new int[channelCount];
  }

  public GroupState group() {
    return group;
  }

  /** Where the agent is in its working day now. */
  public Presence presence() {
    return presence;
  }

  /** The agent's position in its group, 0-based. */
  public int indexInGroup() {
    return indexInGroup;
  }

  @Override
  public int groupIndex() {
    return group.index;
  }

  /** Items in hand, engaged or paused. */
  @Override
  public int itemsHeld() {
    return itemCount;
  }

  /** Whether the agent is logged in, not on a break, and taking work. */
  public boolean isAvailable() {
    return presence == Presence.AVAILABLE;
  }

  public boolean isIdle() {
    return itemCount == 0;
  }

  /** Whether nothing in hand stops the agent from being given work: no blocking wrap-up. */
  boolean isFree() {
    return itemCount == 0 && blockingWrapUps == 0;
  }

  @Override
  public double idleSinceSeconds() {
    return idleSinceSeconds;
  }

  @Override
  public double lastAssignedSeconds() {
    return lastAssignedSeconds;
  }

  /** Whether one more item of {@code channel} fits the agent's capacity, given whether channels may mix. */
  boolean fits(int channel, boolean mixChannels) {
    GroupState g = group;
    if (blockingWrapUps > 0 || heldPerChannel[channel] >= g.maxPerChannel[channel]) {
      return false;
    }
    if (engaged == 0) {
      return true;
    }
    if (engagedExclusive > 0 || g.exclusive[channel]) {
      return false;
    }
    if (!mixChannels && engagedPerChannel[channel] != engaged) {
      return false;
    }
    return g.units == 0 || engagedUnits + g.unitCost[channel] <= g.units;
  }

  void add(Contact contact) {
    if (itemCount == items.length) {
      items = Arrays.copyOf(items, itemCount * 2);
    }
    contact.slotInAgent = itemCount;
    items[itemCount++] = contact;
    heldPerChannel[contact.channel.index]++;
  }

  void remove(Contact contact) {
    int slot = contact.slotInAgent;
    Contact last = items[--itemCount];
    items[slot] = last;
    last.slotInAgent = slot;
    items[itemCount] = null;
    contact.slotInAgent = -1;
    heldPerChannel[contact.channel.index]--;
  }

  /** Item {@code i} in hand, 0 <= i < {@link #itemsHeld}. */
  public Contact item(int i) {
    return items[i];
  }
}
