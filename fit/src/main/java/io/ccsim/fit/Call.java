package io.ccsim.fit;

/**
 * One contact offered to the agent queue, as a log records it. Times are seconds after midnight of
 * {@code day}; a time after the next midnight is above 86,400.
 *
 * @param day the day's index in the log, from 0 (the first date seen)
 * @param weekday 1 Monday to 7 Sunday (ISO), or 0 when the log has no calendar dates
 * @param type the call type (the scenario's channel)
 * @param arrivalSeconds when the contact joined the agent queue (or reached an agent at once)
 * @param outcome whether it was answered, abandoned or only offered (a log without outcomes)
 * @param waitSeconds time in queue until answer or abandonment; NaN when the log does not say
 * @param handleSeconds handle time of an answered contact (or the exported one); NaN when not observed
 * @param patienceSeconds an exactly observed patience (an export); NaN otherwise (abandoners' patience is
 *     their wait, answered contacts' patience is censored at their wait)
 * @param agent who answered, or null
 * @param priorityClass whether the caller is of the log's priority class (the bank's priority 2)
 * @param vruSeconds time from entering the voice-response unit (VRU) to {@code arrivalSeconds}; NaN when the
 *     log does not say
 */
public record Call(
    int day,
    int weekday,
    String type,
    double arrivalSeconds,
    Outcome outcome,
    double waitSeconds,
    double handleSeconds,
    double patienceSeconds,
    String agent,
    boolean priorityClass,
    double vruSeconds) {
  /** A contact whose time in a VRU is not known. */
  public Call(int day, int weekday, String type, double arrivalSeconds, Outcome outcome, double waitSeconds,
      double handleSeconds, double patienceSeconds, String agent, boolean priorityClass) {
    this(day, weekday, type, arrivalSeconds, outcome, waitSeconds, handleSeconds, patienceSeconds, agent,
        priorityClass, Double.NaN);
  }

  /** A caller of the regular class. */
  public Call(int day, int weekday, String type, double arrivalSeconds, Outcome outcome, double waitSeconds,
      double handleSeconds, double patienceSeconds, String agent) {
    this(day, weekday, type, arrivalSeconds, outcome, waitSeconds, handleSeconds, patienceSeconds, agent, false);
  }

  /** What became of a contact offered to the queue. */
  public enum Outcome { ANSWERED, ABANDONED, OFFERED }

  /** When service started (answered calls). */
  public double answerSeconds() {
    return arrivalSeconds + waitSeconds;
  }
}
