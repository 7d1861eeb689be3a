package io.ccsim.cli;

import io.ccsim.config.StaffedScenarioFile;
import io.ccsim.model.AgentGroup;
import io.ccsim.model.Scenario;
import io.ccsim.report.OutputDirectory;
import io.ccsim.report.chart.ChartImage;
import io.ccsim.report.chart.StaffingChart;
import io.ccsim.report.staffing.StaffingCsv;
import io.ccsim.report.staffing.StaffingJson;
import io.ccsim.report.staffing.StaffingTable;
import io.ccsim.report.staffing.StaffingText;
import io.ccsim.run.Engine;
import io.ccsim.run.ReplicationExecutor;
import io.ccsim.run.ReplicationRunner;
import io.ccsim.staffing.Demand;
import io.ccsim.staffing.StaffingResult;
import io.ccsim.staffing.StaffingSearch;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ccsim staff}: the fewest agents per interval and group that meet every target, found by simulation. */
@Command(
    name = "staff",
    mixinStandardHelpOptions = true,
    description = {
      "Find the cheapest staffing per interval and group that meets every service-level target, by"
          + " simulation: an Erlang C/A first guess per interval (concurrency and blending accounted for),"
          + " then simulate, raise where a target is missed and lower where it holds, with common random"
          + " numbers, until no agent can be removed. A target is met in the search when the lower end of"
          + " its 95%% interval reaches it; the result is re-run with fresh random numbers (seed + 1) and"
          + " each target shown with its 95%% interval. Deferred channels are judged over the day."
          + " See docs/staffing.md.",
      "Exit codes: 0 staffing found, 1 no staffing within --max-agents meets the targets (the best found"
          + " is printed), 2 bad input."
    },
    footer = {
      "",
      "Examples:",
      "  ccsim staff scenarios/single-queue.yaml",
      "  ccsim staff scenarios/retail-bank-day.yaml --out staffing/",
      "  ccsim staff scenarios/retail-bank-day.yaml --cost early=30 \\",
      "      --cost late=25 --max-agents late=20 --json",
      "",
      "--out DIR writes staffing.csv, staffing.json (as --json), staffing.png",
      "and staffed.yaml, a scenario with the staffing found for ccsim run."
    })
