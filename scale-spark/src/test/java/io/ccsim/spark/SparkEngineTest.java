package io.ccsim.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccsim.cli.Main;
import io.ccsim.run.BenchmarkModels;
import io.ccsim.run.Engine;
import io.ccsim.run.LocalExecutor;
import io.ccsim.run.ProgressListener;
import io.ccsim.run.ReplicationExecutor;
import io.ccsim.run.ReplicationExecutor.RunJob;
import io.ccsim.run.ReplicationJob;
import io.ccsim.run.ReplicationOutcome;
import io.ccsim.run.ReplicationRunner;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Serializable;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Spark local[2] gives the bytes a local run gives, and fails where and as a local run fails. */
class SparkEngineTest {
  private static final Path SCENARIOS = Path.of("..", "scenarios");

  @TempDir Path dir;

  private record Result(int exitCode, String out, String err) {}

  private static Result ccsim(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.execute(new PrintWriter(out), new PrintWriter(err), args);
    return new Result(code, out.toString(), err.toString());
  }

  @Test
  void sweep_onSparkLocal2_writesTheBytesOfTheLocalSweep() throws IOException {
    String[] sweep = {"sweep", SCENARIOS.resolve("single-queue.yaml").toString(), "--set",
        "groups.phone-team.count=12..14", "--set", "arrivals.phone.rate=180,200/h", "--replications", "5", "-q"};
    Result local = ccsim(with(sweep, "--threads", "2", "--out", dir.resolve("local").toString()));
    Result spark = ccsim(with(sweep, "--engine", "spark", "--master", "local[2]", "--out",
        dir.resolve("spark").toString()));
    assertEquals(0, local.exitCode(), local.err());
    assertEquals(0, spark.exitCode(), spark.err());
    assertEquals(local.out().replace(dir.resolve("local").toString(), "DIR"),
        spark.out().replace(dir.resolve("spark").toString(), "DIR"));
    for (String file : new String[] {"sweep.csv", "sweep-phone.serviceLevel.svg", "sweep-phone.serviceLevel.png"}) {
      assertArrayEquals(Files.readAllBytes(dir.resolve("local").resolve(file)),
          Files.readAllBytes(dir.resolve("spark").resolve(file)), file);
    }
  }

  @Test
  void run_onSparkLocal2_writesTheBytesOfTheLocalRun() throws IOException {
    // A day of half-hour intervals with three channels: intervals, several groups and wait percentiles.
    String[] run = {"run", SCENARIOS.resolve("retail-bank-day.yaml").toString(), "--replications", "7", "--seed",
        "3", "-q"};
    Result local = ccsim(with(run, "--threads", "2", "--out", dir.resolve("local").toString()));
    Result spark = ccsim(with(run, "--engine", "spark", "--master", "local[2]", "--out",
        dir.resolve("spark").toString()));
    assertEquals(0, local.exitCode(), local.err());
    assertEquals(0, spark.exitCode(), spark.err());
    assertEquals(local.out(), spark.out());
    for (String file : new String[] {"summary.json", "channels.csv", "groups.csv", "intervals.csv"}) {
      assertArrayEquals(Files.readAllBytes(dir.resolve("local").resolve(file)),
          Files.readAllBytes(dir.resolve("spark").resolve(file)), file);
    }
  }

  @Test
  void staff_onSparkLocal2_findsTheStaffingOfTheLocalSearch() throws IOException {
    String[] staff = {"staff", SCENARIOS.resolve("retail-bank-day.yaml").toString(), "--replications", "5", "-q"};
    Result local = ccsim(with(staff, "--threads", "2", "--out", dir.resolve("local").toString()));
    Result spark = ccsim(with(staff, "--engine", "spark", "--master", "local[2]", "--out",
        dir.resolve("spark").toString()));
    assertEquals(local.exitCode(), spark.exitCode(), spark.err());
    assertEquals(local.out(), spark.out());
    for (String file : new String[] {"staffing.json", "staffing.csv", "staffed.yaml", "staffing.png"}) {
      assertArrayEquals(Files.readAllBytes(dir.resolve("local").resolve(file)),
          Files.readAllBytes(dir.resolve("spark").resolve(file)), file);
    }
  }

  /** Replications of a small M/M/c; replication {@code failAt} fails as a bad scenario point would. */
  private record SmallJob(int failAt) implements ReplicationJob, Serializable {
    @Override
    public ReplicationOutcome run(int replication) {
      if (replication == failAt) {
        throw new IllegalArgumentException("groups.team.count: replication " + replication + " cannot run");
      }
      return ReplicationRunner.job(BenchmarkModels.mmc(3, 0.7, 120, 4 * 3600), null, Engine.AUTO).run(replication);
    }
  }

  @Test
  void failingReplication_failsTheSparkJobWithTheLocalError() {
    SparkConf conf = new SparkConf().setAppName("ccsim-test").setMaster("local[2]").set("spark.ui.enabled", "false")
        // Servers in tests bind to 127.0.0.1 only.
        .set("spark.driver.bindAddress", "127.0.0.1").set("spark.driver.host", "127.0.0.1");
    try (JavaSparkContext context = new JavaSparkContext(conf);
        ReplicationExecutor spark = SparkExecutor.on(context)) {
      // Three runs; the second fails at replication 70 and the third at 3: the first failure in order wins.
      IllegalArgumentException local = assertThrows(IllegalArgumentException.class,
          () -> new LocalExecutor(2).run(runs(), ProgressListener.NONE));
      IllegalArgumentException remote = assertThrows(IllegalArgumentException.class,
          () -> spark.run(runs(), ProgressListener.NONE));
      assertEquals("groups.team.count: replication 70 cannot run", local.getMessage());
      assertEquals(local.getMessage(), remote.getMessage());

      List<ReplicationOutcome> merged = new ArrayList<>();
      spark.run(new SmallJob(-1), 150, ProgressListener.NONE, merged::add);
      assertEquals(150, merged.size());
      for (int r = 0; r < merged.size(); r++) {
        assertEquals(r, merged.get(r).replication(), "merged in replication order across chunks");
      }
    }
  }

  private static List<RunJob> runs() {
    return List.of(new RunJob(new SmallJob(-1), 40, o -> {}), new RunJob(new SmallJob(70), 100, o -> {}),
        new RunJob(new SmallJob(3), 10, o -> {}));
  }

  @Test
  void sparkMain_putsRunAndSweepOnSpark_unlessAnEngineIsNamed() {
    assertArrayEquals(new String[] {"run", "f.yaml", "--engine", "spark"}, SparkMain.onSpark(new String[] {"run",
        "f.yaml"}));
    assertArrayEquals(new String[] {"run", "f.yaml", "--engine=general"}, SparkMain.onSpark(new String[] {"run",
        "f.yaml", "--engine=general"}));
    assertArrayEquals(new String[] {"staff", "f.yaml", "--engine", "spark"}, SparkMain.onSpark(new String[] {"staff",
        "f.yaml"}));
    assertArrayEquals(new String[] {"validate", "f.yaml"}, SparkMain.onSpark(new String[] {"validate", "f.yaml"}));
    assertTrue(ccsim(SparkMain.onSpark(new String[] {"run", "--help"})).out().contains("--master=URL"));
  }

  private static String[] with(String[] args, String... more) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of(more));
    return all.toArray(new String[0]);
  }
}
