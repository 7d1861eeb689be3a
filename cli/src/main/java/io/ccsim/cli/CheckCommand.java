package io.ccsim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.ccsim.kpi.Scope;
import io.ccsim.model.Scenario;
import io.ccsim.report.OutputDirectory;
import io.ccsim.report.SummaryJson;
import io.ccsim.report.check.BaselineCheck;
import io.ccsim.report.check.CheckOutcome;
import io.ccsim.report.check.Expectation;
import io.ccsim.report.check.JUnitXml;
import io.ccsim.run.Engine;
import io.ccsim.run.ReplicationRunner;
import io.ccsim.run.RunResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ccsim check}: a CI gate; runs a scenario and tests expectations and a baseline. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Run a scenario and test it: each --expect against the KPI's mean over replications, and with"
          + " --baseline each KPI with a direction (service level up; waits, P(wait), abandon and block"
          + " rates down) against a previous summary.json.",
      "A baseline regression needs both: worse by more than --max-regression (relative to the baseline),"
          + " and significant by a one-sided Welch test on the two confidence intervals, Bonferroni-corrected"
          + " over the KPIs compared so that noise trips the gate at most 5%% of the time.",
      "Exit codes: 0 all hold, 1 any fails, 2 bad input."
    },
    footer = {
      "",
      "Expectations: CHANNEL.KPI OP NUMBER or groups.GROUP.occupancy OP NUMBER;",
      "OP is >=, <=, >, < or ==; KPI is a summary.json key (serviceLevel, asaSeconds,",
      "abandonRate, waitP90Seconds, ...).",
      "",
      "Examples:",
      "  ccsim check scenarios/single-queue.yaml \\",
      "      --expect \"phone.serviceLevel >= 0.80\" --expect \"phone.abandonRate < 5%%\" \\",
      "      --expect \"groups.phone-team.occupancy <= 0.85\"",
      "  ccsim run scenarios/single-queue.yaml --out baseline/",
      "  ccsim check scenarios/single-queue.yaml --baseline baseline/summary.json \\",
      "      --max-regression 2%% --junit check-results.xml"
    })
