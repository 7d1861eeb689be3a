package io.ccsim.arrivals;

import static io.ccsim.arrivals.Windows.DAY;
import static io.ccsim.arrivals.Windows.HOUR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccsim.model.ArrivalStream;
import io.ccsim.model.Burst;
import io.ccsim.model.Busyness;
import io.ccsim.model.RateProfile;
import io.ccsim.random.RandomStream;
import io.ccsim.random.RandomStreams;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The non-homogeneous Poisson process against its definition: Poisson counts with the profile's means. */
class TimeVaryingArrivalsTest {
  private static final double HALF_HOUR = HOUR / 2;

  /** 08:00-11:00 in half hours, one of them empty. */
  private static final List<Double> PER_HOUR = List.of(60.0, 120.0, 240.0, 30.0, 0.0, 180.0);

  private static RateProfile morning() {
    return new RateProfile(8 * HOUR, HALF_HOUR, PER_HOUR.stream().map(r -> r / HOUR).toList());
  }

  private static ArrivalProcess process(ArrivalStream stream, long seed, int replication) {
    return ArrivalProcesses.of(stream, new RandomStreams(seed, replication));
  }

  /** Counts of every interval of the profile, of a window across a bound, and of the time outside. */
  @Test
  void profile_countsPerInterval_arePoissonWithTheProfilesMeans() {
    int days = 3000;
    double[] from = new double[PER_HOUR.size() + 3];
    double[] to = new double[from.length];
    for (int i = 0; i < PER_HOUR.size(); i++) {
      from[i] = 8 * HOUR + i * HALF_HOUR;
      to[i] = from[i] + HALF_HOUR;
    }
    int across = PER_HOUR.size();
    from[across] = 8.25 * HOUR; // 08:15-08:45: a quarter hour at 60/h, a quarter at 120/h
    to[across] = 8.75 * HOUR;
    from[across + 1] = 0;
    to[across + 1] = 8 * HOUR;
    from[across + 2] = 11 * HOUR;
    to[across + 2] = DAY;

    long[][] counts = Windows.perDay(process(new ArrivalStream("chat", morning()), 17, 0), days, from, to);

    for (int i = 0; i < PER_HOUR.size(); i++) {
      double expected = PER_HOUR.get(i) / 2;
      Moments m = Moments.of(counts[i]);
      m.assertMean(expected, "interval " + i);
      m.assertVariance(expected, "interval " + i);
    }
    Moments straddling = Moments.of(counts[across]);
    straddling.assertMean(15 + 30, "08:15-08:45");
    straddling.assertVariance(15 + 30, "08:15-08:45");
    assertEquals(0, Moments.of(counts[across + 1]).mean, "before 08:00");
    assertEquals(0, Moments.of(counts[across + 2]).mean, "after 11:00");
  }

  @Test
  void profile_overReplications_matchesOverDays() {
    ArrivalStream stream = new ArrivalStream("chat", morning());
    int replications = 2000;
    long[] firstDay = new long[replications];
    for (int r = 0; r < replications; r++) {
      firstDay[r] = Windows.perDay(process(stream, 3, r), 1, new double[] {9 * HOUR}, new double[] {9.5 * HOUR})[0][0];
    }
    Moments m = Moments.of(firstDay);
    m.assertMean(120, "09:00-09:30 across replications");
    m.assertVariance(120, "09:00-09:30 across replications");
  }

  @Test
  void profilePastMidnight_wrapsIntoTheNextDay_andAppliesFromDayOne() {
    // 22:00-02:00 at 40, 80, 120, 160 per hour: the last two hours fall after midnight.
    RateProfile night = new RateProfile(22 * HOUR, HOUR, List.of(40 / HOUR, 80 / HOUR, 120 / HOUR, 160 / HOUR));
    double[] from = {22 * HOUR, 23 * HOUR, 0, HOUR, 2 * HOUR};
    double[] to = {23 * HOUR, DAY, HOUR, 2 * HOUR, 22 * HOUR};

    long[][] counts = Windows.perDay(process(new ArrivalStream("chat", night), 5, 0), 2000, from, to);

    double[] expected = {40, 80, 120, 160, 0};
    for (int w = 0; w < expected.length; w++) {
      Moments.of(counts[w]).assertMean(expected[w], "window " + w);
    }
    assertTrue(counts[2][0] > 0, "the profile's tail applies from 00:00 of day 1: the rate is a function of the time of day");
  }

