package io.ccsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArrivalsCommandTest {
  static final String SCENARIO = """
      name: Two channels
      seed: 7
      replications: 2
      warmup: 0s
      horizon: 2h
      channels:
        phone:
          handleTime: { distribution: exponential, mean: 180s }
          patience: { distribution: exponential, mean: 300s }
        chat:
          handleTime: { distribution: lognormal, mean: 400s, cv: 0.8 }
      arrivals:
        - channel: phone
          rate: 200/h
        - channel: chat
          rate: 40/h
      agents:
        - group: team
          count: 12
          skills: [phone, chat]
      """;

  @TempDir Path dir;

  static Path scenario(Path dir) throws IOException {
    Path file = dir.resolve("two-channels.yaml");
    Files.writeString(file, SCENARIO);
    return file;
  }

  @Test
  void arrivals_withoutOut_printsTheCsvOnStdout() throws IOException {
    CliRunner r = CliRunner.run("arrivals", scenario(dir).toString());
    assertEquals(0, r.exitCode(), r.err());
    List<String> lines = r.out().lines().toList();
    assertEquals("arrival_seconds,channel,handle_seconds,patience_seconds,customer_id", lines.get(0));
    assertTrue(lines.size() > 400 && lines.size() < 600, "about 480 contacts in 2 h: " + lines.size());
    assertTrue(lines.get(1).matches("[0-9.]+,(phone|chat),[0-9.]+,[0-9.]*,"), lines.get(1));
    assertTrue(lines.stream().anyMatch(l -> l.matches("[0-9.]+,chat,[0-9.]+,,")), "chat has no patience: empty cell");
  }

  @Test
  void arrivals_out_writesTheFileAndSaysWhat() throws IOException {
    Path out = dir.resolve("export/arrivals.csv");
    CliRunner r = CliRunner.run("arrivals", scenario(dir).toString(), "--out", out.toString());
    assertEquals(0, r.exitCode(), r.err());
    long rows = Files.readAllLines(out).size() - 1;
    assertTrue(r.out().startsWith(rows + " contacts over [0, 2h) of "), r.out());
    assertTrue(r.out().contains("(seed 7, replication 0) written to " + out), r.out());
  }

  @Test
  void arrivals_sameSeedSameBytes_otherReplicationOrSeedDiffers() throws IOException {
    String file = scenario(dir).toString();
    String first = CliRunner.run("arrivals", file).out();
    assertEquals(first, CliRunner.run("arrivals", file, "--replication", "0", "--seed", "7").out());
    assertNotEquals(first, CliRunner.run("arrivals", file, "--replication", "1").out());
    assertNotEquals(first, CliRunner.run("arrivals", file, "--seed", "8").out());
  }

  @Test
  void arrivals_badInput_exitsTwoWithOneLine() throws IOException {
    CliRunner r = CliRunner.run("arrivals", scenario(dir).toString(), "--replication", "-1");
    assertEquals(2, r.exitCode());
    assertEquals("ccsim: --replication: '-1' is not allowed; give a whole number from 0 to 999999999",
        r.err().lines().findFirst().orElse(""));
    CliRunner missing = CliRunner.run("arrivals", dir.resolve("nope.yaml").toString());
    assertEquals(2, missing.exitCode());
    assertTrue(missing.err().contains("nope.yaml: cannot read the scenario file"), missing.err());
    CliRunner toDirectory = CliRunner.run("arrivals", scenario(dir).toString(), "--out", dir.toString());
    assertEquals(2, toDirectory.exitCode());
  }

  @Test
  void arrivals_scenarioWithAVru_exitsTwoWithOneLine() throws IOException {
    Path file = dir.resolve("vru.yaml");
    String withVru = SCENARIO.replace("    patience: { distribution: exponential, mean: 300s }\n",
        "    patience: { distribution: exponential, mean: 300s }\n"
            + "    vru: { time: { distribution: constant, value: 10s }, dropOut: 5% }\n");
    assertNotEquals(SCENARIO, withVru);
    Files.writeString(file, withVru);
    CliRunner r = CliRunner.run("arrivals", file.toString());
    assertEquals(2, r.exitCode());
    assertEquals(1, r.err().lines().count(), r.err());
    assertTrue(r.err().contains("vru.yaml: channel phone has a VRU stage"), r.err());
    assertEquals("", r.out());
  }
}