final class StaffCommand implements Callable<Integer> {
  /** Whether targets are judged per interval or over the day. */
  enum Per { INTERVAL, DAY }

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "Scenario file (.yaml, .yml or .json).")
  Path file;

  @Option(names = "--per", paramLabel = "interval|day", defaultValue = "interval",
      description = "Meet live channels' targets in every interval (default) or over the day.")
  Per per;

  @Option(names = "--cost", paramLabel = "GROUP=PER_HOUR",
      description = "Cost of an agent-hour of GROUP (default 1); repeat per group.")
  List<String> costs = new ArrayList<>();

  @Option(names = "--max-agents", paramLabel = "GROUP=N",
      description = "At most N agents of GROUP per interval; repeat per group.")
  List<String> caps = new ArrayList<>();

  @Option(names = "--out", paramLabel = "DIR",
      description = "Write staffing.csv, staffing.json, staffing.png and staffed.yaml into DIR.")
  Path outDirectory;

  @Option(names = "--json", description = "Print staffing.json on stdout instead of the table.")
  boolean json;

  @Mixin RunOptions runOptions;

  @Mixin EngineOption engineOption;

  @Mixin ClusterOption cluster;

  @Mixin ProgressOptions progress;

  @Mixin DebugOption debugOption;

  @Override
  public Integer call() throws IOException {
    if (runOptions.replications != null && runOptions.replications < 1) {
      throw new BadInputException("--replications: '" + runOptions.replications + "' is not allowed; give a whole"
          + " number from 1");
    }
    if (runOptions.threads != null && runOptions.threads < 1) {
      throw new BadInputException("--threads: '" + runOptions.threads + "' is not allowed; give a whole number"
          + " from 1");
    }
    cluster.check(engineOption);
    if (!engineOption.spark() && engineOption.requested() != Engine.AUTO) {
      throw OptionValues.bad("--engine", "ccsim staff simulates on the engine auto picks, here or with spark; "
          + "allowed: auto, spark");
    }
    Scenario scenario = runOptions.apply(spec, ScenarioInput.load(file));
    Map<String, Double> costPerHour = new LinkedHashMap<>();
    for (String text : costs) {
      String[] pair = pair("--cost", text, "GROUP=PER_HOUR such as phone-team=32.5", scenario);
      put("--cost", costPerHour, pair[0], OptionValues.positiveNumber("--cost", pair[1]));
    }
    Map<String, Integer> maxAgents = new LinkedHashMap<>();
    for (String text : caps) {
      String[] pair = pair("--max-agents", text, "GROUP=N such as phone-team=20", scenario);
      put("--max-agents", maxAgents, pair[0], OptionValues.wholeNumber("--max-agents", pair[1], 1));
    }
    try {
      Demand.intervalsPerDay(scenario);
    } catch (IllegalArgumentException e) {
      throw new BadInputException(file + ": " + e.getMessage(), e);
    }
    int threads = runOptions.threads(spec);
    // The search's length is not known in advance: the bar counts replications against its cap of
    // simulations, so it usually ends early.
    ProgressBar bar = progress.start(spec,
        (long) (StaffingSearch.DEFAULT_MAX_SIMULATIONS + 1) * scenario.replications());
    StaffingResult result;
    try (ReplicationExecutor executor = engineOption.spark() ? cluster.open() : null) {
      result = StaffingSearch.run(scenario, new StaffingSearch.Options(per == Per.DAY, costPerHour, maxAgents,
          threads, StaffingSearch.DEFAULT_MAX_SIMULATIONS, ProgressOptions.listener(bar),
          executor == null ? null : onCluster(executor, PortableScenario.of(file, scenario))));
    } finally {
      ProgressOptions.finish(bar);
    }
    StaffingTable table = new StaffingTable(scenario, result, costPerHour);
    String perName = per.name().toLowerCase(java.util.Locale.ROOT);
    String staffingJson = StaffingJson.toJson(table, perName);
    if (outDirectory != null) {
      ChartImage chart = StaffingChart.render(table);
      String staffed = StaffedScenarioFile.render(file.toString(),
          Files.readString(file, StandardCharsets.UTF_8), result.plan(),
          "Written by `ccsim staff " + file + "`: the staffing it found (" + (result.feasible()
              ? "it met every target in the search" : "NOT feasible: the best found") + "), as shifts\n"
              + "without breaks; everything else is as in " + file + ". Run it with `ccsim run`.");
      new OutputDirectory(outDirectory)
          .add("staffing.csv", StaffingCsv.render(table))
          .add("staffing.json", staffingJson)
          .add("staffing.png", chart.png())
          .add("staffed.yaml", staffed)
          .write();
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(json ? staffingJson : StaffingText.render(table, perName));
    out.flush();
    if (!result.feasible()) {
      PrintWriter err = spec.commandLine().getErr();
      err.println("ccsim: staff: " + result.problem() + "; printed the best staffing found");
      err.flush();
      return Main.FAILURE;
    }
    return Main.OK;
  }

  /** Each staffing of the search on the cluster, whose tasks rebuild it from the file, the plan and the seed. */
  private static StaffingSearch.Simulation onCluster(ReplicationExecutor executor, PortableScenario base) {
    return (staffed, plan, seed, options) ->
        ReplicationRunner.run(staffed, executor, options.progress(), base.staffed(plan, seed).job()).summary();
  }

  private static String[] pair(String option, String text, String forms, Scenario scenario) {
    int eq = text.indexOf('=');
    if (eq <= 0 || eq == text.length() - 1) {
      throw new BadInputException(option + ": '" + text + "' is not allowed; give " + forms);
    }
    String group = text.substring(0, eq).trim();
    if (scenario.groups().stream().noneMatch(g -> g.name().equals(group))) {
      throw new BadInputException(option + ": the scenario has no group '" + group + "'; its groups are "
          + String.join(", ", scenario.groups().stream().map(AgentGroup::name).toList()));
    }
    return new String[] {group, text.substring(eq + 1).trim()};
  }

  private static <T> void put(String option, Map<String, T> map, String group, T value) {
    if (map.put(group, value) != null) {
      throw new BadInputException(option + ": group '" + group + "' is given twice; give each group once");
    }
  }
}