final class CheckCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "Scenario file (.yaml, .yml or .json).")
  Path file;

  @Option(names = "--expect", paramLabel = "EXPR",
      description = "An expectation such as \"phone.serviceLevel >= 0.80\"; repeatable.")
  List<String> expectations = new ArrayList<>();

  @Option(names = "--baseline", paramLabel = "FILE", description = "A previous summary.json to compare with.")
  Path baseline;

  @Option(names = "--max-regression", paramLabel = "FRACTION",
      description = "Allowed worsening relative to the baseline, e.g. 2%% or 0.02 (default: 0).")
  String maxRegression;

  @Option(names = "--junit", paramLabel = "FILE", description = "Also write the outcomes as JUnit XML.")
  Path junit;

  @Mixin RunOptions runOptions;

  @Mixin ProgressOptions progress;

  @Mixin DebugOption debugOption;

  @Override
  public Integer call() throws IOException {
    long start = System.nanoTime();
    try {
      return check(start);
    } catch (RuntimeException e) {
      if (junit != null) {
        // A CI server that reads the report should see why the check did not run, not a missing file.
        String message = e instanceof BadInputException ? e.getMessage()
            : e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        try {
          writeJunit(JUnitXml.error("ccsim check: " + file, message, (System.nanoTime() - start) / 1e9));
        } catch (IOException | RuntimeException unwritable) {
          // The --junit place itself may be what is wrong: the original error is the one to report.
          e.addSuppressed(unwritable);
        }
      }
      throw e;
    }
  }

  /** One file written whole or not at all; its folder is not an output folder ccsim manages. */
  private void writeJunit(String xml) throws IOException {
    OutputDirectory.writeFile(junit, xml.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  private int check(long start) throws IOException {
    if (expectations.isEmpty() && baseline == null) {
      throw new BadInputException("--expect: nothing to check; give --expect \"CHANNEL.KPI OP NUMBER\" or --baseline FILE");
    }
    if (maxRegression != null && baseline == null) {
      throw new BadInputException("--max-regression: only allowed with --baseline FILE");
    }
    double allowed = maxRegression == null ? 0 : OptionValues.fraction("--max-regression", maxRegression, true);
    List<Expectation> parsed = new ArrayList<>();
    for (String text : expectations) {
      try {
        parsed.add(Expectation.parse(text));
      } catch (IllegalArgumentException e) {
        throw new BadInputException("--expect: " + e.getMessage(), e);
      }
    }
    JsonNode baselineJson = baseline == null ? null : readBaseline(baseline);
    Scenario scenario = runOptions.apply(spec, ScenarioInput.load(file));
    // Expectations naming channels or groups the scenario lacks are input errors: say so before running.
    for (Expectation e : parsed) {
      boolean known = e.kpi().scope() == Scope.GROUP
          ? scenario.groups().stream().anyMatch(g -> g.name().equals(e.kpi().subject()))
          : scenario.channelIndex(e.kpi().subject()) >= 0;
      if (!known) {
        throw new BadInputException("--expect: '" + e.text() + "': the scenario has no "
            + (e.kpi().scope() == Scope.GROUP ? "group" : "channel") + " '" + e.kpi().subject() + "'");
      }
    }
    Double maxWall = runOptions.maxWallSeconds();
    if (junit != null) {
      OutputCheck.file(junit, "--junit");
    }
    Engine engine = Engine.AUTO.resolve(scenario, null);
    int threads = RunGuard.threads(scenario, engine, runOptions.threads(spec));
    RunGuard.announce(spec.commandLine().getErr(), scenario, engine, threads, maxWall);
    ProgressBar bar = progress.start(spec, scenario.replications());
    RunResult result;
    try {
      result = RunGuard.withinWall(maxWall, scenario.replications(), ProgressOptions.listener(bar),
          listener -> ReplicationRunner.run(scenario, threads, listener));
    } finally {
      ProgressOptions.finish(bar);
    }
    List<CheckOutcome> outcomes = new ArrayList<>();
    for (Expectation e : parsed) {
      outcomes.add(e.evaluate(result.summary()));
    }
    if (baselineJson != null) {
      outcomes.addAll(BaselineCheck.compare(result.summary(), baselineJson, allowed));
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println(String.format(Locale.ROOT, "%s: seed %d, %d replications", result.summary().scenario(),
        scenario.seed(), scenario.replications()));
    if (baselineJson != null) {
      String baselineName = baselineJson.path("scenario").asText("");
      out.println("baseline " + baseline + (baselineName.equals(result.summary().scenario()) ? ""
          : " (of scenario '" + baselineName + "')") + ", " + baselineJson.path("replications").asInt()
          + " replications");
    }
    for (CheckOutcome o : outcomes) {
      String mark = switch (o.status()) {
        case PASSED -> "PASS";
        case FAILED -> "FAIL";
        case SKIPPED -> "SKIP";
      };
      out.println(mark + "  " + o.name() + ": " + o.detail());
    }
    long failed = outcomes.stream().filter(CheckOutcome::failed).count();
    long skipped = outcomes.stream().filter(o -> o.status() == CheckOutcome.Status.SKIPPED).count();
    out.println(String.format(Locale.ROOT, "check %s: %d checks, %d failed%s", failed == 0 ? "passed" : "FAILED",
        outcomes.size(), failed, skipped == 0 ? "" : ", " + skipped + " skipped"));
    out.flush();
    if (junit != null) {
      writeJunit(JUnitXml.render("ccsim check: " + result.summary().scenario(), outcomes,
          (System.nanoTime() - start) / 1e9));
    }
    return failed == 0 ? Main.OK : Main.FAILURE;
  }

  private static JsonNode readBaseline(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new BadInputException("--baseline: cannot read " + file + ": " + (e instanceof java.nio.file.NoSuchFileException
          ? "it does not exist" : e.getMessage()) + "; give a summary.json written by ccsim run --out", e);
    }
    JsonNode json;
    try {
      json = SummaryJson.parse(text);
    } catch (UncheckedIOException e) {
      throw new BadInputException("--baseline: " + file + " is not JSON; give a summary.json written by ccsim run --out", e);
    }
    if (json == null || !json.isObject() || !json.path("channels").isObject() || !json.path("replications").isInt()) {
      throw new BadInputException("--baseline: " + file + " is not a ccsim summary.json (it needs \"replications\" and"
          + " \"channels\"); give one written by ccsim run --out");
    }
    return json;
  }
}
