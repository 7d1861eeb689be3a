package io.ccsim.arrivals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccsim.model.ArrivalStream;
import io.ccsim.model.Burst;
import io.ccsim.model.Busyness;
import io.ccsim.model.RateProfile;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The model records' rules and derived values. */
class ArrivalModelTest {
  private static final double HOUR = 3600;

  @Test
  void twoArgumentStream_isAConstantRate() {
    ArrivalStream stream = new ArrivalStream("phone", 200 / HOUR);

    assertEquals(200 / HOUR, stream.ratePerSecond());
    assertTrue(stream.isConstantRate());
    assertEquals(stream, new ArrivalStream("phone", 100 / HOUR).scaled(2));
    assertThrows(IllegalArgumentException.class, () -> new ArrivalStream("phone", 0));
  }

  @Test
  void dailyVolume_percentagesAreScaledToTheVolume() {
    RateProfile profile = RateProfile.ofDailyVolume(2400, 8 * HOUR, HOUR / 2, List.of(20.0, 30.0, 49.8));

    assertEquals(2400, profile.dailyVolume(), 1e-9);
    assertEquals(2400 / 86_400.0, profile.meanRatePerSecond(), 1e-12);
    assertEquals(2400 * 0.2 / 99.8 * 100 / 1800, profile.rateAt(8 * HOUR), 1e-12);
    assertEquals(0, profile.rateAt(7 * HOUR));
    assertEquals(0, profile.rateAt(9.5 * HOUR));
    assertFalse(new ArrivalStream("phone", profile).isConstantRate());
  }

  @Test
  void invalidValues_areRejected() {
    assertThrows(IllegalArgumentException.class,
        () -> RateProfile.ofDailyVolume(100, 0, HOUR, List.of(50.0, 49.0)));
    assertThrows(IllegalArgumentException.class, () -> new RateProfile(0, HOUR, List.of(1.0, -1.0)));
    assertThrows(IllegalArgumentException.class,
        () -> new ArrivalStream("phone", new RateProfile(0, HOUR, List.of(0.0, 0.0))));
    assertThrows(IllegalArgumentException.class, () -> new RateProfile(24 * HOUR, HOUR, List.of(1.0)));
    assertThrows(IllegalArgumentException.class, () -> new RateProfile(0, 2 * HOUR, List.of(
        1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0)));
    assertThrows(IllegalArgumentException.class, () -> new Busyness(-0.1, false));
    assertThrows(IllegalArgumentException.class, () -> Burst.daily(11 * HOUR, 1200, 0));
    assertThrows(IllegalArgumentException.class, () -> Burst.daily(11 * HOUR, 0, 3));
    assertThrows(IllegalArgumentException.class,
        () -> new ArrivalStream("email", RateProfile.constant(1), Busyness.NONE, List.of(), -1));
  }

  @Test
  void fullDayOfHalfHours_isAValidProfile() {
    List<Double> rates = java.util.Collections.nCopies(48, 0.01);
    RateProfile profile = new RateProfile(0, 1800, rates);

    assertTrue(profile.isConstant());
    assertEquals(864, profile.dailyVolume(), 1e-9);
  }
}
