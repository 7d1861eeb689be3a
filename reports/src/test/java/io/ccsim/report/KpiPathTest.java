package io.ccsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccsim.kpi.Kpi;
import io.ccsim.kpi.Scope;
import io.ccsim.run.RunResult;
import org.junit.jupiter.api.Test;

class KpiPathTest {
  @Test
  void parse_channelAndGroupPaths_readSummaryAndJson() {
    RunResult run = Runs.run(Runs.scenario("s", false, 12, 1, 3));
    KpiPath sl = KpiPath.parse("phone.serviceLevel");
    assertEquals(Scope.CHANNEL, sl.scope());
    assertEquals(run.summary().channels().get("phone").get(Kpi.SERVICE_LEVEL),
        sl.estimate(run.summary()).orElseThrow());
    KpiPath occupancy = KpiPath.parse("groups.phone-team.occupancy");
    assertEquals("groups.phone-team.occupancy", occupancy.toString());
    var json = SummaryJson.parse(SummaryJson.toJson(run.summary()));
    assertEquals(run.summary().groups().get("phone-team").get(Kpi.OCCUPANCY), occupancy.estimate(json).orElseThrow());
    assertEquals(sl.estimate(run.summary()), sl.estimate(json));
    assertTrue(KpiPath.parse("chat.unfinished").estimate(run.summary()).isPresent());
    assertTrue(KpiPath.parse("fax.serviceLevel").estimate(run.summary()).isEmpty());
    assertTrue(sl.isShare());
    assertEquals("phone service level", sl.label());
    assertEquals("phone-team busy share", KpiPath.parse("groups.phone-team.busyShare").label());
    assertTrue(KpiPath.parse("groups.phone-team.busyShare").isShare());
    assertFalse(KpiPath.parse("groups.phone-team.concurrency").isShare());
  }

  @Test
  void parse_everyChannelAndGroupKeyOfTheCatalogue_isAccepted() {
    for (Kpi kpi : Kpi.of(Scope.CHANNEL)) {
      KpiPath path = KpiPath.parse("phone." + kpi.key());
      assertEquals(kpi, path.kpi());
      assertEquals("phone", path.subject());
    }
    for (Kpi kpi : Kpi.of(Scope.GROUP)) {
      KpiPath path = KpiPath.parse("groups.team." + kpi.key());
      assertEquals(kpi, path.kpi());
      assertEquals("groups.team." + kpi.key(), path.toString());
    }
  }

  @Test
  void parse_unknownKpi_listsEveryAllowedKey() {
    IllegalArgumentException channel = assertThrows(IllegalArgumentException.class, () -> KpiPath.parse("phone.nope"));
    assertTrue(channel.getMessage().startsWith("unknown channel KPI 'nope'; allowed: "), channel.getMessage());
    IllegalArgumentException group =
        assertThrows(IllegalArgumentException.class, () -> KpiPath.parse("groups.team.nope"));
    assertTrue(group.getMessage().startsWith("unknown group KPI 'nope'; allowed: "), group.getMessage());
    for (Kpi kpi : Kpi.values()) {
      if (kpi.scope() != Scope.JOURNEY) {
        assertTrue(channel.getMessage().contains(kpi.key()), kpi.key() + " missing from: " + channel.getMessage());
      }
    }
    // The message is part of check's and sweep's output; new KPIs may only extend the lists.
    assertTrue(KpiPath.FORMS.startsWith("CHANNEL.KPI with KPI one of offered, answered, abandoned, blocked,"
        + " serviceLevel, asaSeconds, meanWaitSeconds, probWait, abandonRate, blockRate, waitP50Seconds,"
        + " waitP90Seconds, waitP99Seconds, unfinished, ahtSeconds, holdSeconds, backlogAtEnd"), KpiPath.FORMS);
    assertTrue(KpiPath.FORMS.contains(" (e.g. phone.serviceLevel), or groups.GROUP.KPI (occupancy, slotOccupancy,"
        + " busyShare, concurrency, interruptions, overtimeSeconds"), KpiPath.FORMS);
    assertThrows(IllegalArgumentException.class, () -> KpiPath.parse("phone.repeatContactRate"),
        "journey KPIs are not channel KPIs");
  }

  @Test
  void parse_badPaths_sayWhatIsAllowed() {
    for (String bad : new String[] {"phone", "phone.nope", "groups.team.count", "groups.team", "1phone.serviceLevel", ""}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> KpiPath.parse(bad), bad);
      assertTrue(e.getMessage().contains("allowed"), e.getMessage());
    }
  }
}
