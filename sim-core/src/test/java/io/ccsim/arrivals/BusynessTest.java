package io.ccsim.arrivals;

import static io.ccsim.arrivals.Windows.HOUR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccsim.model.ArrivalStream;
import io.ccsim.model.Busyness;
import io.ccsim.model.RateProfile;
import io.ccsim.random.RandomStream;
import io.ccsim.random.RandomStreams;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The day-level busyness factor: the extra variance it promises, and shared versus independent days. */
class BusynessTest {
  private static final int DAYS = 4000;

  private static RateProfile daily(double volume) {
    return RateProfile.ofDailyVolume(volume, 8 * HOUR, 2 * HOUR, List.of(10.0, 25.0, 30.0, 20.0, 15.0));
  }

  private static ArrivalStream stream(String channel, double volume, Busyness busyness) {
    return new ArrivalStream(channel, daily(volume), busyness, List.of(), 0);
  }

  @Test
  void factors_haveMeanOneAndTheConfiguredCv() {
    BusynessFactors factors = new BusynessFactors(new Busyness(0.2, false), new RandomStream(5));
    double[] values = new double[DAYS];
    for (int d = 0; d < DAYS; d++) {
      values[d] = factors.of(d);
    }
    Moments m = new Moments(values);
    m.assertMean(1, "factor");
    m.assertVariance(0.04, "factor");
  }

  @Test
  void busyness_dailyVolume_hasVarianceMeanPlusCvSquaredMeanSquared() {
    double volume = 400;
    double cv = 0.25;

    Moments days = Moments.of(Windows.daily(
        ArrivalProcesses.of(stream("phone", volume, new Busyness(cv, false)), new RandomStreams(11, 0)), DAYS));

    days.assertMean(volume, "daily volume");
    days.assertVariance(volume + cv * cv * volume * volume, "daily volume");
  }

  @Test
  void noBusyness_dailyVolume_isPoisson() {
    Moments days = Moments.of(Windows.daily(
        ArrivalProcesses.of(stream("phone", 400, Busyness.NONE), new RandomStreams(11, 0)), DAYS));

    days.assertMean(400, "daily volume");
    days.assertVariance(400, "daily volume");
  }

  @Test
  void sharedBusyness_givesEveryChannelTheSameFactor_andCorrelatedVolumes() {
    double cv = 0.2;
    Busyness shared = new Busyness(cv, true);
    ArrivalStream phone = stream("phone", 1000, shared);
    ArrivalStream chat = stream("chat", 500, shared);
    RandomStreams streams = new RandomStreams(13, 1);

    BusynessFactors phoneFactors = ArrivalProcesses.busyness(phone, streams);
    BusynessFactors chatFactors = ArrivalProcesses.busyness(chat, streams);
    for (int d = 0; d < 50; d++) {
      assertEquals(phoneFactors.of(d), chatFactors.of(d), "day " + d);
    }
    Moments a = Moments.of(Windows.daily(ArrivalProcesses.of(phone, streams), DAYS));
    Moments b = Moments.of(Windows.daily(ArrivalProcesses.of(chat, streams), DAYS));
    double extraA = cv * cv * 1000 * 1000;
    double extraB = cv * cv * 500 * 500;
    double expected = cv * cv * 1000 * 500 / Math.sqrt((1000 + extraA) * (500 + extraB));
    Moments.assertCorrelation(Moments.correlation(a, b), expected, DAYS, "shared busyness");
  }

  @Test
  void unsharedBusyness_givesIndependentChannels() {
    Busyness own = new Busyness(0.2, false);
    ArrivalStream phone = stream("phone", 1000, own);
    ArrivalStream chat = stream("chat", 500, own);
    RandomStreams streams = new RandomStreams(13, 1);

    assertNotEquals(ArrivalProcesses.busyness(phone, streams).of(0), ArrivalProcesses.busyness(chat, streams).of(0));
    Moments a = Moments.of(Windows.daily(ArrivalProcesses.of(phone, streams), DAYS));
    Moments b = Moments.of(Windows.daily(ArrivalProcesses.of(chat, streams), DAYS));
    Moments.assertCorrelation(Moments.correlation(a, b), 0, DAYS, "independent busyness");
  }

  @Test
  void factors_dependOnlyOnSeedReplicationAndStreamName() {
    // Compared scenarios (another profile, other bursts) see the same busy and quiet days.
    RandomStreams streams = new RandomStreams(17, 3);
    BusynessFactors one = ArrivalProcesses.busyness(stream("phone", 1000, new Busyness(0.3, true)), streams);
    BusynessFactors other = ArrivalProcesses.busyness(stream("email", 20, new Busyness(0.3, true)), streams);
    BusynessFactors askedLate = ArrivalProcesses.busyness(stream("phone", 5, new Busyness(0.3, true)), streams);

    double day9 = askedLate.of(9); // drawn in day order even when a later day is asked first
    for (int d = 0; d < 10; d++) {
      assertEquals(one.of(d), other.of(d));
    }
    assertEquals(one.of(9), day9);
  }

  @Test
  void busyness_scalesWholeDays() {
    // With a huge cv the days differ a lot, but within a day the profile's shape is kept.
    ArrivalStream phone = stream("phone", 2000, new Busyness(1.0, false));
    RandomStreams streams = new RandomStreams(19, 0);
    BusynessFactors factors = ArrivalProcesses.busyness(phone, streams);
    long[] days = Windows.daily(ArrivalProcesses.of(phone, streams), 20);
    for (int d = 0; d < days.length; d++) {
      double expected = 2000 * factors.of(d);
      assertTrue(Math.abs(days[d] - expected) <= Moments.Z * Math.sqrt(expected) + 1,
          "day " + d + ": " + days[d] + " arrivals, expected " + expected);
    }
  }
}
