package io.ccsim.analytic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ErlangBTest {
  @Test
  void blocking_tenErlangsTenAgents_isTextbookValue() {
    double b = ErlangB.blockingProbability(10, 10);
    assertEquals(0.2146, b, 5e-5);
    assertEquals(Direct.erlangB(10, 10), b, 1e-14);
  }

  @Test
  void blocking_smallSystems_matchDirectFormula() {
    for (int c = 1; c <= 40; c++) {
      for (double a : new double[] {0.1, 1, 7.5, 30}) {
        assertEquals(Direct.erlangB(c, a), ErlangB.blockingProbability(c, a), 1e-13, "c=" + c + " a=" + a);
      }
    }
  }

  @Test
  void blocking_thousandsOfAgents_staysFiniteAndMatchesLogSpaceFormula() {
    double b = ErlangB.blockingProbability(5000, 4900);
    assertTrue(b > 0 && b < 1);
    assertEquals(Direct.erlangB(5000, 4900), b, 1e-11 * Math.max(1, b));
  }

  @Test
  void blocking_zeroAgents_isOne() {
    assertEquals(1, ErlangB.blockingProbability(0, 3));
  }

  @Test
  void staff_onePercentAtTenErlangs_findsFewestAgents() {
    ErlangBResult r = ErlangB.staff(10, 0.01, 1000).orElseThrow();
    assertEquals(18, r.agents());
    assertTrue(r.probBlock() <= 0.01);
    assertTrue(ErlangB.blockingProbability(17, 10) > 0.01);
    assertEquals(10 * (1 - r.probBlock()) / 18, r.occupancy(), 1e-15);
    assertEquals(10 * (1 - r.probBlock()), r.carriedLoadErlangs(), 1e-12);
  }

  @Test
  void staff_zeroBlocking_findsNothing() {
    assertTrue(ErlangB.staff(10, 0, 200).isEmpty());
  }

  @Test
  void evaluate_negativeLoad_isRejected() {
    assertThrows(IllegalArgumentException.class, () -> ErlangB.evaluate(3, -1));
  }
}
