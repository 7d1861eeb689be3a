package io.ccsim.cli;

import io.ccsim.kpi.Scope;
import io.ccsim.model.Scenario;
import io.ccsim.report.CsvHeader;
import io.ccsim.report.KpiPath;
import io.ccsim.report.OutputDirectory;
import io.ccsim.report.TextTable;
import io.ccsim.report.Units;
import io.ccsim.report.chart.ChartImage;
import io.ccsim.report.chart.SweepChart;
import io.ccsim.report.sweep.SweepCsv;
import io.ccsim.report.sweep.SweepLines;
import io.ccsim.report.sweep.SweepPoint;
import io.ccsim.run.ProgressListener;
import io.ccsim.run.Engine;
import io.ccsim.run.ReplicationExecutor;
import io.ccsim.run.ReplicationRunner;
import io.ccsim.run.RunAggregate;
import io.ccsim.size.RunSize;
import io.ccsim.run.RunResult;
import io.ccsim.stats.Estimate;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ccsim sweep}: runs a scenario over a grid of parameter values and charts a KPI against them. */
@Command(
    name = "sweep",
    mixinStandardHelpOptions = true,
    description = {
      "Run a scenario at every point of a grid of parameter values (several --set give the full grid),"
          + " grid points in parallel, and write sweep.csv (one row per point: the parameters, then every"
          + " KPI's mean and ci95) and a chart of one KPI against the first parameter with 95%% bands.",
      "PATH: " + SweepParameter.PATH_FORMS + ".",
      "VALUES: " + SweepParameter.VALUE_FORMS + ". Plain rates are per second, as in scenario files.",
      "Every point runs with the scenario's seed and replications (common random numbers), so neighbouring"
          + " points differ by the parameter, not by noise; results are identical for any --threads."
    },
    footer = {
      "",
      "Examples:",
      "  ccsim sweep scenarios/single-queue.yaml --set groups.phone-team.count=12..18",
      "  ccsim sweep scenarios/single-queue.yaml \\",
      "      --set groups.phone-team.count=12..16 \\",
      "      --set arrivals.phone.rate=180..220:20/h \\",
      "      --kpi phone.asaSeconds --out sweep/",
      "  ccsim sweep scenarios/single-queue.yaml --set groups.phone-team.count=10..30 \\",
      "      --engine spark --master local[2]",
      "",
      "Writes DIR/sweep.csv, DIR/sweep-KPI.png and DIR/sweep-KPI.svg",
      "(DIR is --out, by default the current directory)."
    })
