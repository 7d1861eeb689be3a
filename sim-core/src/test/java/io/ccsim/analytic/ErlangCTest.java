package io.ccsim.analytic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ErlangCTest {
  /** 200 calls an hour, 180 s handle time: 10 Erlangs. */
  private static final Traffic TEN_ERLANGS = new Traffic(200.0 / 3600, 180);

  @Test
  void evaluate_tenErlangsFourteenAgents_matchesTextbookAndDirectFormula() {
    ErlangCResult r = ErlangC.evaluate(TEN_ERLANGS, 14, 20);
    double c = Direct.erlangC(14, 10);
    assertEquals(0.1741, r.probWait(), 5e-5);
    assertEquals(c, r.probWait(), 1e-14);
    double drain = (14 - 10) / 180.0;
    assertEquals(1 - c * Math.exp(-drain * 20), r.serviceLevel(), 1e-14);
    assertEquals(0.8884, r.serviceLevel(), 5e-5);
    assertEquals(c / drain, r.asaSeconds(), 1e-10);
    assertEquals(10.0 / 14, r.occupancy(), 1e-15);
    assertTrue(r.stable());
  }

  @Test
  void probWait_thousandsOfAgents_matchesLogSpaceFormula() {
    double c = ErlangC.probWait(2050, 2000);
    assertTrue(c > 0.01 && c < 1);
    assertEquals(Direct.erlangC(2050, 2000), c, 1e-10);
  }

  @Test
  void evaluate_loadEqualsAgents_isReportedUnstable() {
    ErlangCResult r = ErlangC.evaluate(TEN_ERLANGS, 10, 20);
    assertFalse(r.stable());
    assertEquals(1, r.probWait());
    assertEquals(0, r.serviceLevel());
    assertEquals(Double.POSITIVE_INFINITY, r.asaSeconds());
    assertEquals(1, r.occupancy());
  }

  @Test
  void evaluate_infiniteThreshold_givesFullServiceLevel() {
    assertEquals(1, ErlangC.evaluate(TEN_ERLANGS, 12, Double.POSITIVE_INFINITY).serviceLevel(), 1e-15);
  }

  @Test
  void staff_eightyInTwenty_findsFewestAgents() {
    ErlangCResult r = ErlangC.staff(TEN_ERLANGS, 20, StaffingGoal.of(0.80, 1, 10)).orElseThrow();
    // 13 agents give 79.56%, just short.
    assertEquals(14, r.agents());
    assertTrue(r.serviceLevel() >= 0.80);
    assertTrue(ErlangC.evaluate(TEN_ERLANGS, 13, 20).serviceLevel() < 0.80);
  }

  @Test
  void staff_occupancyCeiling_addsAgents() {
    ErlangCResult r = ErlangC.staff(TEN_ERLANGS, 20, StaffingGoal.of(0.80, 0.6, 10)).orElseThrow();
    assertEquals(17, r.agents());
    assertTrue(r.occupancy() <= 0.6);
  }

  @Test
  void staff_targetZero_stillNeedsAStableSystem() {
    assertEquals(11, ErlangC.staff(TEN_ERLANGS, 20, StaffingGoal.of(0, 1, 10)).orElseThrow().agents());
  }

  @Test
  void staff_unreachableWithinCap_findsNothing() {
    assertTrue(ErlangC.staff(TEN_ERLANGS, 20, new StaffingGoal(0.99, 1, 12)).isEmpty());
  }

  @Test
  void waitQuantile_isWhereTheTailEqualsOneMinusP() {
    ErlangCResult r = ErlangC.evaluate(TEN_ERLANGS, 14, 20);
    double q = ErlangC.waitQuantileSeconds(TEN_ERLANGS, 14, 0.95);
    assertEquals(0.05, r.probWait() * Math.exp(-(4 / 180.0) * q), 1e-12);
    // 80% of callers do not wait at all, so the 80% quantile is 0.
    assertEquals(0, ErlangC.waitQuantileSeconds(TEN_ERLANGS, 14, 0.80));
    assertEquals(Double.POSITIVE_INFINITY, ErlangC.waitQuantileSeconds(TEN_ERLANGS, 9, 0.5));
  }
}
