package io.ccsim.analytic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccsim.model.ServiceLevelDefinition;
import org.junit.jupiter.api.Test;

class ErlangATest {
  private static final Traffic TEN_ERLANGS = new Traffic(200.0 / 3600, 180);

  @Test
  void evaluate_publishedExample_matchesPublishedFigures() {
    // pyworkforce's Erlang A guide: 100 contacts per 30 min, AHT 3 min, patience 5 min, 13 agents, T = 20 s:
    // SL 0.858, P(abandon) 0.025, P(wait) 0.226, occupancy 0.750, mean wait 0.125 min (abandoners included).
    ErlangAResult a = ErlangA.evaluate(TEN_ERLANGS, 13, QueueLimits.patience(300), 20);
    assertEquals(0.858, a.serviceLevel(), 1e-3);
    assertEquals(0.025, a.probAbandon(), 1e-3);
    assertEquals(0.226, a.probWait(), 1e-3);
    assertEquals(0.750, a.occupancy(), 1e-3);
    assertEquals(0.125 * 60, a.meanWaitSeconds(), 0.001 * 60);
  }

  @Test
  void evaluate_noLimits_matchesErlangC() {
    for (int agents : new int[] {11, 14, 20}) {
      ErlangCResult c = ErlangC.evaluate(TEN_ERLANGS, agents, 20);
      ErlangAResult a = ErlangA.evaluate(TEN_ERLANGS, agents, QueueLimits.NONE, 20);
      assertEquals(c.probWait(), a.probWait(), 1e-12);
      assertEquals(c.serviceLevel(), a.serviceLevel(), 1e-12);
      assertEquals(c.asaSeconds(), a.asaSeconds(), 1e-9);
      assertEquals(c.asaSeconds(), a.meanWaitSeconds(), 1e-9);
      assertEquals(c.occupancy(), a.occupancy(), 1e-12);
      assertEquals(0, a.probAbandon());
      assertEquals(0, a.probBlock());
    }
  }

  @Test
  void evaluate_noLimitsThousandsOfAgents_matchesErlangC() {
    Traffic traffic = new Traffic(2000.0 / 180, 180);
    ErlangCResult c = ErlangC.evaluate(traffic, 2050, 20);
    ErlangAResult a = ErlangA.evaluate(traffic, 2050, QueueLimits.NONE, 20);
    assertEquals(c.probWait(), a.probWait(), 1e-10);
    assertEquals(c.serviceLevel(), a.serviceLevel(), 1e-10);
    assertEquals(c.asaSeconds(), a.asaSeconds(), 1e-7);
  }

  @Test
  void evaluate_patienceTowardsInfinity_approachesErlangC() {
    ErlangCResult c = ErlangC.evaluate(TEN_ERLANGS, 12, 20);
    double previousGap = Double.POSITIVE_INFINITY;
    for (double patience : new double[] {1e3, 1e5, 1e7, 1e9}) {
      ErlangAResult a = ErlangA.evaluate(TEN_ERLANGS, 12, QueueLimits.patience(patience), 20);
      double gap = Math.abs(a.serviceLevel() - c.serviceLevel());
      assertTrue(gap < previousGap, "patience " + patience);
      previousGap = gap;
    }
    ErlangAResult a = ErlangA.evaluate(TEN_ERLANGS, 12, QueueLimits.patience(1e9), 20);
    assertEquals(c.probWait(), a.probWait(), 1e-6);
    assertEquals(c.serviceLevel(), a.serviceLevel(), 1e-6);
    assertEquals(c.asaSeconds(), a.asaSeconds(), 1e-3);
    assertEquals(0, a.probAbandon(), 1e-6);
  }

  @Test
  void evaluate_noWaitingRoom_matchesErlangB() {
    ErlangAResult a = ErlangA.evaluate(TEN_ERLANGS, 10, new QueueLimits(300, 0), 20);
    double b = ErlangB.blockingProbability(10, 10);
    assertEquals(b, a.probBlock(), 1e-13);
    assertEquals(b, a.probWait(), 1e-13);
    assertEquals(1 - b, a.serviceLevel(), 1e-13);
    assertEquals(0, a.asaSeconds());
    assertEquals(0, a.probAbandon());
  }

  @Test
  void evaluate_mmckWithoutAbandonment_matchesErlangDistribution() {
    // c = 3, μ = 1/2 per s, λ = 1/s, K = 4: a waiting arrival with j ahead waits Erlang(j+1, cμ).
    Traffic traffic = new Traffic(1, 2);
    BirthDeathQueue q = BirthDeathQueue.solve(traffic, 3, new QueueLimits(QueueLimits.NO_ABANDONMENT, 4));
    double t = 1.7;
    double cmu = 1.5;
    double expected = q.probImmediate();
    for (int j = 0; j < 4; j++) {
      double term = Math.exp(-cmu * t);
      double tail = 0;
      for (int i = 0; i <= j; i++) {
        tail += term;
        term *= cmu * t / (i + 1);
      }
      expected += q.stateProbability(3 + j) * (1 - tail);
    }
    ErlangAResult a = ErlangA.evaluate(traffic, 3, new QueueLimits(QueueLimits.NO_ABANDONMENT, 4), t);
    assertEquals(expected, a.serviceLevel(), 1e-14);
    assertEquals(q.probBlock(), 1 - a.probAnswered(), 1e-15);
  }

