package io.ccsim.cli;

import io.ccsim.arrivals.ScheduledContact;
import io.ccsim.model.Scenario;
import io.ccsim.report.CsvHeader;
import io.ccsim.report.IntervalsCsv;
import io.ccsim.report.OutputDirectory;
import io.ccsim.report.RunCharts;
import io.ccsim.report.RunSeries;
import io.ccsim.report.SummaryCsv;
import io.ccsim.report.SummaryJson;
import io.ccsim.report.TextTable;
import io.ccsim.report.chart.ChartImage;
import io.ccsim.report.html.HtmlReport;
import io.ccsim.run.Engine;
import io.ccsim.run.ProgressListener;
import io.ccsim.run.ReplicationExecutor;
import io.ccsim.run.ReplicationRunner;
import io.ccsim.run.RunResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ccsim run}: simulates a scenario file and prints or writes its summary. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = "Simulate a scenario file and print KPIs with 95%% confidence intervals.",
    footer = {
      "",
      "Examples:",
      "  ccsim run scenarios/single-queue.yaml",
      "  ccsim run scenarios/single-queue.yaml --replications 50 --out results/",
      "  ccsim run scenarios/single-queue.yaml --report report/",
      "  ccsim run scenarios/single-queue.yaml --json > summary.json",
      "  ccsim run scenarios/single-queue.yaml --engine general",
      "  ccsim run scenarios/single-queue.yaml --engine spark --master local[2]",
      "  ccsim run fitted/scenario.yaml --against bank-1999-01.tsv",
      "  ccsim run scenarios/anonymous-bank/weekday.yaml \\",
      "      --arrivals scenarios/anonymous-bank/1999-01-04.csv",
      "",
      "--out DIR writes DIR/summary.json (see docs/summary-json.md), DIR/channels.csv",
      "and DIR/groups.csv, and DIR/intervals.csv when the scenario sets an interval",
      "(docs/intervals.md).",
      "--report DIR writes the same files plus DIR/report.html (self-contained) and",
      "DIR/charts/*.png, *.svg."
    })
