package io.ccsim.cli;

import io.ccsim.fit.CallLog;
import io.ccsim.fit.FitOptions;
import io.ccsim.fit.FitReport;
import io.ccsim.fit.FitResult;
import io.ccsim.fit.HandleTimeFit;
import io.ccsim.fit.Fitter;
import io.ccsim.fit.LogException;
import io.ccsim.fit.LogFormat;
import io.ccsim.fit.ScenarioYaml;
import io.ccsim.fit.Selection;
import io.ccsim.report.OutputDirectory;
import io.ccsim.report.chart.ChartImage;
import io.ccsim.report.chart.QqChart;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ccsim fit}: estimates a runnable scenario and a fit report from a call log. */
@Command(
    name = "fit",
    mixinStandardHelpOptions = true,
    description = {
      "Estimate a scenario from a call-by-call log: arrivals per type and interval",
      "with busyness, handle time, censored patience, after-call time, staffing and",
      "availability.",
      "Writes DIR/scenario.yaml, fit.txt, fit.json and charts/qq-CHANNEL.png, .svg."
    },
    footer = {
      "",
      "Examples:",
      "  ccsim fit scenarios/anonymous-bank/anonymous-bank-1999-01.tsv \\",
      "      --format anonymous-bank --out fitted/",
      "  ccsim run fitted/scenario.yaml --log-format anonymous-bank \\",
      "      --against scenarios/anonymous-bank/anonymous-bank-1999-01.tsv",
      "  ccsim fit day.csv --format arrivals-csv --agents 14 --out fitted/",
      "",
      "Formats and estimators: docs/fit.md. A bad log gets one line with the",
      "file, line and column, and exit code 2."
    })
