package io.ccsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccsim.run.RunResult;
import org.junit.jupiter.api.Test;

class KpiPathTest {
  @Test
  void parse_channelAndGroupPaths_readSummaryAndJson() {
    RunResult run = Runs.run(Runs.scenario("s", false, 12, 1, 3));
    KpiPath sl = KpiPath.parse("phone.serviceLevel");
    assertEquals(KpiPath.Kind.CHANNEL, sl.kind());
    assertEquals(run.summary().channels().get("phone").serviceLevel(), sl.estimate(run.summary()).orElseThrow());
    KpiPath occupancy = KpiPath.parse("groups.phone-team.occupancy");
    assertEquals("groups.phone-team.occupancy", occupancy.toString());
    var json = SummaryJson.parse(SummaryJson.toJson(run.summary()));
    assertEquals(run.summary().groups().get("phone-team").occupancy(), occupancy.estimate(json).orElseThrow());
    assertEquals(sl.estimate(run.summary()), sl.estimate(json));
    assertTrue(KpiPath.parse("chat.unfinished").estimate(run.summary()).isPresent());
    assertTrue(KpiPath.parse("fax.serviceLevel").estimate(run.summary()).isEmpty());
    assertTrue(sl.isShare());
    assertEquals("phone service level", sl.label());
  }

  @Test
  void parse_badPaths_sayWhatIsAllowed() {
    for (String bad : new String[] {"phone", "phone.nope", "groups.team.count", "groups.team", "1phone.serviceLevel", ""}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> KpiPath.parse(bad), bad);
      assertTrue(e.getMessage().contains("allowed"), e.getMessage());
    }
  }
}
