package io.ccsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
  private static final String UNDERSTAFFED = TestScenarios.path("understaffed.yaml");
  private static final String WELL_STAFFED = TestScenarios.path("well-staffed.yaml");
  private static final String TARGET = "phone.serviceLevel >= 0.80";

  @TempDir Path dir;

  @Test
  void understaffed_failsTheServiceLevelExpectation_exitsOne() {
    CliRun run = CliRun.of("check", UNDERSTAFFED, "--expect", TARGET);
    assertEquals(1, run.exitCode(), run.out() + run.err());
    assertTrue(run.out().contains("FAIL  phone.serviceLevel >= 0.8: phone.serviceLevel = "), run.out());
    assertTrue(run.out().contains("check FAILED: 1 checks, 1 failed"), run.out());
  }

  @Test
  void wellStaffed_passesEveryExpectation_exitsZero() {
    CliRun run = CliRun.of("check", WELL_STAFFED, "--expect", TARGET, "--expect", "phone.abandonRate < 5%",
        "--expect", "phone.asaSeconds<=20", "--expect", "groups.phone-team.occupancy <= 0.85",
        "--expect", "phone.blocked == 0");
    assertEquals(0, run.exitCode(), run.out() + run.err());
    assertTrue(run.out().contains("PASS  phone.abandonRate < 0.05"), run.out());
    assertTrue(run.out().contains("check passed: 5 checks, 0 failed"), run.out());
  }

  @Test
  void junit_oneTestCasePerExpectation_failureMarked() throws IOException {
    Path xml = dir.resolve("reports/check.xml");
    CliRun run = CliRun.of("check", UNDERSTAFFED, "--expect", TARGET, "--expect", "phone.abandonRate < 0.5",
        "--junit", xml.toString());
    assertEquals(1, run.exitCode());
    String text = Files.readString(xml);
    assertTrue(text.contains("tests=\"2\" failures=\"1\""), text);
    assertTrue(text.contains("<testcase classname=\"ccsim.check.expectations\" name=\"phone.serviceLevel &gt;= 0.8\""), text);
    assertEquals(1, text.split("<failure ", -1).length - 1, text);
    assertFalse(text.contains("timestamp"), text);
    assertTrue(text.matches("(?s).*<testsuite [^>]* time=\"\\d+\\.\\d{3}\">.*"), "the run's wall time: " + text);
  }

  @Test
  void junit_onBadInput_isWrittenToo_withOneErrorCase() throws IOException {
    Path xml = dir.resolve("bad/check.xml");
    CliRun run = CliRun.of("check", UNDERSTAFFED, "--expect", "phone.nonsense >= 1", "--junit", xml.toString());
    assertEquals(2, run.exitCode());
    String text = Files.readString(xml);
    assertTrue(text.contains("tests=\"1\" failures=\"0\" errors=\"1\""), text);
    assertTrue(text.contains("<error type=\"bad-input\" message=\"--expect: "), text);
    CliRun missing = CliRun.of("check", dir.resolve("nope.yaml").toString(), "--expect", TARGET, "--junit",
        xml.toString());
    assertEquals(2, missing.exitCode());
    assertTrue(Files.readString(xml).contains("nope.yaml"), Files.readString(xml));
  }

  @Test
  void baseline_sameRun_passes_andUnderstaffedAgainstWellStaffed_regresses() throws IOException {
    Path good = dir.resolve("good");
    assertEquals(0, CliRun.of("run", WELL_STAFFED, "--out", good.toString()).exitCode());
    Path baseline = good.resolve("summary.json");
    CliRun same = CliRun.of("check", WELL_STAFFED, "--baseline", baseline.toString(), "--max-regression", "2%");
    assertEquals(0, same.exitCode(), same.out());
    assertTrue(same.out().contains("PASS  phone.serviceLevel not worse than baseline by more than 2%"), same.out());
    Path xml = dir.resolve("regression.xml");
    CliRun worse = CliRun.of("check", UNDERSTAFFED, "--baseline", baseline.toString(), "--max-regression", "2%",
        "--junit", xml.toString());
    assertEquals(1, worse.exitCode(), worse.out());
    assertTrue(worse.out().contains("FAIL  phone.serviceLevel not worse than baseline by more than 2%"), worse.out());
    assertTrue(worse.out().contains("significant regression"), worse.out());
    assertTrue(worse.out().contains("(of scenario 'Phone queue, 15 agents')"), worse.out());
    assertTrue(Files.readString(xml).contains("classname=\"ccsim.check.baseline\""));
  }

  /**
   * The gate must not flap: the same scenario under 20 seeds against a baseline run of another seed
   * differs only by noise, and may raise a "significant regression" at most twice.
   */
  @Test
  void sameScenario20Seeds_atMostTwoFalseRegressions() {
    Path baseline = dir.resolve("base");
    assertEquals(0, CliRun.of("run", WELL_STAFFED, "--seed", "1000", "--out", baseline.toString()).exitCode());
    String summary = baseline.resolve("summary.json").toString();
    int regressions = 0;
    int noAllowance = 0;
    for (int seed = 1; seed <= 20; seed++) {
      CliRun run = CliRun.of("check", WELL_STAFFED, "--seed", Integer.toString(seed), "--baseline", summary,
          "--max-regression", "2%");
      assertTrue(run.exitCode() == 0 || run.exitCode() == 1, run.err());
      regressions += run.exitCode();
      noAllowance += CliRun.of("check", WELL_STAFFED, "--seed", Integer.toString(seed), "--baseline", summary)
          .exitCode();
    }
    assertTrue(regressions <= 2, regressions + " of 20 seeds raised a regression with a 2% allowance");
    assertTrue(noAllowance <= 2, noAllowance + " of 20 seeds raised a regression with no allowance");
  }

  @Test
  void badExpressions_exitTwoWithOneLineSayingWhatIsAllowed() {
    for (String bad : new String[] {"phone.serviceLevel => 0.8", "phone.serviceLevel >= high", "phone.nope >= 1",
        "serviceLevel >= 1", "groups.phone-team.count >= 1", ""}) {
      CliRun run = CliRun.of("check", WELL_STAFFED, "--expect", bad);
      assertEquals(2, run.exitCode(), bad);
      assertEquals(1, run.errLines().length, run.err());
      assertTrue(run.err().startsWith("ccsim: --expect: "), run.err());
      assertTrue(run.err().contains("allowed"), run.err());
      assertEquals("", run.out(), "nothing runs on bad input");
    }
    CliRun unknownChannel = CliRun.of("check", WELL_STAFFED, "--expect", "chat.serviceLevel >= 0.8");
    assertEquals(2, unknownChannel.exitCode());
    assertTrue(unknownChannel.err().contains("no channel 'chat'"), unknownChannel.err());
  }

  @Test
  void badBaselineOrOptions_exitTwo() throws IOException {
    assertEquals(2, CliRun.of("check", WELL_STAFFED).exitCode(), "nothing to check");
    assertEquals(2, CliRun.of("check", WELL_STAFFED, "--expect", TARGET, "--max-regression", "2%").exitCode());
    assertEquals(2, CliRun.of("check", WELL_STAFFED, "--baseline", dir.resolve("none.json").toString()).exitCode());
    Path notSummary = dir.resolve("x.json");
    Files.writeString(notSummary, "{\"a\": 1}");
    CliRun run = CliRun.of("check", WELL_STAFFED, "--baseline", notSummary.toString());
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("not a ccsim summary.json"), run.err());
    Files.writeString(notSummary, "{oops");
    assertEquals(2, CliRun.of("check", WELL_STAFFED, "--baseline", notSummary.toString()).exitCode());
    assertEquals(2, CliRun.of("check", WELL_STAFFED, "--baseline", notSummary.toString(), "--max-regression", "x")
        .exitCode());
  }
}
