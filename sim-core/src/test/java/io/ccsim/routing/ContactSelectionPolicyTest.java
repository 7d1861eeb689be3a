package io.ccsim.routing;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** What each contact-selection policy chooses among queue heads, on small hand-built states. */
class ContactSelectionPolicyTest {
  private final Fixture state = new Fixture();
  private final Fixture.Group team = state.group(true, 1);
  private final Fixture.Agent agent = state.idle(team, "agent", 0);

  @Test
  void priorityFifo_higherPriorityChannel_winsOverAnOlderContact() {
    state.channel(1, 20, 100.0);
    Fixture.Channel urgent = state.channel(5, 20, 900.0);

    assertSame(urgent.head(), new PriorityFifo().choose(agent, state));
  }

  @Test
  void priorityFifo_equalPriorities_theEarlierArrivalWins() {
    state.channel(1, 20, 300.0);
    state.channel(1, 20, 500.0);
    Fixture.Channel earliest = state.channel(1, 20, 200.0);

    assertSame(earliest.head(), new PriorityFifo().choose(agent, state));
  }

  @Test
  void priorityFifo_headTheAgentMayNotTake_isSkipped_andEmptyQueuesGiveNull() {
    Fixture.Channel urgent = state.channel(5, 20, 100.0);
    Fixture.Channel other = state.channel(1, 20, 200.0);
    state.refuse(agent, urgent.head());

    assertSame(other.head(), new PriorityFifo().choose(agent, state));
    Fixture empty = new Fixture();
    Fixture.Agent alone = empty.idle(empty.group(false, 1), "alone", 0);
    empty.channel(1, 20, null);
    assertNull(new PriorityFifo().choose(alone, empty));
  }

  @Test
  void longestWeightedWait_waitRelativeToThreshold_decides_notPriority() {
    state.now(1000);
    // A call 30 s into a 20 s target (1.5) beats a chat 80 s into a 60 s target (1.33), whatever the priorities.
    Fixture.Channel phone = state.channel(0, 20, 970.0);
    state.channel(9, 60, 920.0);

    assertSame(phone.head(), new LongestWeightedWait().choose(agent, state));
  }

  @Test
  void longestWeightedWait_zeroThreshold_countsAsOneSecond() {
    state.now(1000);
    Fixture.Channel instant = state.channel(0, 0, 995.0);
    state.channel(0, 60, 800.0);

    // 5 s over a floor of 1 s (5.0) beats 200 s over 60 s (3.33).
    assertSame(instant.head(), new LongestWeightedWait().choose(agent, state));
  }
}