final class RunCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "Scenario file (.yaml, .yml or .json).")
  Path file;

  @Mixin RunOptions runOptions;

  @Option(names = "--out", paramLabel = "DIR", description = "Write summary.json and CSV files into DIR.")
  Path outDirectory;

  @Option(names = "--report", paramLabel = "DIR",
      description = "Write report.html, charts/, summary.json and CSV files into DIR.")
  Path reportDirectory;

  @Option(names = "--json", description = "Print the summary JSON on stdout instead of the table.")
  boolean json;

  @Option(names = "--arrivals", paramLabel = "CSV",
      description = "Replay these contacts (arrivals CSV, docs/arrivals-csv.md) instead of the scenario's "
          + "arrivals up to the horizon.")
  Path arrivalsFile;

  @Option(names = "--against", paramLabel = "LOG",
      description = "Compare the run's KPIs with those this call log recorded (docs/fit.md); "
          + "with --out, also against.txt and charts/against-*.png, .svg.")
  Path againstLog;

  @Option(names = "--log-format", paramLabel = "FORMAT", defaultValue = "anonymous-bank",
      completionCandidates = Completions.LogFormats.class,
      description = "Format of the --against log: anonymous-bank, arrivals-csv, generic (default: ${DEFAULT-VALUE}).")
  String logFormat;

  @Option(names = "--log-days", paramLabel = "DAYS", completionCandidates = Completions.DaySelections.class,
      description = "Days of the --against log: all, sun-thu, mon-fri (default: as ccsim fit).")
  String logDays;

  @Option(names = "--log-hours", paramLabel = "HH:MM-HH:MM",
      description = "Arrival window of the --against log (default: as ccsim fit).")
  String logHours;

  @Mixin ProgressOptions progress;

  @Mixin EngineOption engineOption;

  @Mixin CsvHeaderOption csvHeader;
  @Mixin ClusterOption cluster;

  @Mixin DebugOption debugOption;

  @Override
  public Integer call() throws IOException {
    cluster.check(engineOption);
    if (engineOption.spark() && arrivalsFile != null) {
      throw OptionValues.bad("--arrivals", "cannot be replayed with --engine spark (the trace stays on this machine); "
          + "leave out one of them");
    }
    Engine requested = arrivalsFile == null ? engineOption.requested() : Engine.GENERAL;
    Scenario scenario = runOptions.apply(spec, ScenarioInput.load(file, requested));
    if (againstLog != null && json) {
      throw new BadInputException("--against prints a comparison table; it cannot be combined with --json "
          + "(use --out DIR for the summary JSON)");
    }
    AgainstLog against = againstLog == null ? null : AgainstLog.read(againstLog, logFormat, logDays, logHours, scenario);
    List<ScheduledContact> trace = arrivalsFile == null ? null : TraceInput.load(arrivalsFile, scenario);
    Engine engine = engineOption.resolve(scenario, trace);
    int threads = RunGuard.threads(scenario, engine, runOptions.threads(spec));
    Double maxWall = runOptions.maxWallSeconds();
    OutputCheck.folder(outDirectory, "--out");
    OutputCheck.folder(reportDirectory, "--report");
    CsvHeader names = csvHeader.header();
    RunGuard.announce(spec.commandLine().getErr(), scenario, engine, threads, maxWall);
    ProgressBar bar = progress.start(spec, scenario.replications());
    RunResult result;
    try {
      result = RunGuard.withinWall(maxWall, scenario.replications(), ProgressOptions.listener(bar),
          listener -> engineOption.spark() ? onCluster(scenario, listener)
              : ReplicationRunner.run(scenario, threads, listener, trace, engine));
    } finally {
      ProgressOptions.finish(bar);
    }
    String summaryJson = SummaryJson.toJson(result.summary());
    String comparison = against == null ? null : against.compare(result);
    if (outDirectory != null) {
      OutputDirectory directory = summaryFiles(new OutputDirectory(outDirectory), result, summaryJson, names);
      if (against != null) {
        directory.add("against.txt", comparison);
        for (ChartImage chart : against.charts(result)) {
          directory.add("charts/" + chart.name() + ".png", chart.png()).add("charts/" + chart.name() + ".svg",
              chart.svg());
        }
      }
      directory.write();
    }
    if (reportDirectory != null) {
      writeReport(reportDirectory, result, file.toString(), summaryJson, names);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(json ? summaryJson : TextTable.render(result.summary()));
    if (comparison != null) {
      out.println();
      out.print(comparison);
    }
    out.flush();
    return Main.OK;
  }

  /** The run on the cluster: each task rebuilds the scenario from the file's text and this command's overrides. */
  private RunResult onCluster(Scenario scenario, ProgressListener listener) {
    try (ReplicationExecutor executor = cluster.open()) {
      return ReplicationRunner.run(scenario, executor, listener, PortableScenario.of(file, scenario).job());
    }
  }

  /** Writes report.html, charts/, summary.json and the CSV files of {@code result} into {@code directory}. */
  static void writeReport(Path directory, RunResult result, String file, String summaryJson, CsvHeader names)
      throws IOException {
    RunSeries series = RunSeries.of(result.summary());
    List<ChartImage> charts = RunCharts.of(result, series, "", "");
    String html = HtmlReport.run(result, file, series, charts);
    HtmlReport.addTo(summaryFiles(new OutputDirectory(directory), result, summaryJson, names), html, charts).write();
  }

  static OutputDirectory summaryFiles(OutputDirectory directory, RunResult result, String summaryJson,
      CsvHeader names) {
    directory
        .add("summary.json", summaryJson)
        .add("channels.csv", SummaryCsv.channels(result.summary(), names))
        .add("groups.csv", SummaryCsv.groups(result.summary(), names));
    if (result.summary().intervals() != null) {
      directory.add("intervals.csv", IntervalsCsv.write(result.summary().intervals(), names));
    }
    return directory;
  }
}
