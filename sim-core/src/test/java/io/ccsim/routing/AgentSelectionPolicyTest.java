package io.ccsim.routing;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** What each agent-selection policy chooses, on small hand-built states. */
class AgentSelectionPolicyTest {
  private final Fixture state = new Fixture();
  private final Fixture.Channel chat = state.channel(0, 60, null);

  @Test
  void longestIdle_idleAgentsInTwoGroups_choosesTheOneIdleLongestAcrossGroups() {
    Fixture.Group first = state.group(false, 1);
    Fixture.Group second = state.group(false, 1);
    state.idle(first, "a", 500);
    Fixture.Agent b = state.idle(second, "b", 300);

    assertSame(b, new LongestIdle().choose(state.arriving(chat), state));
  }

  @Test
  void longestIdle_headRefusedByARule_fallsBackToAnotherGroupNotTheNextInLine() {
    Fixture.Group first = state.group(false, 1);
    Fixture.Group second = state.group(false, 1);
    Fixture.Agent a = state.idle(first, "a", 100);
    state.idle(first, "a2", 200);
    Fixture.Agent b = state.idle(second, "b", 300);
    Fixture.Contact contact = state.arriving(chat);
    state.refuse(a, contact);

    assertSame(b, new LongestIdle().choose(contact, state));
  }

  @Test
  void longestIdle_everyoneBusy_choosesTheBusyAgentAssignedLeastRecently_inGroupsThatHoldSeveral() {
    Fixture.Group single = state.group(false, 1);
    Fixture.Group chats = state.group(true, 1);
    state.busy(single, "phone-only", 1, 10);
    state.busy(chats, "recent", 2, 900);
    Fixture.Agent old = state.busy(chats, "old", 2, 400);

    assertSame(old, new LongestIdle().choose(state.arriving(chat), state));
  }

  @Test
  void longestIdle_nobodyMayTakeIt_returnsNull() {
    Fixture.Group chats = state.group(true, 1);
    Fixture.Agent a = state.busy(chats, "a", 3, 10);
    Fixture.Contact contact = state.arriving(chat);
    state.refuse(a, contact);

    assertNull(new LongestIdle().choose(contact, state));
  }

  @Test
  void leastLoaded_busyAgents_choosesTheFewestItems_thenTheLeastRecentlyAssigned() {
    Fixture.Group chats = state.group(true, 1);
    state.busy(chats, "three", 3, 100);
    state.busy(chats, "one-recent", 1, 800);
    Fixture.Agent oneOld = state.busy(chats, "one-old", 1, 500);

    assertSame(oneOld, new LeastLoaded().choose(state.arriving(chat), state));
  }

  @Test
  void leastLoaded_anIdleAgent_isPreferredToAnyBusyOne() {
    Fixture.Group chats = state.group(true, 1);
    state.busy(chats, "one", 1, 100);
    Fixture.Agent idle = state.idle(chats, "idle", 900);

    assertSame(idle, new LeastLoaded().choose(state.arriving(chat), state));
  }

  @Test
  void mostLoaded_busyAgentWithRoom_isPreferredToAnIdleOne_andTheFullestWins() {
    Fixture.Group chats = state.group(true, 1);
    state.idle(chats, "idle", 10);
    state.busy(chats, "one", 1, 100);
    Fixture.Agent two = state.busy(chats, "two", 2, 800);
    Fixture.Agent full = state.busy(chats, "full", 3, 50);
    Fixture.Contact contact = state.arriving(chat);
    state.refuse(full, contact);

    assertSame(two, new MostLoaded().choose(contact, state));
  }

  @Test
  void mostLoaded_noBusyAgentHasRoom_fallsBackToTheLongestIdle() {
    Fixture.Group chats = state.group(true, 1);
    Fixture.Agent full = state.busy(chats, "full", 3, 50);
    Fixture.Agent idle = state.idle(chats, "idle", 10);
    state.idle(chats, "idle-later", 20);
    Fixture.Contact contact = state.arriving(chat);
    state.refuse(full, contact);

    assertSame(idle, new MostLoaded().choose(contact, state));
  }

  @Test
  void bestSkilled_theFasterGroupWins_evenWhenItsAgentWasIdleLessLong() {
    Fixture.Group slow = state.group(false, 1.2);
    Fixture.Group fast = state.group(false, 0.8);
    state.idle(slow, "slow", 10);
    Fixture.Agent quick = state.idle(fast, "fast", 900);

    assertSame(quick, new BestSkilled().choose(state.arriving(chat), state));
  }

  @Test
  void bestSkilled_fasterGroupHasNobodyFree_goesToTheNextFastest() {
    Fixture.Group fast = state.group(false, 0.8);
    Fixture.Group slow = state.group(false, 1.2);
    state.busy(fast, "busy-fast", 1, 10);
    Fixture.Agent slowAgent = state.idle(slow, "slow", 10);

    assertSame(slowAgent, new BestSkilled().choose(state.arriving(chat), state));
  }
}
