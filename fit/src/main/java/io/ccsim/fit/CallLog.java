package io.ccsim.fit;

import java.util.List;
import java.util.Map;

/**
 * A parsed log: the contacts offered to the agent queue, and what was left out or looked odd.
 *
 * @param source the file name, for messages
 * @param format the format it was read as
 * @param calls the contacts offered to the queue, in file order
 * @param lostBeforeQueue per type, callers who left in the voice-response unit before asking for an agent
 * @param odd per reason, rows kept or skipped that looked odd (each reason says which)
 * @param hasWaits whether the log records queue waits (else no recorded KPIs and no censored patience)
 * @param hasAgents whether the log names the agent who answered (else no staffing estimate)
 * @param lostInVru callers who left in the VRU, each with its VRU entry as arrival (outcome OFFERED, no
 *     wait); empty when the log has no VRU times (then the calls' {@code vruSeconds} are NaN too)
 */
public record CallLog(
    String source,
    LogFormat format,
    List<Call> calls,
    Map<String, Integer> lostBeforeQueue,
    Map<String, Integer> odd,
    boolean hasWaits,
    boolean hasAgents,
    List<Call> lostInVru) {
  /** A log without VRU records. */
  public CallLog(String source, LogFormat format, List<Call> calls, Map<String, Integer> lostBeforeQueue,
      Map<String, Integer> odd, boolean hasWaits, boolean hasAgents) {
    this(source, format, calls, lostBeforeQueue, odd, hasWaits, hasAgents, List.of());
  }

  /** Whether the log records VRU times and the callers lost there. */
  public boolean hasVru() {
    return !lostInVru.isEmpty();
  }

  public CallLog {
    lostInVru = List.copyOf(lostInVru);
    calls = List.copyOf(calls);
    lostBeforeQueue = Map.copyOf(lostBeforeQueue);
    odd = Map.copyOf(odd);
  }
}
