package io.ccsim.center;

import io.ccsim.arrivals.BusynessFactors;
import io.ccsim.engine.Event;
import io.ccsim.engine.Simulator;
import io.ccsim.model.AgentGroup;
import io.ccsim.model.BreakRule;
import io.ccsim.model.Shift;
import io.ccsim.model.TimeOfDay;
import io.ccsim.random.RandomStream;
import java.util.List;

/**
 * Plays one group's shifts day after day: logs agents in at the start (unless absent, by the group's
 * shrinkage), sends them on their breaks, and logs them out at the end. Each day schedules the next, so
 * only one day's events are pending at a time. With a staffing elasticity e, a shift brings its count × f^e
 * agents on a day whose shared busyness factor is f (from its reserve on busy days), rounded together.
 */
final class Rota {
  private final Presence presence;
  private final Simulator simulator;
  private final GroupState group;
  private final double shrinkage;
  private final RandomStream absenceRng;
  private final RandomStream breakRng;
  private final double lastStartSeconds;
  /** The day factors a staffing elasticity follows, and the stream that rounds to whole agents; else null. */
  private final BusynessFactors busyness;
  private final RandomStream roundingRng;
  /** The day whose shifts {@link #roundedCounts} holds, and the agents each shift brings that day. */
  private int roundedDay = -1;
  private int[] roundedCounts;

  Rota(Presence presence, Simulator simulator, GroupState group, RandomStream absenceRng,
      RandomStream breakRng, double lastStartSeconds, BusynessFactors busyness, RandomStream roundingRng) {
    this.presence = presence;
    this.simulator = simulator;
    this.group = group;
    this.shrinkage = group.spec.shrinkage();
    this.absenceRng = absenceRng;
    this.breakRng = breakRng;
    this.lastStartSeconds = lastStartSeconds;
    this.busyness = group.spec.staffingElasticity() > 0 ? busyness : null;
    this.roundingRng = roundingRng;
  }

  /** Schedules the first day of every shift. */
  void start() {
    List<Shift> shifts = group.spec.shifts();
    int firstAgent = 0;
    for (int s = 0; s < shifts.size(); s++) {
      scheduleDay(s, firstAgent, 0);
      firstAgent += shifts.get(s).count() + group.spec.reserveOf(shifts.get(s));
    }
  }

  /** Shift {@code s} of the group (by position: two shifts may be alike) on {@code day}. */
  private void scheduleDay(int s, int firstAgent, int day) {
    Shift shift = group.spec.shifts().get(s);
    // A shift of a staffing given day by day is worked on its day of the cycle only.
    while (!shift.worksOn(day)) {
      day++;
    }
    double dayStart = day * TimeOfDay.DAY_SECONDS;
    double startSeconds = dayStart + shift.startSeconds();
    if (startSeconds >= lastStartSeconds) {
      return;
    }
    simulator.scheduleAt(new ShiftStart(this, s, firstAgent, day), startSeconds);
  }

  private void startDay(int s, int firstAgent, int day) {
    Shift shift = group.spec.shifts().get(s);
    double dayStart = day * TimeOfDay.DAY_SECONDS;
    int scheduled = scheduledToday(s, day);
    int agentsOfShift = shift.count() + group.spec.reserveOf(shift);
    for (int i = firstAgent; i < firstAgent + agentsOfShift; i++) {
      Agent agent = group.agents[i];
      // Draw absence and break times for every agent, present or not, so that streams stay aligned
      // across compared scenarios.
      boolean absent = absenceRng.nextDouble() < shrinkage;
      double[] breakStarts = new double[shift.breaks().size()];
      for (int b = 0; b < breakStarts.length; b++) {
        BreakRule rule = shift.breaks().get(b);
        breakStarts[b] = dayStart + rule.earliestStartSeconds()
            + (rule.latestStartSeconds() - rule.earliestStartSeconds()) * breakRng.nextDouble();
      }
      if (absent || i - firstAgent >= scheduled) {
        continue;
      }
      presence.logIn(agent);
      for (int b = 0; b < breakStarts.length; b++) {
        simulator.scheduleAt(new BreakDue(presence, agent, shift.breaks().get(b).durationSeconds()), breakStarts[b]);
      }
      double endSeconds = dayStart + shift.endSeconds();
      simulator.scheduleAt(new ShiftEnd(presence, agent, endSeconds), endSeconds);
    }
    scheduleDay(s, firstAgent, day + 1);
  }

  /** How many of the shift's agents are scheduled on {@code day}: its count, or that × the day's factor^e. */
  private int scheduledToday(int s, int day) {
    if (busyness == null) {
      return group.spec.shifts().get(s).count();
    }
    if (roundedDay != day) {
      roundDay(day);
    }
    return roundedCounts[s];
  }

  /**
   * Every shift's agents on {@code day}: count × the day's factor^e, rounded together with one random
   * offset u (systematic rounding): shift i gets floor(S_i + u) - floor(S_(i-1) + u), S_i being the sum of
   * the exact counts of shifts 1..i. The shifts of a staffing curve are its layers, so the agents at work
   * at any moment are a leading run of them and their total is off the exact figure by less than one
   * agent; rounding each shift on its own would add a random agent per layer.
   */
  private void roundDay(int day) {
    List<Shift> shifts = group.spec.shifts();
    double factor = Math.min(AgentGroup.MAX_STAFFING_FACTOR,
        Math.pow(busyness.of(day), group.spec.staffingElasticity()));
    double offset = roundingRng.nextDouble();
    double exactSum = 0;
    long previous = 0;
    roundedCounts = new int[shifts.size()];
    for (int i = 0; i < shifts.size(); i++) {
      Shift shift = shifts.get(i);
      if (!shift.worksOn(day)) {
        continue;
      }
      exactSum += shift.count() * factor;
      long upTo = (long) Math.floor(exactSum + offset);
      roundedCounts[i] = (int) Math.min(upTo - previous, shift.count() + group.spec.reserveOf(shift));
      previous = upTo;
    }
    roundedDay = day;
  }

  /** The start of one shift on one day: logs its agents in and schedules their breaks and logout. */
  private static final class ShiftStart extends Event {
    private final Rota rota;
    private final int shift;
    private final int firstAgent;
    private final int day;

    ShiftStart(Rota rota, int shift, int firstAgent, int day) {
      this.rota = rota;
      this.shift = shift;
      this.firstAgent = firstAgent;
      this.day = day;
    }

    @Override
    protected void fire() {
      rota.startDay(shift, firstAgent, day);
    }
  }

  /** A break falls due for one agent. */
  private static final class BreakDue extends Event {
    private final Presence presence;
    private final Agent agent;
    private final double durationSeconds;

    BreakDue(Presence presence, Agent agent, double durationSeconds) {
      this.presence = presence;
      this.agent = agent;
      this.durationSeconds = durationSeconds;
    }

    @Override
    protected void fire() {
      presence.breakDue(agent, durationSeconds);
    }
  }

  /** One agent's shift ends. */
  private static final class ShiftEnd extends Event {
    private final Presence presence;
    private final Agent agent;
    private final double endSeconds;

    ShiftEnd(Presence presence, Agent agent, double endSeconds) {
      this.presence = presence;
      this.agent = agent;
      this.endSeconds = endSeconds;
    }

    @Override
    protected void fire() {
      presence.shiftEnds(agent, endSeconds);
    }
  }
}
