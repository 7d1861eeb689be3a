package io.ccsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressBarTest {
  @Test
  void line_showsCountPercentAndEta() {
    assertEquals("[###############...............] 10/20 replications  50%  ETA 0:05",
        ProgressBar.line(10, 20, 5_000_000_000L));
    assertEquals("[..............................] 0/20 replications   0%  ETA --:--", ProgressBar.line(0, 20, 0));
    assertTrue(ProgressBar.line(1, 4000, 2_000_000_000L).endsWith("ETA 2:13:18"));
  }

  @Test
  void bar_redrawsAtMostEveryInterval_andErasesItself() {
    StringWriter text = new StringWriter();
    AtomicLong clock = new AtomicLong();
    ProgressBar bar = new ProgressBar(new PrintWriter(text), 5, clock::get);
    for (int i = 0; i < 5; i++) {
      clock.addAndGet(100_000_000L);
      bar.listener().replicationDone(i + 1, 5);
    }
    String drawn = text.toString();
    // Drawn for the first, 200 ms later (the third) and for the last replication.
    assertEquals(3, drawn.split("\r", -1).length - 1, drawn);
    assertTrue(drawn.contains("5/5 replications 100%"), drawn);
    bar.finish();
    assertTrue(text.toString().endsWith("\r"), "the line is blanked");
    assertFalse(text.toString().contains("\n"), "never a new line");
  }

  @Test
  void commands_printNoBarWhenNotOnATerminal() {
    CliRun run = CliRun.of("run", TestScenarios.path("well-staffed.yaml"), "--replications", "2");
    assertEquals(0, run.exitCode());
    assertEquals("", run.err());
    assertEquals(0, CliRun.of("run", TestScenarios.path("well-staffed.yaml"), "--replications", "2", "--quiet")
        .exitCode());
  }
}
