package io.ccsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class StaffingCurveTest {
  @Test
  void shifts_layers_matchTheCurveAtEveryInterval() {
    StaffingCurve curve = new StaffingCurve(1800, List.of(0, 2, 3, 1, 3, 0, 2));
    List<Shift> shifts = curve.shifts();
    for (int i = 0; i < curve.agents().size(); i++) {
      double t = i * 1800 + 900;
      int working = shifts.stream().filter(s -> s.startSeconds() <= t && t < s.endSeconds())
          .mapToInt(Shift::count).sum();
      assertEquals(curve.agents().get(i), working, "interval " + i);
    }
  }

  @Test
  void shifts_agentLogsOutOnlyWhereTheCurveDrops() {
    // 2, 3, 3, 2: two agents work the four intervals and one the middle two: three log-outs in all.
    List<Shift> shifts = new StaffingCurve(900, List.of(2, 3, 3, 2)).shifts();
    assertEquals(List.of(new Shift(0, 3600, 2, List.of()), new Shift(900, 2700, 1, List.of())), shifts);
    assertEquals(3, new StaffingCurve(900, List.of(2, 3, 3, 2)).peak());
  }

  @Test
  void constructor_longerThanADay_isRejected() {
    assertThrows(IllegalArgumentException.class, () -> new StaffingCurve(3600, java.util.Collections.nCopies(25, 1)));
    assertThrows(IllegalArgumentException.class, () -> new StaffingCurve(3600, List.of(0, 0)));
    assertThrows(IllegalArgumentException.class, () -> new StaffingCurve(3600, List.of(1, -1)));
  }
}
