package io.ccsim.center;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccsim.distribution.Constant;
import io.ccsim.distribution.Exponential;
import io.ccsim.model.AgentCapacity;
import io.ccsim.model.AgentGroup;
import io.ccsim.model.ArrivalStream;
import io.ccsim.model.BreakRule;
import io.ccsim.model.BusinessHours;
import io.ccsim.model.Channel;
import io.ccsim.model.ChannelKind;
import io.ccsim.model.Journeys;
import io.ccsim.model.Routing;
import io.ccsim.model.Scenario;
import io.ccsim.model.ServiceLevelDefinition;
import io.ccsim.model.ServiceLevelGoal;
import io.ccsim.model.Shift;
import io.ccsim.model.TimeOfDay;
import io.ccsim.stats.Estimate;
import io.ccsim.stats.GroupTally;
import io.ccsim.stats.IntervalTally;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Schedules, breaks, shrinkage, business hours, multi-day backlog and interval reports. */
class RealDayTest {
  private static final double HOUR = 3600;
  private static final double HALF_HOUR = 1800;

  private static double at(String clock) {
    return TimeOfDay.parseSeconds(clock);
  }

  private static Channel phone(BusinessHours hours) {
    return new Channel("phone", ServiceLevelGoal.DEFAULT, new Exponential(180), new Exponential(300),
        Channel.UNLIMITED_QUEUE, ChannelKind.LIVE, null, 1, List.of(), hours, false);
  }

  private static AgentGroup shifted(String name, List<String> skills, List<Shift> shifts, double shrinkage) {
    return new AgentGroup(name, shifts.stream().mapToInt(Shift::count).sum(), skills, Map.of(), AgentCapacity.SINGLE,
        shifts, shrinkage);
  }

  private static Scenario day(List<Channel> channels, List<ArrivalStream> arrivals, List<AgentGroup> groups,
      double days) {
    return new Scenario("day", 17, 1, 0, days * TimeOfDay.DAY_SECONDS, channels, arrivals, groups, Routing.DEFAULT,
        Journeys.NONE, HALF_HOUR);
  }

  @Test
  void shiftsAndFixedBreaks_giveTheScheduledHeadcountPerInterval() {
    List<Shift> shifts = List.of(
        new Shift(at("08:00"), at("16:00"), 4, List.of(new BreakRule(at("12:00"), at("12:00"), HALF_HOUR))),
        new Shift(at("12:00"), at("20:00"), 3, List.of()));
    // A trickle of calls that never keeps anyone busy at a shift change: one a day at 03:00 would do, but
    // a closed channel is simpler: no arrivals at all.
    Scenario s = day(List.of(phone(new BusinessHours(at("08:00"), at("08:01")))),
        List.of(new ArrivalStream("phone", 1e-9)), List.of(shifted("team", List.of("phone"), shifts, 0)), 1);
    ReplicationResult r = ContactCenter.simulate(s, 0);
    double[] staffed = r.groups().get(0).intervalAvailableAgents(r.endSeconds());
    for (int i = 0; i < staffed.length; i++) {
      double start = i * HALF_HOUR;
      double expected = start < at("08:00") ? 0
          : start < at("12:00") ? 4
          : start < at("12:30") ? 3
          : start < at("16:00") ? 7
          : start < at("20:00") ? 3 : 0;
      assertEquals(expected, staffed[i], 1e-9, "interval " + TimeOfDay.format(start));
    }
  }

  @Test
  void breaksWithinAWindow_spreadTheTeam_andKeepTheScheduledAverage() {
    List<Shift> shifts = List.of(new Shift(at("08:00"), at("18:00"), 20,
        List.of(new BreakRule(at("11:00"), at("13:00"), HALF_HOUR))));
    Scenario s = day(List.of(phone(new BusinessHours(at("08:00"), at("08:01")))),
        List.of(new ArrivalStream("phone", 1e-9)), List.of(shifted("team", List.of("phone"), shifts, 0)), 1);
    ReplicationResult r = ContactCenter.simulate(s, 0);
    double[] staffed = r.groups().get(0).intervalAvailableAgents(r.endSeconds());
    double breakAgentHours = 0;
    for (int i = (int) (at("11:00") / HALF_HOUR); i < (int) (at("13:30") / HALF_HOUR); i++) {
      assertTrue(staffed[i] > 14 && staffed[i] < 20, "spread breaks leave most agents on: " + staffed[i]);
      breakAgentHours += (20 - staffed[i]) * 0.5;
    }
    assertEquals(20 * 0.5, breakAgentHours, 1e-6, "every agent takes exactly half an hour");
  }

