package io.ccsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --engine} on run and bench: the engines give byte-identical files; misuse is bad input. */
class EngineOptionTest {
  /** Two silos with patience, a finite queue and wrap-up: the single-skill kernel can run it. */
  private static final String SILOS = """
      name: Two silos
      seed: 11
      replications: 4
      warmup: 30m
      horizon: 6h
      channels:
        phone:
          serviceLevel: { threshold: 20s, target: 0.80 }
          handleTime: { distribution: exponential, mean: 180s }
          patience: { distribution: exponential, mean: 300s }
          queueCapacity: 20
          wrapUp: { distribution: constant, value: 15s }
        chat:
          serviceLevel: { threshold: 60s, target: 0.80 }
          handleTime: { distribution: lognormal, mean: 400s, cv: 0.8 }
      arrivals:
        - channel: phone
          rate: 200/h
        - channel: chat
          rate: 40/h
      agents:
        - group: phones
          count: 12
          skills: [phone]
        - group: chats
          count: 6
          skills: [chat]
      """;

  @TempDir Path dir;

  @Test
  void generalAndSingleSkillEngines_writeByteIdenticalFiles() throws IOException {
    Path file = write("silos.yaml", SILOS);
    for (String engine : new String[] {"general", "single-skill", "auto"}) {
      CliRunner run = CliRunner.run("run", file.toString(), "--engine", engine, "--out", dir.resolve(engine).toString());
      assertEquals(0, run.exitCode(), run.err());
    }
    for (String name : new String[] {"summary.json", "channels.csv", "groups.csv"}) {
      byte[] general = Files.readAllBytes(dir.resolve("general").resolve(name));
      assertArrayEquals(general, Files.readAllBytes(dir.resolve("single-skill").resolve(name)), name);
      assertArrayEquals(general, Files.readAllBytes(dir.resolve("auto").resolve(name)), name);
    }
  }

  @Test
  void singleSkillOnABlendedScenario_isBadInputNamingTheReason() throws IOException {
    Path file = write("blended.yaml", SILOS.replace("skills: [chat]", "skills: [chat, phone]"));
    Path out = dir.resolve("never");
    CliRunner run = CliRunner.run("run", file.toString(), "--engine", "single-skill", "--out", out.toString());
    assertEquals(Main.BAD_INPUT, run.exitCode());
    assertEquals(1, run.err().strip().lines().count(), run.err());
    assertTrue(run.err().contains("--engine") && run.err().contains("group chats serves several channels"), run.err());
    assertFalse(Files.exists(out));
    assertEquals(0, CliRunner.run("run", file.toString(), "--engine", "auto").exitCode());
  }

  @Test
  void unknownEngine_isBadInputListingTheNames() throws IOException {
    CliRunner run = CliRunner.run("run", write("silos.yaml", SILOS).toString(), "--engine", "turbo");
    assertEquals(Main.BAD_INPUT, run.exitCode());
    assertTrue(run.err().contains("auto, general, single-skill, spark"), run.err());
  }

  @Test
  void sparkWithoutTheSparkModule_isOneLineSayingHowToGetIt() throws IOException {
    Path file = write("silos.yaml", SILOS);
    Path out = dir.resolve("never");
    for (String command : new String[] {"run", "sweep", "staff"}) {
      CliRunner run = switch (command) {
        case "run" -> CliRunner.run("run", file.toString(), "--engine", "spark", "--out", out.toString());
        case "sweep" -> CliRunner.run("sweep", file.toString(), "--set", "groups.phones.count=10,12", "--engine",
            "spark", "--master", "local[2]", "--out", out.toString());
        default -> CliRunner.run("staff", file.toString(), "--engine", "spark", "--out", out.toString());
      };
      assertEquals(Main.BAD_INPUT, run.exitCode(), command);
      assertEquals(ClusterOption.MISSING, run.err().strip().replaceFirst("^ccsim: ", ""), command);
      assertFalse(Files.exists(out), command);
    }
  }

  @Test
  void masterWithoutSpark_andSparkOnBenchOrATrace_areBadInput() throws IOException {
    Path file = write("silos.yaml", SILOS);
    CliRunner master = CliRunner.run("run", file.toString(), "--master", "local[2]");
    assertEquals(Main.BAD_INPUT, master.exitCode());
    assertTrue(master.err().contains("--master: applies to --engine spark only"), master.err());
    CliRunner bench = CliRunner.run("bench", "--contacts", "1000", "--engine", "spark");
    assertEquals(Main.BAD_INPUT, bench.exitCode());
    assertTrue(bench.err().contains("spark runs the replications of ccsim run, sweep and staff only"), bench.err());
    CliRunner staff = CliRunner.run("staff", file.toString(), "--engine", "general");
    assertEquals(Main.BAD_INPUT, staff.exitCode());
    assertTrue(staff.err().contains("--engine: ccsim staff simulates on the engine auto picks"), staff.err());
  }

  @Test
  void sweepOnTheGeneralEngine_writesTheBytesOfTheDefault() throws IOException {
    Path file = write("silos.yaml", SILOS);
    for (String engine : new String[] {"general", "auto"}) {
      CliRunner run = CliRunner.run("sweep", file.toString(), "--set", "groups.phones.count=10,12", "--engine", engine,
          "--out", dir.resolve("sweep-" + engine).toString());
      assertEquals(0, run.exitCode(), run.err());
    }
    assertArrayEquals(Files.readAllBytes(dir.resolve("sweep-auto").resolve("sweep.csv")),
        Files.readAllBytes(dir.resolve("sweep-general").resolve("sweep.csv")));
  }

  @Test
  void bench_reportsTheEngineItRan() {
    CliRun auto = CliRun.of("bench", "--contacts", "1000", "--warmup-runs", "0", "--runs", "1", "--json");
    assertEquals(0, auto.exitCode(), auto.err());
    assertEquals("single-skill", auto.json().get("engine").asText());
    CliRun general = CliRun.of("bench", "--contacts", "1000", "--warmup-runs", "0", "--runs", "1", "--json",
        "--engine", "general");
    assertEquals("general", general.json().get("engine").asText());
    assertEquals(auto.json().get("events").asLong(), general.json().get("events").asLong());
  }

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text);
    return file;
  }
}