final class FitCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "LOG", description = "The call log.")
  Path log;

  @Option(names = "--format", required = true, paramLabel = "FORMAT", completionCandidates = Completions.LogFormats.class,
      description = "anonymous-bank, arrivals-csv or generic (docs/fit.md).")
  String format;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Write scenario.yaml, fit.txt, fit.json, charts/.")
  Path out;

  @Option(names = "--days", paramLabel = "DAYS", completionCandidates = Completions.DaySelections.class,
      description = "all, sun-thu or mon-fri (default: sun-thu for anonymous-bank, else all).")
  String days;

  @Option(names = "--hours", paramLabel = "HH:MM-HH:MM",
      description = "Window of arrival times (default: 07:00-24:00 for anonymous-bank, else the log's).")
  String hours;

  @Option(names = "--interval", paramLabel = "D", defaultValue = "30m",
      description = "Fitting and reporting interval (default: ${DEFAULT-VALUE}).")
  String interval;

  @Option(names = "--handle-time", paramLabel = "MODEL", defaultValue = "best",
      description = "best (smaller KS of lognormal and gamma), lognormal, gamma or empirical.")
  String handleTime;

  @Option(names = "--patience", paramLabel = "MODEL", defaultValue = "km",
      description = "km (Kaplan-Meier curve, exponential tail) or exponential (censored MLE) (default: ${DEFAULT-VALUE}).")
  String patience;

  @Option(names = "--wrap-up", paramLabel = "MODEL", defaultValue = "km",
      description = "km (after-call time from the gaps between an agent's calls, Kaplan-Meier, written as wrapUp) "
          + "or none (a share of counted agents only) (default: ${DEFAULT-VALUE}).")
  String wrapUp;

  @Option(names = "--by-date", description = "Replay the log's dates: one day of the run per date, with that "
      + "date's arrivals and staffing (ratesByDay, agentsByDay), instead of the mean day with busyness.")
  boolean byDate;

  @Option(names = "--agents", paramLabel = "N", description = "Agents all day, for a log that names none.")
  String agents;

  @Option(names = "--availability", paramLabel = "SHARE",
      description = "Share of counted agents available, instead of the estimate (0.74 or 74%%).")
  String availability;

  @Option(names = "--priority-classes", negatable = true,
      description = "Give priority customers channels of their own, served first (default: on for "
          + "anonymous-bank, the only format with a priority).")
  Boolean priorityClasses;

  @Option(names = "--handle-time-by-time-of-day", negatable = true, defaultValue = "true",
      fallbackValue = "true", description = "A factor on handle time per interval of the day (default: on).")
  boolean handleTimeByTimeOfDay;

  @Option(names = "--patience-by-time-of-day", negatable = true, defaultValue = "true",
      fallbackValue = "true", description = "A factor on patience per interval of the day (default: on).")
  boolean patienceByTimeOfDay;

  @Option(names = "--vru", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "With VRU times in the log (anonymous-bank): a VRU stage per channel, arrivals at VRU entry "
          + "(default: on).")
  boolean vru;

  @Option(names = "--staffing-step", paramLabel = "D", defaultValue = "5m",
      description = "Step of the written staffing (default: ${DEFAULT-VALUE}).")
  String staffingStep;

  @Option(names = "--threshold", paramLabel = "T", defaultValue = "20s",
      description = "Service-level threshold (default: ${DEFAULT-VALUE}).")
  String threshold;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "The scenario's seed.")
  long seed;

  @Option(names = "--replications", paramLabel = "N", defaultValue = "100",
      description = "The scenario's replications (default: ${DEFAULT-VALUE}).")
  String replications;

  @Mixin DebugOption debugOption;

  @Override
  public Integer call() throws IOException {
    long started = System.nanoTime();
    FitResult fit = fit(log, format, days, hours, interval, handleTime, agents, availability, priorityClasses,
        handleTimeByTimeOfDay, patienceByTimeOfDay, staffingStep, threshold, seed,
        OptionValues.wholeNumber("--replications", replications, 1), patience, vru, wrapUp, byDate);
    String yaml = ScenarioYaml.write(fit);
    io.ccsim.config.ScenarioLoader.load(out.resolve("scenario.yaml").toString(), yaml);
    String text = FitReport.text(fit);
    OutputDirectory directory = new OutputDirectory(out).add("scenario.yaml", yaml).add("fit.txt", text)
        .add("fit.json", FitReport.json(fit));
    for (String channel : fit.channels()) {
      HandleTimeFit h = fit.handleTimes().get(channel);
      ChartImage chart = QqChart.render("qq-" + channel, "Handle time of " + channel + ": Q-Q, percentiles 1-99",
          List.of(new QqChart.Series("lognormal (KS " + String.format(java.util.Locale.ROOT, "%.3f", h.lognormalKs())
              + ")", h.qqLognormal(), h.qqSample()), new QqChart.Series("gamma (KS "
              + String.format(java.util.Locale.ROOT, "%.3f", h.gammaKs()) + ")", h.qqGamma(), h.qqSample())));
      directory.add("charts/" + chart.name() + ".png", chart.png()).add("charts/" + chart.name() + ".svg", chart.svg());
    }
    Path written = directory.write();
    PrintWriter stdout = spec.commandLine().getOut();
    stdout.print(text);
    stdout.printf(java.util.Locale.ROOT, "Read, fitted and written in %.2f s%n", (System.nanoTime() - started) / 1e9);
    stdout.println("Wrote " + written.resolve("scenario.yaml") + ", fit.txt, fit.json and charts/qq-CHANNEL.png, .svg");
    stdout.flush();
    return Main.OK;
  }

  static FitResult fit(Path log, String format, String days, String hours, String interval, String handleTime,
      String agents, String availability, Boolean priorityClasses, boolean handleTimeByTimeOfDay,
      boolean patienceByTimeOfDay, String staffingStep, String threshold, long seed, int replications,
      String patience, boolean vru, String wrapUp, boolean byDate) {
    LogFormat f = format(format);
    boolean bank = f == LogFormat.ANONYMOUS_BANK;
    Set<Integer> weekdays;
    try {
      weekdays = Selection.weekdaysNamed(days != null ? days : bank ? "sun-thu" : "all");
    } catch (IllegalArgumentException e) {
      throw OptionValues.bad("--days", e.getMessage());
    }
    Double[] window = window(hours != null ? hours : bank ? "07:00-24:00" : null);
    FitOptions options;
    try {
      options = new FitOptions(weekdays, OptionValues.duration("--interval", interval, false), window[0],
        window[1], handleTime, agents == null ? null : OptionValues.wholeNumber("--agents", agents, 1),
        availability == null ? null : OptionValues.fraction("--availability", availability, false),
        priorityClasses != null ? priorityClasses : bank, handleTimeByTimeOfDay, patienceByTimeOfDay,
        OptionValues.duration("--staffing-step", staffingStep, false),
        OptionValues.duration("--threshold", threshold, true), seed, replications, patience, vru, wrapUp, byDate);
    } catch (IllegalArgumentException e) {
      throw new BadInputException(e.getMessage(), e);
    }
    CallLog calls = read(f, log);
    try {
      return Fitter.fit(calls, options);
    } catch (IllegalArgumentException e) {
      throw new BadInputException(e.getMessage(), e);
    }
  }

  static LogFormat format(String name) {
    try {
      return LogFormat.named(name);
    } catch (IllegalArgumentException e) {
      throw OptionValues.bad("--format", e.getMessage());
    }
  }

  static CallLog read(LogFormat format, Path log) {
    try {
      return format.read(log);
    } catch (LogException e) {
      throw new BadInputException(e.getMessage(), e);
    }
  }

  private static Double[] window(String text) {
    if (text == null) {
      return new Double[2];
    }
    String[] parts = text.split("-");
    try {
      if (parts.length != 2) {
        throw new IllegalArgumentException();
      }
      double from = io.ccsim.model.TimeOfDay.parseSeconds(parts[0]);
      double to = io.ccsim.model.TimeOfDay.parseSeconds(parts[1]);
      if (!(to > from)) {
        throw new IllegalArgumentException();
      }
      return new Double[] {from, to};
    } catch (IllegalArgumentException e) {
      throw OptionValues.bad("--hours", "'" + text + "' is not a window; allowed: HH:MM-HH:MM such as 07:00-24:00");
    }
  }
}