  @Test
  void dailyBurst_triplesTheCountInItsWindow() {
    ArrivalStream stream = new ArrivalStream("phone", RateProfile.constant(120 / HOUR), Busyness.NONE,
        List.of(Burst.daily(11 * HOUR, 20 * 60, 3)), 0);
    double[] from = {10 * HOUR + 40 * 60, 11 * HOUR, 11 * HOUR + 20 * 60};
    double[] to = {11 * HOUR, 11 * HOUR + 20 * 60, 11 * HOUR + 40 * 60};

    long[][] counts = Windows.perDay(process(stream, 23, 0), 3000, from, to);

    Moments before = Moments.of(counts[0]);
    Moments burst = Moments.of(counts[1]);
    Moments after = Moments.of(counts[2]);
    before.assertMean(40, "10:40-11:00");
    burst.assertMean(120, "11:00-11:20");
    burst.assertVariance(120, "11:00-11:20");
    after.assertMean(40, "11:20-11:40");
    double ratio = burst.mean / before.mean;
    double ratioError = ratio * Math.hypot(burst.meanError() / burst.mean, before.meanError() / before.mean);
    assertTrue(Math.abs(ratio - 3) <= Moments.Z * ratioError, () -> "burst ratio " + ratio + " ± " + ratioError);
  }

  @Test
  void burstOnOneDay_changesOnlyThatDay() {
    ArrivalStream stream = new ArrivalStream("phone", RateProfile.constant(120 / HOUR), Busyness.NONE,
        List.of(new Burst(11 * HOUR, 20 * 60, 3, 2)), 0);
    int replications = 1500;
    long[][] window = new long[3][replications];
    for (int r = 0; r < replications; r++) {
      long[][] counts = Windows.perDay(process(stream, 29, r), 3, new double[] {11 * HOUR},
          new double[] {11 * HOUR + 20 * 60});
      for (int d = 0; d < 3; d++) {
        window[d][r] = counts[0][d];
      }
    }
    Moments.of(window[0]).assertMean(40, "day 1");
    Moments.of(window[1]).assertMean(120, "day 2 (the burst's day)");
    Moments.of(window[2]).assertMean(40, "day 3");
  }

  @Test
  void burstPastMidnight_continuesIntoTheNextDay() {
    ArrivalStream stream = new ArrivalStream("phone", RateProfile.constant(60 / HOUR), Busyness.NONE,
        List.of(Burst.daily(23 * HOUR, 2 * HOUR, 2)), 0);

    long[][] counts = Windows.perDay(process(stream, 31, 0), 2000, new double[] {0, HOUR, 23 * HOUR},
        new double[] {HOUR, 2 * HOUR, DAY});

    long[] afterMidnight = Arrays.copyOfRange(counts[0], 1, counts[0].length); // day 1 has no burst before
    Moments.of(afterMidnight).assertMean(120, "00:00-01:00 after a burst from 23:00");
    Moments.of(counts[1]).assertMean(60, "01:00-02:00");
    Moments.of(counts[2]).assertMean(120, "23:00-24:00");
  }

  @Test
  void constantProfile_byInversion_drawsThePoissonGapsExactly() {
    double rate = 200 / HOUR;
    ArrivalProcess poisson = new PoissonArrivals(rate, new RandomStream(7));
    ArrivalProcess inverted = new TimeVaryingArrivals(RateProfile.constant(rate), List.of(),
        new BusynessFactors(Busyness.NONE, new RandomStream(8)), new RandomStream(7));

    double a = 0;
    double b = 0;
    for (int i = 0; i < 20_000; i++) {
      a = poisson.nextArrivalSeconds(a);
      b = inverted.nextArrivalSeconds(b);
      assertEquals(a, b, 1e-9 * Math.max(1, a), "arrival " + i);
    }
    assertTrue(a > 3 * DAY, "the comparison crossed several days: " + a);
  }

  @Test
  void constantRateStream_isStillPlainPoisson() {
    assertInstanceOf(PoissonArrivals.class, process(new ArrivalStream("phone", 0.01), 1, 0));
    assertInstanceOf(TimeVaryingArrivals.class, process(new ArrivalStream("phone", morning()), 1, 0));
  }

  @Test
  void sameStreamNames_giveTheSameArrivals() {
    ArrivalStream stream = new ArrivalStream("chat", morning());
    ArrivalProcess a = process(stream, 41, 2);
    ArrivalProcess b = process(stream, 41, 2);
    double ta = 0;
    double tb = 0;
    for (int i = 0; i < 1000; i++) {
      ta = a.nextArrivalSeconds(ta);
      tb = b.nextArrivalSeconds(tb);
      assertEquals(ta, tb);
    }
  }
}