  @Test
  void shrinkage_removesThatShareOfScheduledAgents_onAverage() {
    List<Shift> shifts = List.of(new Shift(at("08:00"), at("16:00"), 50, List.of()));
    Scenario s = new Scenario("shrinkage", 23, 30, 0, TimeOfDay.DAY_SECONDS,
        List.of(phone(new BusinessHours(at("08:00"), at("08:01")))), List.of(new ArrivalStream("phone", 1e-9)),
        List.of(shifted("team", List.of("phone"), shifts, 0.2)), Routing.DEFAULT, Journeys.NONE, HALF_HOUR);
    double[] present = new double[30];
    for (int rep = 0; rep < 30; rep++) {
      ReplicationResult r = ContactCenter.simulate(s, rep);
      present[rep] = r.groups().get(0).intervalAvailableAgents(r.endSeconds())[(int) (at("10:00") / HALF_HOUR)];
    }
    Estimate e = Estimate.of(present);
    assertTrue(e.contains(40), "expected 80% of 50 present: " + e);
    assertTrue(e.ci95() < 2, e.toString());
  }

  @Test
  void closedLiveChannel_getsNoArrivals_andIntervalsShowIt() {
    BusinessHours hours = new BusinessHours(at("08:00"), at("20:00"));
    Scenario s = day(List.of(phone(hours)), List.of(new ArrivalStream("phone", 60 / HOUR)),
        List.of(new AgentGroup("team", 3, List.of("phone"))), 2);
    ReplicationResult r = ContactCenter.simulate(s, 0);
    IntervalTally t = r.intervals().get(0);
    long open = 0;
    for (int i = 0; i < t.intervals(); i++) {
      boolean isOpen = hours.isOpen(i * HALF_HOUR);
      if (!isOpen) {
        assertEquals(0, t.offered(i), "closed interval " + TimeOfDay.format(i * HALF_HOUR));
      }
      open += isOpen ? t.offered(i) : 0;
    }
    // 24 open hours over two days at 60/h: 1440 expected, Poisson sd 38.
    assertEquals(1440, open, 5 * 38);
  }

  @Test
  void deferredBacklog_carriesOverToTheNextDay_andIsServedInTheMorning() {
    Channel email = new Channel("email", new ServiceLevelGoal(8 * HOUR, 0.9, ServiceLevelDefinition.ANSWERED_OF_OFFERED),
        new Exponential(600), null, Channel.UNLIMITED_QUEUE, ChannelKind.DEFERRED, null, 0, List.of(),
        new BusinessHours(at("09:00"), at("17:00")), true);
    List<Shift> shifts = List.of(new Shift(at("09:00"), at("17:00"), 10, List.of()));
    Scenario s = day(List.of(email), List.of(new ArrivalStream("email", 12 / HOUR)),
        List.of(shifted("team", List.of("email"), shifts, 0)), 3);
    ReplicationResult r = ContactCenter.simulate(s, 0);
    double[] queue = r.intervals().get(0).queueLength().averages(r.endSeconds());
    int day2Open = (int) ((TimeOfDay.DAY_SECONDS + at("09:00")) / HALF_HOUR);
    int day2Noon = (int) ((TimeOfDay.DAY_SECONDS + at("12:00")) / HALF_HOUR);
    assertTrue(queue[day2Open - 1] > 100, "the night's email waits for the morning: " + queue[day2Open - 1]);
    assertTrue(queue[day2Noon] < queue[day2Open - 1] / 2, "the morning shift works the backlog down");
    // In business hours, email that arrived overnight waited 0 open seconds before 09:00.
    assertTrue(r.channels().get(0).answeredWithinThreshold() > 0.8 * r.channels().get(0).answered());
  }

  @Test
  void agentBusyAtShiftEnd_finishesTheItemInHand_asOvertime() {
    // Callers give up after an hour, so the run ends soon after the horizon (before a second day's shift).
    Channel longCalls = new Channel("phone", ServiceLevelGoal.DEFAULT, new Constant(3 * HOUR), new Constant(HOUR),
        Channel.UNLIMITED_QUEUE, ChannelKind.LIVE, null, 0, List.of(), null, false);
    List<Shift> shifts = List.of(new Shift(at("08:00"), at("10:00"), 1, List.of()));
    Scenario s = day(List.of(longCalls), List.of(new ArrivalStream("phone", 0.01)),
        List.of(shifted("team", List.of("phone"), shifts, 0)), 1);
    ReplicationResult r = ContactCenter.simulate(s, 0);
    GroupTally g = r.groups().get(0);
    // The agent takes a 3-hour call right at 08:00 and finishes it at 11:00: one hour past the shift.
    assertEquals(HOUR, g.overtimeSeconds(), 1e-6);
  }

  @Test
  void businessHours_countOnlyOpenTimeBetweenTwoMoments() {
    BusinessHours hours = new BusinessHours(at("08:00"), at("20:00"));
    assertEquals(2 * HOUR, hours.openSecondsBetween(at("19:00"), TimeOfDay.DAY_SECONDS + at("09:00")), 1e-9);
    assertEquals(0, hours.openSecondsBetween(at("21:00"), TimeOfDay.DAY_SECONDS + at("07:00")), 1e-9);
    assertEquals(12 * HOUR + HOUR, hours.openSecondsBetween(at("07:00"), TimeOfDay.DAY_SECONDS + at("09:00")), 1e-9);
  }
}
