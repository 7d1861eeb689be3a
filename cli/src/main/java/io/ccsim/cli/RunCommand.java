package io.ccsim.cli;

import io.ccsim.model.Scenario;
import io.ccsim.report.OutputDirectory;
import io.ccsim.report.SummaryCsv;
import io.ccsim.report.SummaryJson;
import io.ccsim.report.TextTable;
import io.ccsim.run.ProgressListener;
import io.ccsim.run.ReplicationRunner;
import io.ccsim.run.RunResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
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
    description = "Simulate a scenario file and print KPIs with 95% confidence intervals.",
    footer = {
      "",
      "Examples:",
      "  ccsim run scenarios/single-queue.yaml",
      "  ccsim run scenarios/single-queue.yaml --replications 50 --seed 7 --out results/",
      "  ccsim run scenarios/single-queue.yaml --json > summary.json",
      "",
      "--out DIR writes DIR/summary.json (see docs/summary-json.md), DIR/channels.csv and DIR/groups.csv."
    })
final class RunCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "Scenario file (.yaml, .yml or .json).")
  Path file;

  @Mixin RunOptions runOptions;

  @Option(names = "--out", paramLabel = "DIR", description = "Write summary.json and CSV files into DIR.")
  Path outDirectory;

  @Option(names = "--json", description = "Print the summary JSON on stdout instead of the table.")
  boolean json;

  @Mixin DebugOption debugOption;

  @Override
  public Integer call() throws IOException {
    Scenario scenario = runOptions.apply(spec, ScenarioInput.load(file));
    RunResult result = ReplicationRunner.run(scenario, runOptions.threads(spec), ProgressListener.NONE);
    String summaryJson = SummaryJson.toJson(result.summary());
    if (outDirectory != null) {
      new OutputDirectory(outDirectory)
          .add("summary.json", summaryJson)
          .add("channels.csv", SummaryCsv.channels(result.summary()))
          .add("groups.csv", SummaryCsv.groups(result.summary()))
          .write();
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(json ? summaryJson : TextTable.render(result.summary()));
    out.flush();
    return Main.OK;
  }
}
