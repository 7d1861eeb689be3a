package io.ccsim.kpi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccsim.kpi.Computation.MergedWaitPercentile;
import io.ccsim.stats.Estimate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KpiTest {
  @Test
  void catalogue_keysUniquePerScope_andConstantsNamedAfterKeys() {
    for (Scope scope : Scope.values()) {
      List<String> keys = Kpi.keys(scope);
      assertEquals(keys.size(), new HashSet<>(keys).size(), "duplicate keys in " + scope + ": " + keys);
    }
    for (Kpi kpi : Kpi.values()) {
      assertEquals(kpi.name(), kpi.key().replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT));
      assertFalse(kpi.label().isBlank(), kpi.key());
      assertEquals(kpi, Kpi.byKey(kpi.scope(), kpi.key()).orElseThrow());
    }
    assertTrue(Kpi.byKey(Scope.CHANNEL, "occupancy").isEmpty(), "keys are looked up within their scope");
  }

  @Test
  void catalogue_everyKey_isDocumentedInSummaryJsonMd() throws IOException {
    String doc = Files.readString(Path.of("..", "docs", "summary-json.md"));
    for (Kpi kpi : Kpi.values()) {
      assertTrue(doc.contains("`" + kpi.key() + "`"), kpi.key() + " is not described in docs/summary-json.md");
    }
  }

  @Test
  void catalogue_directions_onlyWhereBetterIsClear() {
    assertEquals(Direction.HIGHER_IS_BETTER, Kpi.SERVICE_LEVEL.direction());
    assertEquals(Direction.LOWER_IS_BETTER, Kpi.WAIT_P99_SECONDS.direction());
    assertEquals(Direction.NONE, Kpi.OFFERED.direction());
    assertEquals(Direction.NONE, Kpi.OCCUPANCY.direction());
    assertEquals(0.05, Direction.HIGHER_IS_BETTER.worsening(0.85, 0.80), 1e-12);
    assertEquals(-2, Direction.LOWER_IS_BETTER.worsening(10, 8), 1e-12);
    assertThrows(IllegalStateException.class, () -> Direction.NONE.worsening(1, 2));
  }

  @Test
  void catalogue_waitPercentiles_areMergedOverReplications() {
    assertEquals(new MergedWaitPercentile(90), Kpi.WAIT_P90_SECONDS.computation());
    assertTrue(Kpi.ASA_SECONDS.computation() instanceof Computation.MeanOverReplications);
    assertThrows(IllegalArgumentException.class, () -> new MergedWaitPercentile(0));
  }

  @Test
  void estimates_areCompleteAndOfOneScope() {
    KpiEstimates group = KpiEstimates.undefined(Scope.GROUP).with(Kpi.BUSY_SHARE, new Estimate(0.8, 0.01));
    assertEquals(new Estimate(0.8, 0.01), group.get(Kpi.BUSY_SHARE));
    assertTrue(Double.isNaN(group.get(Kpi.OCCUPANCY).mean()));
    assertEquals(Kpi.of(Scope.GROUP), List.copyOf(group.values().keySet()), "catalogue order");
    assertThrows(IllegalArgumentException.class, () -> group.get(Kpi.OFFERED));
    assertThrows(IllegalArgumentException.class, () -> group.with(Kpi.OFFERED, new Estimate(1, 1)));
    IllegalArgumentException incomplete = assertThrows(IllegalArgumentException.class,
        () -> new KpiEstimates(Scope.JOURNEY, Map.of(Kpi.ISSUES, new Estimate(1, 1))));
    assertTrue(incomplete.getMessage().contains("openAtEnd"), incomplete.getMessage());
  }
}
