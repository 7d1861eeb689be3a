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
 */
public record CallLog(
    String source,
    LogFormat format,
    List<Call> calls,
    Map<String, Integer> lostBeforeQueue,
    Map<String, Integer> odd,
    boolean hasWaits,
    boolean hasAgents) {
  public CallLog {
    calls = List.copyOf(calls);
    lostBeforeQueue = Map.copyOf(lostBeforeQueue);
    odd = Map.copyOf(odd);
  }
}
