package io.ccsim.center;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccsim.arrivals.ArrivalProcesses;
import io.ccsim.arrivals.BusynessFactors;
import io.ccsim.distribution.Exponential;
import io.ccsim.model.AgentCapacity;
import io.ccsim.model.AgentGroup;
import io.ccsim.model.ArrivalStream;
import io.ccsim.model.Busyness;
import io.ccsim.model.Channel;
import io.ccsim.model.Journeys;
import io.ccsim.model.RateProfile;
import io.ccsim.model.Routing;
import io.ccsim.model.Scenario;
import io.ccsim.model.ServiceLevelGoal;
import io.ccsim.model.Shift;
import io.ccsim.random.RandomStreams;
import io.ccsim.stats.Estimate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A staffing elasticity makes a day's staffing follow the day's shared busyness: the agents who log in
 * each day move with the calls that arrive that day, on average the shift's count, and since busy days
 * are no longer understaffed, fewer callers abandon than with the same staffing every day.
 */
class StaffingElasticityTest {
  private static final int DAYS = 80;
  private static final int COUNT = 20;

  private static Scenario scenario(double elasticity, long seed) {
    Channel phone = new Channel("phone", ServiceLevelGoal.DEFAULT, new Exponential(180), new Exponential(120),
        Channel.UNLIMITED_QUEUE);
    // Calls arrive while the shift works, 08:00-20:00, at 90% of its agents' capacity on an average day.
    ArrivalStream calls = new ArrivalStream("phone",
        RateProfile.ofDailyVolume(0.9 * COUNT / 180.0 * 12 * 3600, 8 * 3600, 12 * 3600, List.of(100.0)),
        new Busyness(0.25, true), List.of(), 0);
    AgentGroup team = new AgentGroup("team", COUNT, List.of("phone"), Map.of(), AgentCapacity.SINGLE,
        List.of(new Shift(8 * 3600, 20 * 3600, COUNT, List.of())), 0, elasticity);
    return new Scenario("elastic", seed, 1, 0, DAYS * 24 * 3600.0, List.of(phone), List.of(calls), List.of(team),
        Routing.DEFAULT, Journeys.NONE);
  }

  /** Per day: agents logged in at the day's start, and calls that arrived. */
  private static double[][] perDay(Scenario s) {
    double[][] days = new double[2][DAYS];
    ContactCenter center = new ContactCenter(s, 0);
    center.observe(new CenterObserver() {
      @Override
      public void presenceChanged(Agent agent, double nowSeconds) {
        int day = (int) (nowSeconds / 86_400);
        if (agent.presence() == Agent.Presence.AVAILABLE && nowSeconds == day * 86_400.0 + 8 * 3600 && day < DAYS) {
          days[0][day]++;
        }
      }

      @Override
      public void arrived(Contact contact, double nowSeconds) {
        int day = (int) (nowSeconds / 86_400);
        if (day < DAYS) {
          days[1][day]++;
        }
      }
    });
    center.run();
    return days;
  }

