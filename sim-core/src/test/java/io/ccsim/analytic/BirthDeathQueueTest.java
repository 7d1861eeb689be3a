package io.ccsim.analytic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BirthDeathQueueTest {
  @Test
  void solve_smallMmck_matchesProductFormula() {
    // λ = 1/s, μ = 1/2 per s: a = 2, c = 3, K = 4.
    Traffic traffic = new Traffic(1, 2);
    BirthDeathQueue q = BirthDeathQueue.solve(traffic, 3, new QueueLimits(QueueLimits.NO_ABANDONMENT, 4));
    double[] p = new double[8];
    p[0] = 1;
    for (int n = 1; n < 8; n++) {
      p[n] = p[n - 1] * 1 / (Math.min(n, 3) * 0.5);
    }
    double sum = java.util.Arrays.stream(p).sum();
    for (int n = 0; n < 8; n++) {
      assertEquals(p[n] / sum, q.stateProbability(n), 1e-15);
    }
    assertEquals(7, q.lastState());
    assertEquals(p[7] / sum, q.probBlock(), 1e-15);
    assertEquals((p[3] + p[4] + p[5] + p[6] + p[7]) / sum, q.probWait(), 1e-15);
    assertEquals(0, q.probAbandon());
  }

  @Test
  void solve_noLimits_matchesErlangC() {
    Traffic traffic = new Traffic(200.0 / 3600, 180);
    BirthDeathQueue q = BirthDeathQueue.solve(traffic, 14, QueueLimits.NONE);
    assertEquals(Direct.erlangC(14, 10), q.probWait(), 1e-13);
    assertEquals(0, q.probBlock());
    assertEquals(10.0 / 14, q.occupancy(), 1e-13);
  }

  @Test
  void solve_overloadWithPatience_conservesFlow() {
    // 12 Erlangs on 10 agents: throughput = λ(1 - P(abandon)) must equal busy agents · μ.
    Traffic traffic = new Traffic(12.0 / 180, 180);
    BirthDeathQueue q = BirthDeathQueue.solve(traffic, 10, QueueLimits.patience(300));
    double throughput = traffic.arrivalRatePerSecond() * (1 - q.probAbandon());
    assertEquals(throughput, q.meanBusyAgents() / 180, 1e-13);
    assertTrue(q.probAbandon() > 0.1);
  }

  @Test
  void solve_thousandsOfAgents_doesNotOverflow() {
    BirthDeathQueue q = BirthDeathQueue.solve(new Traffic(3000.0 / 180, 180), 3000, QueueLimits.patience(300));
    double total = 0;
    for (int n = 0; n <= q.lastState(); n++) {
      total += q.stateProbability(n);
    }
    assertEquals(1, total, 1e-12);
    assertTrue(q.probWait() > 0 && q.probWait() < 1);
  }

  @Test
  void solve_unstableWithoutLimits_isRejected() {
    Traffic traffic = new Traffic(200.0 / 3600, 180);
    assertFalse(BirthDeathQueue.isStable(traffic, 10, QueueLimits.NONE));
    assertThrows(IllegalArgumentException.class, () -> BirthDeathQueue.solve(traffic, 10, QueueLimits.NONE));
  }
}
