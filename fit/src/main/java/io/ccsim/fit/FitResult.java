package io.ccsim.fit;

import java.util.List;
import java.util.Map;

/**
 * Everything {@code ccsim fit} estimated from a log.
 *
 * @param channelOf call type to channel name (rare types are folded into the most common one)
 * @param channels the channel names in scenario order (most calls first)
 * @param offered per channel, the calls offered over the selection
 * @param handleTimes per channel
 * @param patience per channel; absent when no caller of the log abandoned
 * @param staffing null for a log without agents (then {@code fixedAgents} is set)
 * @param staffingStepsByDay with {@code --by-date} and agents in the log, per date in order, that day's staffing
 *     steps (as {@code staffingSteps}); else empty
 * @param busynessCv the day factor written: of the load per counted agent-hour with staffing, else of the volume
 * @param handleTimeFactors per channel, the factor on handle time per interval of the window; empty when not
 *     asked for (then {@code handleTimes} are fitted to the times as logged, else to the times / factors)
 * @param patienceFactors per channel with its own patience estimate, the factor on patience per interval
 *     (that interval's censored estimate / the channel's, the interval widened to ±1, ±2, ... neighbours
 *     until it has 20 abandonments; 1 when the whole window has fewer)
 * @param patienceCurves per channel, the Kaplan-Meier estimate from the same observations as {@code patience}
 *     (pooled where that is); written to the scenario with {@code --patience km}
 * @param vru per channel, its VRU stage; empty without VRU times in the log or with {@code --no-vru} (then the
 *     arrivals are fitted at queue entry, else at VRU entry)
 * @param afterCall the after-call time estimated from the gaps between an agent's calls, written to every
 *     channel as wrap-up when {@link AfterCallFit#estimated()}; null with {@code --wrap-up none} or a log
 *     without agents
 * @param recorded null for a log without waits
 */
public record FitResult(CallLog log, Selection selection, FitOptions options, Map<String, String> channelOf,
    List<String> channels, Map<String, Long> offered, ArrivalFit arrivals, Map<String, HandleTimeFit> handleTimes,
    Map<String, PatienceFit> patience, StaffingFit staffing, Integer fixedAgents, List<Integer> staffingSteps,
    List<List<Integer>> staffingStepsByDay,
    RecordedKpis recorded, Map<String, Integer> lostBeforeQueue, double busynessCv,
    Map<String, double[]> handleTimeFactors, Map<String, double[]> patienceFactors,
    Map<String, KaplanMeier> patienceCurves, Map<String, VruFit> vru, AfterCallFit afterCall, double seconds) {
  /** The after-call time written to the scenario as wrap-up, or null when none is. */
  public KaplanMeier wrapUp() {
    return afterCall == null ? null : afterCall.curve();
  }
}