  private static double correlation(double[] x, double[] y) {
    double mx = Estimate.of(x).mean();
    double my = Estimate.of(y).mean();
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int i = 0; i < x.length; i++) {
      sxy += (x[i] - mx) * (y[i] - my);
      sxx += (x[i] - mx) * (x[i] - mx);
      syy += (y[i] - my) * (y[i] - my);
    }
    return sxy / Math.sqrt(sxx * syy);
  }

  @Test
  void withoutElasticity_everyDayBringsTheShiftsCount() {
    double[] loggedIn = perDay(scenario(0, 5))[0];
    for (int day = 0; day < DAYS; day++) {
      assertEquals(COUNT, loggedIn[day], "day " + day);
    }
  }

  @Test
  void elasticityOne_staffsInProportionToTheDaysCalls_aboutTheCountOnAverage() {
    double[][] days = perDay(scenario(1, 5));
    double r = correlation(days[0], days[1]);
    assertTrue(r > 0.8, "correlation of agents and calls per day: " + r);
    Estimate agents = Estimate.of(days[0]);
    assertTrue(Math.abs(agents.mean() - COUNT) < Math.max(agents.ci95(), 0.5),
        "mean agents per day " + agents + ", count " + COUNT);
  }

  @Test
  void elasticityOne_fewerAbandonThanWithTheSameStaffingEveryDay() {
    // Paired over seeds (common random numbers: the same calls and day factors in both).
    double[] difference = new double[12];
    for (int i = 0; i < difference.length; i++) {
      difference[i] = abandonRate(scenario(1, 100 + i)) - abandonRate(scenario(0, 100 + i));
    }
    Estimate d = Estimate.of(difference);
    assertTrue(d.mean() + d.ci95() < 0, "abandonment with elasticity 1 minus without: " + d);
  }

  private static double abandonRate(Scenario s) {
    var tally = ContactCenter.simulate(s, 0).channels().get(0);
    return (double) tally.abandoned() / tally.offered();
  }

  @Test
  void layersOfOneAgent_atWorkTogether_areWithinOneOfTheExactStaffing() {
    // Three one-agent layers (08-20, 10-18, 12-16), as a staffing curve makes them: at 13:00 all three
    // work, and with elasticity 1 the day should have 3 x f of them. Rounded together, the agents who
    // logged in by then are within one of that every day; rounded one by one they would not be.
    assertWithinOneOfExactStaffing(List.of(new Shift(8 * 3600, 20 * 3600, 1, List.of()),
        new Shift(10 * 3600, 18 * 3600, 1, List.of()), new Shift(12 * 3600, 16 * 3600, 1, List.of())));
  }

  @Test
  void identicalShifts_eachBringTheirOwnShare() {
    // Two shifts alike (records equal): each is rounded in its own place, not taken for the other.
    assertWithinOneOfExactStaffing(List.of(new Shift(8 * 3600, 20 * 3600, 1, List.of()),
        new Shift(8 * 3600, 20 * 3600, 1, List.of())));
  }

  /** With elasticity 1, the agents logged in by 12:00 are within one of (sum of counts) x f every day. */
  private static void assertWithinOneOfExactStaffing(List<Shift> shifts) {
    int count = shifts.stream().mapToInt(Shift::count).sum();
    Busyness busyness = new Busyness(0.3, true);
    Channel phone = new Channel("phone", ServiceLevelGoal.DEFAULT, new Exponential(180), new Exponential(120),
        Channel.UNLIMITED_QUEUE);
    AgentGroup layers = new AgentGroup("team", count, List.of("phone"), Map.of(), AgentCapacity.SINGLE, shifts, 0, 1);
    Scenario s = new Scenario("layers", 9, 1, 0, DAYS * 24 * 3600.0, List.of(phone),
        List.of(new ArrivalStream("phone", RateProfile.constant(1 / 600.0), busyness, List.of(), 0)),
        List.of(layers), Routing.DEFAULT, Journeys.NONE);
    int[] atWork = new int[DAYS];
    ContactCenter center = new ContactCenter(s, 0);
    center.observe(new CenterObserver() {
      @Override
      public void presenceChanged(Agent agent, double nowSeconds) {
        int day = (int) (nowSeconds / 86_400);
        double inDay = nowSeconds - day * 86_400.0;
        if (agent.presence() == Agent.Presence.AVAILABLE && inDay <= 12 * 3600 && day < DAYS) {
          atWork[day]++;
        }
      }
    });
    center.run();
    BusynessFactors factors = new BusynessFactors(busyness,
        new RandomStreams(9, 0).stream(ArrivalProcesses.SHARED_BUSYNESS_STREAM));
    int differed = 0;
    for (int day = 0; day < DAYS; day++) {
      double exact = count * Math.min(AgentGroup.MAX_STAFFING_FACTOR, factors.of(day));
      assertTrue(Math.abs(atWork[day] - exact) < 1, "day " + day + ": " + atWork[day] + " agents for " + exact);
      differed += atWork[day] != count ? 1 : 0;
    }
    assertTrue(differed > DAYS / 4, "the staffing moved on " + differed + " of " + DAYS + " days");
  }
}
