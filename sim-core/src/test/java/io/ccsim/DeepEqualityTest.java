package io.ccsim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccsim.center.ReplicationResult;
import io.ccsim.stats.ChannelTally;
import io.ccsim.stats.GroupTally;
import io.ccsim.stats.JourneyTally;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DeepEqualityTest {
  private static ReplicationResult result(ChannelTally channel, GroupTally group) {
    return new ReplicationResult(List.of(channel), new double[] {1.5}, List.of(group), new JourneyTally(),
        List.of(), 100, 7, 3);
  }

  private static ChannelTally channel(double... answeredWaits) {
    ChannelTally tally = new ChannelTally(20);
    for (double wait : answeredWaits) {
      tally.recordAnswered(wait);
    }
    tally.recordHandled(100, 1.5);
    return tally;
  }

  private static GroupTally group(int available) {
    GroupTally tally = new GroupTally(3, true, 0, 100);
    tally.available(0, available);
    tally.level(0, 10, 0, 2);
    tally.slots(10, 1);
    return tally;
  }

  @Test
  void sameRecords_wholeResults_haveNoDifference() {
    assertNull(DeepEquality.firstDifference(result(channel(1, 3), group(2)), result(channel(1, 3), group(2))));
  }

  @Test
  void differentHoldSum_reportsThePathAndBothValues() {
    ChannelTally other = channel(1, 3);
    ChannelTally expected = new ChannelTally(20);
    expected.recordAnswered(1);
    expected.recordAnswered(3);
    expected.recordHandled(100, 1.25);
    assertEquals("channels[0].holdSumSeconds: 1.25 vs 1.5",
        DeepEquality.firstDifference(result(expected, group(2)), result(other, group(2))));
  }

  @Test
  void differenceInsideANestedIntegral_reportsTheNestedPath() {
    assertEquals("groups[0].availableAgents.level: 2.0 vs 3.0",
        DeepEquality.firstDifference(result(channel(1), group(2)), result(channel(1), group(3))));
  }

  @Test
  void histogramsDifferWithEqualCountsAndSums_theHistogramIsReported() {
    // 1 + 3 and 2 + 2: the same counts and wait sums, different waits.
    String difference = DeepEquality.firstDifference(channel(1, 3), channel(2, 2));
    assertEquals("waitMillis: histograms differ: count at 1000 is 1 vs 0", difference);
  }

  @Test
  void zeroWaitsNotYetRead_differUntilBothAreRead() {
    ChannelTally read = channel(0, 0);
    read.waitMillis();
    ChannelTally unread = channel(0, 0);
    assertTrue(DeepEquality.firstDifference(read, unread).startsWith("waitMillis: "));
    unread.waitMillis();
    assertNull(DeepEquality.firstDifference(read, unread));
  }

  @Test
  void doubles_areComparedBitForBit_andNaNEqualsNaN() {
    assertNull(DeepEquality.firstDifference(new double[] {Double.NaN, 1}, new double[] {Double.NaN, 1}));
    assertEquals("[0]: 0.30000000000000004 vs 0.3",
        DeepEquality.firstDifference(new double[] {0.1 + 0.2}, new double[] {0.3}));
    assertEquals("[0]: 0.0 vs -0.0", DeepEquality.firstDifference(new double[] {0.0}, new double[] {-0.0}));
    assertEquals("(root): 1.0 vs 2.0", DeepEquality.firstDifference(1.0, 2.0));
  }

  @Test
  void lists_areComparedByElementsWhateverTheirClass() {
    assertNull(DeepEquality.firstDifference(new ArrayList<>(List.of(1L, 2L)), List.of(1L, 2L)));
    assertEquals("size: 2 vs 1", DeepEquality.firstDifference(List.of(1L, 2L), List.of(1L)));
    assertEquals("[1]: 2 vs 3", DeepEquality.firstDifference(List.of(1L, 2L), List.of(1L, 3L)));
  }

  record Holder(Set<String> names) {}

  @Test
  void jdkTypeWithoutARule_isRefusedWithItsPath() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> DeepEquality.firstDifference(new Holder(Set.of("a")), new Holder(Set.of("a"))));
    assertTrue(e.getMessage().startsWith("names: no rule to compare a java.util."), e.getMessage());
  }
}