final class SweepCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "Scenario file (.yaml, .yml or .json).")
  Path file;

  @Option(names = "--set", required = true, paramLabel = "PATH=VALUES",
      description = "A parameter and its values, e.g. groups.phone-team.count=10..20; repeat for a grid.")
  List<String> sets;

  @Option(names = "--kpi", paramLabel = "KPI",
      description = "The KPI to chart, e.g. phone.serviceLevel or groups.phone-team.occupancy"
          + " (default: the first channel's serviceLevel).")
  String kpi;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = ".",
      description = "Where to write sweep.csv and the chart (default: the current directory).")
  Path outDirectory;

  @Mixin RunOptions runOptions;

  @Mixin EngineOption engineOption;

  @Mixin ClusterOption cluster;

  @Mixin ProgressOptions progress;

  @Mixin CsvHeaderOption csvHeader;

  @Mixin DebugOption debugOption;

  @Override
  public Integer call() throws IOException {
    cluster.check(engineOption);
    Engine engine = engineOption.requested();
    Scenario base = runOptions.apply(spec, ScenarioInput.load(file, engine));
    List<SweepParameter> parameters = new ArrayList<>();
    for (String set : sets) {
      SweepParameter p = SweepParameter.parse(set, base);
      if (parameters.stream().anyMatch(q -> q.path().equals(p.path()))) {
        throw new BadInputException("--set: " + p.path() + " is set twice; give each path once");
      }
      parameters.add(p);
    }
    KpiPath chartKpi = chartKpi(base);
    List<int[]> grid = grid(parameters);
    int threads = runOptions.threads(spec);
    Double maxWall = runOptions.maxWallSeconds();
    OutputCheck.folder(outDirectory, "--out");
    CsvHeader names = csvHeader.header();
    checkSizes(base, parameters, grid, engine);
    RunGuard.announce(spec.commandLine().getErr(), RunSize.of(base).contactsPerRun() * grid.size(),
        engineOption.resolve(base, null), Math.min(threads, grid.size()), maxWall);
    ProgressBar bar = progress.start(spec, (long) grid.size() * base.replications());
    List<SweepPoint> points;
    try {
      points = RunGuard.withinWall(maxWall, (long) grid.size() * base.replications(), ProgressOptions.listener(bar),
          listener -> engineOption.spark() ? onCluster(base, parameters, grid, listener)
              : run(base, parameters, grid, threads, engine, listener));
    } finally {
      ProgressOptions.finish(bar);
    }
    List<String> paths = parameters.stream().map(SweepParameter::path).toList();
    ChartImage chart = SweepChart.render("sweep-" + chartKpi, chartKpi.label() + " vs " + paths.get(0),
        parameters.get(0).axisLabel(), chartKpi.label(), chartKpi.isShare(), SweepLines.of(paths, points, chartKpi));
    new OutputDirectory(outDirectory)
        .add("sweep.csv", SweepCsv.render(paths, points, names))
        .add(chart.name() + ".png", chart.png())
        .add(chart.name() + ".svg", chart.svg())
        .write();
    print(paths, points, chartKpi);
    spec.commandLine().getOut().println("Wrote " + outDirectory.resolve("sweep.csv") + " (" + points.size()
        + " rows) and " + outDirectory.resolve(chart.name() + ".png") + ", .svg");
    spec.commandLine().getOut().flush();
    return Main.OK;
  }

  private KpiPath chartKpi(Scenario base) {
    String text = kpi != null ? kpi : base.channels().get(0).name() + ".serviceLevel";
    KpiPath path;
    try {
      path = KpiPath.parse(text);
    } catch (IllegalArgumentException e) {
      throw new BadInputException("--kpi: " + e.getMessage(), e);
    }
    boolean known = path.scope() == Scope.GROUP
        ? base.groups().stream().anyMatch(g -> g.name().equals(path.subject()))
        : base.channelIndex(path.subject()) >= 0;
    if (!known) {
      throw new BadInputException("--kpi: the scenario has no " + (path.scope() == Scope.GROUP ? "group" : "channel")
          + " '" + path.subject() + "'");
    }
    return path;
  }

  /** Each point's replication must fit in the heap, as a scenario file's must (see RunSize). */
  private static void checkSizes(Scenario base, List<SweepParameter> parameters, List<int[]> grid,
      Engine requested) {
    long heap = Runtime.getRuntime().maxMemory();
    for (int[] point : grid) {
      Scenario scenario = base;
      StringBuilder values = new StringBuilder();
      for (int i = 0; i < point.length; i++) {
        scenario = parameters.get(i).apply(scenario, point[i]);
        values.append(i == 0 ? "" : ", ").append(parameters.get(i).path()).append('=')
            .append(parameters.get(i).texts().get(point[i]));
      }
      Engine engine;
      try {
        engine = requested.resolve(scenario, null);
      } catch (IllegalArgumentException e) {
        throw OptionValues.bad("--engine", "at " + values + ": " + e.getMessage());
      }
      RunSize size = RunSize.of(scenario);
      if (!size.fits(engine, heap)) {
        throw new BadInputException("--set: at " + values + " one replication needs about "
            + RunSize.bytes(size.bytesPerReplication(engine)) + ", more than the " + RunSize.bytes(heap)
            + " heap; allowed: smaller values, or a larger heap (CCSIM_JAVA_OPTS=-Xmx...)");
      }
    }
  }

  /** Every combination of value indices, the first parameter varying slowest. */
  static List<int[]> grid(List<SweepParameter> parameters) {
    List<int[]> grid = new ArrayList<>();
    int[] index = new int[parameters.size()];
    long size = 1;
    for (SweepParameter p : parameters) {
      size *= p.size();
    }
    if (size > 100_000) {
      throw new BadInputException("--set: the grid has " + size + " points; at most 100000 are allowed");
    }
    while (true) {
      grid.add(index.clone());
      int i = parameters.size() - 1;
      while (i >= 0 && ++index[i] == parameters.get(i).size()) {
        index[i] = 0;
        i--;
      }
      if (i < 0) {
        return grid;
      }
    }
  }

  /** Runs grid points on {@code threads} workers, one replication stream each; results in grid order. */
  private static List<SweepPoint> run(Scenario base, List<SweepParameter> parameters, List<int[]> grid, int threads,
      Engine engine, ProgressListener progress) {
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, grid.size()), runnable -> {
      Thread thread = new Thread(runnable, "ccsim-sweep");
      thread.setDaemon(true);
      return thread;
    });
    try {
      List<Future<SweepPoint>> futures = new ArrayList<>();
      for (int[] point : grid) {
        futures.add(pool.submit(() -> {
          Scenario scenario = at(base, parameters, point);
          RunResult result = ReplicationRunner.run(scenario, 1, progress, null, engine);
          return point(parameters, point, result);
        }));
      }
      List<SweepPoint> points = new ArrayList<>();
      for (Future<SweepPoint> f : futures) {
        points.add(f.get());
      }
      return points;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while sweeping", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IllegalArgumentException bad) {
        throw new BadInputException("--set: " + bad.getMessage(), bad);
      }
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /** {@code base} at one point of the grid. */
  private static Scenario at(Scenario base, List<SweepParameter> parameters, int[] point) {
    Scenario scenario = base;
    for (int i = 0; i < point.length; i++) {
      scenario = parameters.get(i).apply(scenario, point[i]);
    }
    return scenario;
  }

  private static SweepPoint point(List<SweepParameter> parameters, int[] point, RunResult result) {
    List<String> texts = new ArrayList<>();
    double[] numbers = new double[point.length];
    for (int i = 0; i < point.length; i++) {
      texts.add(parameters.get(i).texts().get(point[i]));
      numbers[i] = parameters.get(i).numbers()[point[i]];
    }
    return new SweepPoint(texts, numbers, result.summary());
  }

  /**
   * Runs every point's replications on the cluster as one job; each point's outcomes are merged in order
   * as locally, and a failing point fails the sweep with the message it gives locally.
   */
  private List<SweepPoint> onCluster(Scenario base, List<SweepParameter> parameters, List<int[]> grid,
      ProgressListener progress) {
    PortableScenario portable = PortableScenario.of(file, base);
    List<RunAggregate> aggregates = new ArrayList<>();
    List<ReplicationExecutor.RunJob> runs = new ArrayList<>();
    for (int[] point : grid) {
      RunAggregate aggregate = new RunAggregate(at(base, parameters, point));
      aggregates.add(aggregate);
      runs.add(new ReplicationExecutor.RunJob(portable.at(sets, point).job(), base.replications(), aggregate::add));
    }
    try (ReplicationExecutor executor = cluster.open()) {
      executor.run(runs, progress);
    } catch (IllegalArgumentException bad) {
      throw new BadInputException("--set: " + bad.getMessage(), bad);
    }
    List<SweepPoint> points = new ArrayList<>();
    for (int i = 0; i < grid.size(); i++) {
      points.add(point(parameters, grid.get(i), aggregates.get(i).finish()));
    }
    return points;
  }

  private void print(List<String> names, List<SweepPoint> points, KpiPath chartKpi) {
    List<List<String>> rows = new ArrayList<>();
    List<String> header = new ArrayList<>(names);
    header.add(chartKpi.toString());
    rows.add(header);
    for (SweepPoint p : points) {
      List<String> row = new ArrayList<>(p.values());
      // A duration in the unit a person reads, as in run's table: a deferred channel's ASA in hours.
      boolean deferred = chartKpi.scope() == Scope.CHANNEL
          && "deferred".equals(p.summary().channels().get(chartKpi.subject()).kind());
      row.add(Units.figure(chartKpi.estimate(p.summary()).orElse(new Estimate(Double.NaN, Double.NaN)),
          chartKpi.kpi(), deferred));
      rows.add(row);
    }
    StringBuilder out = new StringBuilder();
    TextTable.appendAligned(out, rows);
    spec.commandLine().getOut().print(out);
  }
}