  @Test
  void evaluate_infiniteThreshold_answersAllButAbandonsAndBlocks() {
    for (QueueLimits limits : new QueueLimits[] {QueueLimits.patience(300), new QueueLimits(60, 5)}) {
      for (int agents : new int[] {8, 10, 12}) {
        ErlangAResult a = ErlangA.evaluate(TEN_ERLANGS, agents, limits, Double.POSITIVE_INFINITY);
        // Abandonment from θE[queue]/λ; answered from the tagged customer: two different routes.
        assertEquals(1 - a.probAbandon() - a.probBlock(), a.serviceLevel(), 1e-12, limits + " c=" + agents);
        assertEquals(a.probAbandon(), a.abandonedWithin(), 1e-12);
      }
    }
  }

  @Test
  void evaluate_longFiniteThreshold_approachesTheLimit() {
    QueueLimits limits = QueueLimits.patience(300);
    ErlangAResult limit = ErlangA.evaluate(TEN_ERLANGS, 9, limits, Double.POSITIVE_INFINITY);
    ErlangAResult late = ErlangA.evaluate(TEN_ERLANGS, 9, limits, 1e5);
    assertEquals(limit.serviceLevel(), late.serviceLevel(), 1e-12);
    assertEquals(limit.abandonedWithin(), late.abandonedWithin(), 1e-12);
  }

  @Test
  void evaluate_meanWait_agreesWithTaggedCustomerPath() {
    // E[time in queue | j ahead] = Σ over places reached of 1/exit rate: independent of Little's law.
    QueueLimits limits = new QueueLimits(120, 30);
    int agents = 9;
    BirthDeathQueue q = BirthDeathQueue.solve(TEN_ERLANGS, agents, limits);
    double cmu = agents / 180.0;
    double theta = 1 / 120.0;
    double sum = 0;
    double joined = 0;
    for (int n = 0; n < agents + 30; n++) {
      double p = q.stateProbability(n);
      joined += p;
      double reach = 1;
      for (int k = n - agents; k >= 0; k--) {
        double exit = cmu + (k + 1) * theta;
        sum += p * reach / exit;
        reach *= (cmu + k * theta) / exit;
      }
    }
    ErlangAResult a = ErlangA.evaluate(TEN_ERLANGS, agents, limits, 20);
    assertEquals(sum / joined, a.meanWaitSeconds(), 1e-10);
  }

  @Test
  void evaluate_serviceLevelVariants_areConsistent() {
    ErlangAResult a = ErlangA.evaluate(TEN_ERLANGS, 10, QueueLimits.patience(300), 20);
    assertEquals(a.serviceLevel(), a.serviceLevel(ServiceLevelDefinition.ANSWERED_OF_OFFERED));
    assertEquals(
        a.serviceLevel() + a.abandonedWithin(), a.serviceLevel(ServiceLevelDefinition.SHORT_ABANDONS_GOOD), 1e-15);
    assertEquals(a.serviceLevel() / (1 - a.abandonedWithin()),
        a.serviceLevel(ServiceLevelDefinition.EXCLUDE_SHORT_ABANDONS), 1e-15);
    assertEquals(a.serviceLevel() / a.probAnswered(), a.serviceLevel(ServiceLevelDefinition.ANSWERED_OF_ANSWERED), 1e-15);
    assertTrue(a.abandonedWithin() > 0 && a.abandonedWithin() < a.probAbandon());
  }

  @Test
  void evaluate_unstableWithoutLimits_isReportedUnstable() {
    ErlangAResult a = ErlangA.evaluate(TEN_ERLANGS, 10, QueueLimits.NONE, 20);
    assertFalse(a.stable());
    assertEquals(1, a.probWait());
    assertEquals(0, a.serviceLevel());
    assertEquals(Double.POSITIVE_INFINITY, a.asaSeconds());
  }

  @Test
  void evaluate_thousandsOfAgentsOverloaded_isFastAndConsistent() {
    Traffic traffic = new Traffic(3300.0 / 180, 180);
    ErlangAResult a = ErlangA.evaluate(traffic, 3000, QueueLimits.patience(300), 60);
    assertTrue(a.probAbandon() > 0.05 && a.probAbandon() < 0.2);
    assertEquals(traffic.loadErlangs() * (1 - a.probAbandon()) / 3000, a.occupancy(), 1e-10);
  }

  @Test
  void staff_eightyInTwenty_findsFewestAgents() {
    QueueLimits limits = QueueLimits.patience(300);
    ErlangAResult r = ErlangA.staff(TEN_ERLANGS, limits, 20, StaffingGoal.of(0.8, 1, 10)).orElseThrow();
    assertTrue(r.serviceLevel() >= 0.8);
    assertTrue(ErlangA.evaluate(TEN_ERLANGS, r.agents() - 1, limits, 20).serviceLevel() < 0.8);
    // Abandonment relieves the queue, so Erlang A never needs more agents than Erlang C.
    int erlangC = ErlangC.staff(TEN_ERLANGS, 20, StaffingGoal.of(0.8, 1, 10)).orElseThrow().agents();
    assertTrue(r.agents() <= erlangC);
  }

  @Test
  void staff_withoutLimits_agreesWithErlangC() {
    StaffingGoal goal = StaffingGoal.of(0.9, 0.8, 10);
    assertEquals(
        ErlangC.staff(TEN_ERLANGS, 15, goal).orElseThrow().agents(),
        ErlangA.staff(TEN_ERLANGS, QueueLimits.NONE, 15, goal).orElseThrow().agents());
  }

  @Test
  void staff_unreachableWithinCap_findsNothing() {
    assertTrue(ErlangA.staff(TEN_ERLANGS, QueueLimits.patience(300), 20, new StaffingGoal(0.99, 1, 11)).isEmpty());
  }
}
