package io.ccsim.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenericCsvLogTest {
  @TempDir Path dir;

  @Test
  void read_docsExample_servedAbandonedAndPastMidnight() throws IOException {
    Path file = dir.resolve("calls.csv");
    Files.writeString(file, """
        date,arrival,type,queue_entry,answer,end,outcome,agent
        1999-01-04,7:41:16,regular,7:41:26,7:41:40,7:44:53,served,BASCH
        1999-01-04,7:43:02,regular,7:43:10,,7:45:01,abandoned,
        1999-01-04,7:50:00,regular,,,7:50:30,lost,
        1999-01-04,23:58:40,internet,23:58:50,23:59:30,0:03:10,served,MICHAL
        """);
    CallLog log = LogFormat.GENERIC.read(file);
    assertEquals(3, log.calls().size());
    assertEquals(Map.of("regular", 1), log.lostBeforeQueue());
    Call served = log.calls().get(0);
    assertEquals(Call.Outcome.ANSWERED, served.outcome());
    assertEquals(7 * 3600 + 41 * 60 + 26, served.arrivalSeconds(), 1e-9);
    assertEquals(14, served.waitSeconds(), 1e-9);
    assertEquals(193, served.handleSeconds(), 1e-9);
    assertEquals("BASCH", served.agent());
    assertEquals(1, served.weekday());
    Call abandoned = log.calls().get(1);
    assertEquals(Call.Outcome.ABANDONED, abandoned.outcome());
    assertEquals(111, abandoned.waitSeconds(), 1e-9);
    assertNull(abandoned.agent());
    Call late = log.calls().get(2);
    assertEquals(40, late.waitSeconds(), 1e-9);
    assertEquals(220, late.handleSeconds(), 1e-9);
    assertEquals(true, log.hasAgents());
  }
}
