package io.ccsim.cli;

import io.ccsim.model.Scenario;
import io.ccsim.report.ComparisonCharts;
import io.ccsim.report.OutputDirectory;
import io.ccsim.report.SummaryJson;
import io.ccsim.report.chart.ChartImage;
import io.ccsim.report.compare.ComparedRun;
import io.ccsim.report.compare.Comparison;
import io.ccsim.report.compare.ComparisonCsv;
import io.ccsim.report.compare.ComparisonTable;
import io.ccsim.report.html.HtmlReport;
import io.ccsim.run.Engine;
import io.ccsim.run.ReplicationRunner;
import io.ccsim.run.RunResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ccsim compare}: runs scenarios with the same seed and replications (common random numbers) and
 * shows them side by side with paired differences.
 */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    description = {
      "Run two or more scenarios with the same seed and replication count (common random numbers) and"
          + " print their KPIs side by side with paired differences (B - A, C - A, ...) and 95%% confidence"
          + " intervals; * marks a difference whose interval excludes 0.",
      "The seed and replications are the first file's unless --seed or --replications say otherwise."
    },
    footer = {
      "",
      "Examples:",
      "  ccsim compare scenarios/compare-demo/siloed.yaml \\",
      "      scenarios/compare-demo/pooled.yaml",
      "  ccsim compare scenarios/compare-demo/*.yaml --replications 30 \\",
      "      --report compare-report/",
      "",
      "--report DIR writes DIR/report.html (self-contained), DIR/charts/*.png, *.svg,",
      "DIR/comparison.csv and DIR/summary-a.json, summary-b.json, ... (one per",
      "scenario)."
    })
final class CompareCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "2..*", paramLabel = "FILE", description = "Scenario files; the first is the reference A.")
  List<Path> files;

  @Mixin RunOptions runOptions;

  @Option(names = "--report", paramLabel = "DIR",
      description = "Write report.html, charts/, comparison.csv and each scenario's summary JSON into DIR.")
  Path reportDirectory;

  @Mixin ProgressOptions progress;

  @Mixin DebugOption debugOption;

  @Override
  public Integer call() throws IOException {
    if (files.size() > 26) {
      throw new BadInputException("FILE: " + files.size() + " scenarios given; compare takes 2 to 26");
    }
    List<Scenario> scenarios = new ArrayList<>();
    for (Path file : files) {
      scenarios.add(ScenarioInput.load(file));
    }
    Scenario first = runOptions.apply(spec, scenarios.get(0));
    int threads = runOptions.threads(spec);
    Double maxWall = runOptions.maxWallSeconds();
    OutputCheck.folder(reportDirectory, "--report");
    ProgressBar bar = progress.start(spec, (long) first.replications() * scenarios.size());
    List<ComparedRun> runs = new ArrayList<>();
    List<String> labels = labels(scenarios, files);
    try {
      for (int i = 0; i < scenarios.size(); i++) {
        Scenario scenario = scenarios.get(i).withRun(first.seed(), first.replications());
        Engine engine = Engine.AUTO.resolve(scenario, null);
        int fitting = RunGuard.threads(scenario, engine, threads);
        RunGuard.announce(spec.commandLine().getErr(), scenario, engine, fitting, maxWall);
        RunResult result = RunGuard.withinWall(maxWall, scenario.replications(), ProgressOptions.listener(bar),
            listener -> ReplicationRunner.run(scenario, fitting, listener));
        runs.add(new ComparedRun(letter(i), labels.get(i), files.get(i).toString(), result));
      }
    } finally {
      ProgressOptions.finish(bar);
    }
    Comparison comparison = Comparison.of(runs);
    if (reportDirectory != null) {
      writeReport(reportDirectory, comparison);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(ComparisonTable.render(comparison));
    out.flush();
    return Main.OK;
  }

  /** Writes report.html, charts/, comparison.csv and summary-a.json, ... into {@code directory}. */
  static void writeReport(Path directory, Comparison comparison) throws IOException {
    List<ChartImage> charts = ComparisonCharts.of(comparison);
    OutputDirectory out = HtmlReport.addTo(new OutputDirectory(directory),
        HtmlReport.comparison(comparison, charts), charts);
    out.add("comparison.csv", ComparisonCsv.render(comparison));
    for (ComparedRun r : comparison.runs()) {
      out.add("summary-" + r.letter().toLowerCase(Locale.ROOT) + ".json", SummaryJson.toJson(r.run().summary()));
    }
    out.write();
  }

  static String letter(int index) {
    return String.valueOf((char) ('A' + index));
  }

  /** Scenario names, or file names where two scenarios share a name. */
  static List<String> labels(List<Scenario> scenarios, List<Path> files) {
    Set<String> seen = new HashSet<>();
    boolean unique = scenarios.stream().allMatch(s -> seen.add(s.name()));
    List<String> labels = new ArrayList<>();
    for (int i = 0; i < scenarios.size(); i++) {
      labels.add(unique ? scenarios.get(i).name() : files.get(i).getFileName().toString());
    }
    return labels;
  }
}
